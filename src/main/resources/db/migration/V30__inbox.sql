-- Inbox read model (docs/inbox.md): one row per open user task, written by io.crossflow.inbox in
-- the engine's own transaction from the engine's task events. Task lists read only these tables.
create table inbox_item (
    task_id              text primary key,
    tenant_id            uuid not null references ten_tenant (id),
    project_id           uuid,
    project_name         text,
    title                text not null,
    process_key          text,
    process_name         text,
    due                  timestamptz,
    priority             int not null default 50,
    assignee             text,
    created              timestamptz not null,
    process_instance_id  text,
    task_definition_key  text,
    business_key         text
);
-- "assigned to me": the second branch of the inbox query
create index inbox_item_assignee on inbox_item (tenant_id, assignee) where assignee is not null;

-- who may act: candidate groups as named (org:<id>, project:<id>:<ROLE>), candidate users as user:<id>
create table inbox_candidate (
    task_id    text not null references inbox_item (task_id) on delete cascade,
    tenant_id  uuid not null,
    candidate  text not null,
    primary key (task_id, candidate)
);
-- drives the inbox query from the caller's few keys to its tasks, as an index-only scan
create index inbox_candidate_key on inbox_candidate (tenant_id, candidate, task_id);
