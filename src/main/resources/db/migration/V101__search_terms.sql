-- Analysed terms beside the original text (io.crossflow.search.internal.TextAnalyzer): Chinese segmented
-- into words, Latin words stemmed. The original title and body stay as they were, for display and snippets.
alter table srch_entry
    add column title_terms      text    not null default '',
    add column body_terms       text    not null default '',
    -- individual users who may find the entry besides audience_orgs (e.g. a work item's partner assignee)
    add column audience_users   uuid[]  not null default '{}',
    -- entries written before the analysis existed (0) or by an older one are analysed again at start-up
    add column analyzer_version int     not null default 0;

create index srch_entry_stale on srch_entry (analyzer_version);

-- which sources (work items, tickets) were indexed in full, and by which analysis: the start-up back-fill
-- runs once per source and analysis, not at every start
create table srch_backfill (
    source           text        primary key,
    analyzer_version int         not null,
    done_at          timestamptz not null default now()
);
