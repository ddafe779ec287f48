-- Tickets (change requests, issues, complaints) raised on a project and run as process instances.

-- the last number handed out per project and type: an upsert on this row numbers tickets without gaps
-- or duplicates, however many are raised at once
create table tkt_counter (
    project_id  uuid not null references prj_project (id),
    type        text not null,
    last_number int not null,
    primary key (project_id, type)
);

create table tkt_ticket (
    id                        uuid primary key,
    tenant_id                 uuid not null references ten_tenant (id),
    project_id                uuid not null references prj_project (id),
    type                      text not null check (type in ('CHANGE_REQUEST', 'ISSUE', 'COMPLAINT')),
    number                    text not null,
    title                     text not null,
    description               text,
    reporter_user_id          uuid not null references idn_user (id),
    reporter_organisation_id  uuid not null references idn_organisation (id),
    routed_organisation_id    uuid references idn_organisation (id),
    customer_visible          boolean not null default false,
    stage                     text not null,
    stage_due_at              timestamptz,
    sla_breached              boolean not null default false,
    process_instance_id       text,
    created_at                timestamptz not null default now(),
    closed_at                 timestamptz,
    unique (tenant_id, number)
);
create index tkt_ticket_project on tkt_ticket (tenant_id, project_id, created_at);
create index tkt_ticket_reporter on tkt_ticket (reporter_user_id);

-- work items a ticket is about; an assessed change request proposes new planned dates for them
create table tkt_affected_item (
    ticket_id          uuid not null references tkt_ticket (id),
    work_item_id       uuid not null references prj_work_item (id),
    new_planned_start  date,
    new_planned_end    date,
    primary key (ticket_id, work_item_id)
);

-- every stage a ticket went through: who moved it there, when
create table tkt_stage_change (
    id              bigserial primary key,
    ticket_id       uuid not null references tkt_ticket (id),
    stage           text not null,
    previous_stage  text,
    actor_id        uuid,
    at              timestamptz not null default now(),
    note            text
);
create index tkt_stage_change_ticket on tkt_stage_change (ticket_id, id);

-- escalation levels a ticket has reached; a level is notified only when its row is first written
create table tkt_escalation (
    ticket_id  uuid not null references tkt_ticket (id),
    level      text not null,
    at         timestamptz not null default now(),
    primary key (ticket_id, level)
);
