-- The project plan: order among siblings, the saved baseline, finish-to-start dependencies and budget lines.
alter table prj_work_item
    add column sort_order     int not null default 0,
    add column baseline_start date,
    add column baseline_end   date;
create index prj_work_item_siblings on prj_work_item (project_id, parent_id, sort_order);

-- successor may start only after predecessor has finished; both in the same project
create table prj_dependency (
    predecessor_id  uuid not null references prj_work_item (id),
    successor_id    uuid not null references prj_work_item (id),
    tenant_id       uuid not null references ten_tenant (id),
    project_id      uuid not null references prj_project (id),
    created_by      uuid not null,
    created_at      timestamptz not null default now(),
    primary key (predecessor_id, successor_id),
    check (predecessor_id <> successor_id)
);
create index prj_dependency_successor on prj_dependency (successor_id);
create index prj_dependency_project on prj_dependency (project_id);

-- internal only: never shown to partners or customers
create table prj_budget_line (
    id           uuid primary key,
    tenant_id    uuid not null references ten_tenant (id),
    project_id   uuid not null references prj_project (id),
    category     text not null,
    description  text,
    currency     char(3) not null,
    planned      numeric(19, 2) not null default 0,
    committed    numeric(19, 2) not null default 0,
    actual       numeric(19, 2) not null default 0,
    version      int not null default 0,
    created_by   uuid not null,
    created_at   timestamptz not null default now(),
    updated_at   timestamptz not null default now()
);
create index prj_budget_line_project on prj_budget_line (project_id);
