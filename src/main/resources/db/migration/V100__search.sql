-- The search index: one row per searchable object of any module (io.crossflow.search).
create table srch_entry (
    tenant_id     uuid        not null,
    kind          text        not null,
    object_id     text        not null,
    project_id    uuid        not null,
    title         text        not null,
    body          text        not null,
    audience_orgs uuid[]      not null default '{}',
    audience_customers boolean not null default false,
    updated_at    timestamptz not null,
    document      tsvector    not null,
    primary key (tenant_id, kind, object_id)
);

create index srch_entry_document on srch_entry using gin (document);
create index srch_entry_project on srch_entry (tenant_id, project_id);
