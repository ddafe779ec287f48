-- Who deployed what (docs/modeler.md): one row per deployment made through the process-model API,
-- keyed by Camunda's deployment id and written in the deploying transaction. Deployments without a
-- row (the models of processes/ deployed at start) were made by the system.
create table wfl_deployment (
    deployment_id     text primary key,
    tenant_id         uuid not null references ten_tenant (id),
    process_key       text not null,
    deployed_by       uuid not null,
    deployed_by_name  text not null,
    deployed_at       timestamptz not null default now(),
    redeployed_from   int
);
create index wfl_deployment_key on wfl_deployment (tenant_id, process_key);

-- Comments on tasks (docs/inbox.md): kept per process instance, so the comments of a task's earlier
-- steps stay readable from the later ones.
create table inbox_task_comment (
    id                   uuid primary key,
    tenant_id            uuid not null references ten_tenant (id),
    process_instance_id  text not null,
    task_id              text not null,
    task_title           text not null,
    author_id            uuid not null,
    author_name          text not null,
    text                 text not null,
    created_at           timestamptz not null default now()
);
create index inbox_task_comment_instance on inbox_task_comment (tenant_id, process_instance_id, created_at);

-- A customer's acceptance (or refusal) of a delivered milestone (docs/plan.md); every decision is
-- kept, the newest one counts.
create table prj_milestone_acceptance (
    id            uuid primary key,
    tenant_id     uuid not null references ten_tenant (id),
    project_id    uuid not null references prj_project (id),
    work_item_id  uuid not null references prj_work_item (id) on delete cascade,
    accepted      boolean not null,
    comment       text,
    decided_by    uuid not null,
    decided_by_name text not null,
    decided_at    timestamptz not null default now()
);
create index prj_milestone_acceptance_item on prj_milestone_acceptance (work_item_id, decided_at desc);
