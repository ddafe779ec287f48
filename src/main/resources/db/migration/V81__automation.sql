-- Automation rules (docs/audit-and-rules.md): rules are data, conditions a list of
-- {field, operator, value}, the action a small typed object; never code or expressions.
create table aut_rule (
    id          uuid primary key,
    tenant_id   uuid not null references ten_tenant (id),
    project_id  uuid not null references prj_project (id),
    name        text not null,
    trigger     text not null check (trigger in ('WORK_ITEM_STATUS_CHANGED', 'WORK_ITEM_OVERDUE', 'TICKET_CREATED', 'TASK_COMPLETED')),
    conditions  jsonb not null default '[]',
    action      jsonb not null,
    enabled     boolean not null default true,
    created_by  uuid not null,
    created_at  timestamptz not null default now()
);
create index aut_rule_project_trigger on aut_rule (project_id, trigger) where enabled;

-- one row per rule and event it acted on: a redelivered event finds its row and does nothing
create table aut_processed_event (
    rule_id       uuid not null references aut_rule (id),
    event_id      text not null,
    outcome       text not null check (outcome in ('DONE', 'FAILED')),
    detail        text,
    processed_at  timestamptz not null default now(),
    primary key (rule_id, event_id)
);

-- project: overdue work items announced, one row per item and day (io.crossflow.project.OverdueWorkItems)
create table prj_work_item_overdue_notice (
    work_item_id  uuid not null references prj_work_item (id),
    day           date not null,
    tenant_id     uuid not null references ten_tenant (id),
    primary key (work_item_id, day)
);
