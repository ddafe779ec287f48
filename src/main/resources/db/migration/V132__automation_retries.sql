-- Automation rules run through the event publication registry (V130) and are retried: a failed
-- action is FAILED until it succeeds (DONE) or its attempts reach the cap (GAVE_UP). Failures are
-- kept on the row so the rule's state can be shown (GET /api/projects/{id}/rules).
alter table aut_processed_event drop constraint aut_processed_event_outcome_check;
alter table aut_processed_event add constraint aut_processed_event_outcome_check
    check (outcome in ('DONE', 'FAILED', 'GAVE_UP'));
alter table aut_processed_event add column failures int not null default 0;
alter table aut_processed_event add column failed_at timestamptz;
-- failures recorded before retries existed were never retried: they stay given up
update aut_processed_event set outcome = 'GAVE_UP', failures = 1, failed_at = processed_at where outcome = 'FAILED';
create index aut_processed_event_open on aut_processed_event (rule_id) where outcome <> 'DONE';

-- how deep in a chain of rules an event is: a rule's action that changes a work item records the
-- change's event id here with its depth, so the asynchronous evaluation of that change can cut the chain
create table aut_cascade (
    event_id    text primary key,
    depth       int not null,
    created_at  timestamptz not null default now()
);
