-- Projects, their participating organisations and internal members, and the plan's work items.
create table prj_project (
    id             uuid primary key,
    tenant_id      uuid not null references ten_tenant (id),
    key            text not null,
    name           text not null,
    description    text,
    status         text not null default 'ACTIVE' check (status in ('ACTIVE', 'ON_HOLD', 'CLOSED')),
    planned_start  date,
    planned_end    date,
    created_by     uuid not null,
    created_at     timestamptz not null default now(),
    unique (tenant_id, key)
);

-- organisations taking part, with their role in the project
create table prj_participant (
    project_id       uuid not null references prj_project (id),
    tenant_id        uuid not null references ten_tenant (id),
    organisation_id  uuid not null references idn_organisation (id),
    role             text not null check (role in ('OWNER', 'SUPPLIER', 'OUTSOURCER', 'AGENCY', 'CUSTOMER')),
    primary key (project_id, organisation_id)
);
create index prj_participant_organisation on prj_participant (organisation_id, project_id);

-- internal users with a project role (partners and customers take part through their organisation)
create table prj_member (
    project_id  uuid not null references prj_project (id),
    tenant_id   uuid not null references ten_tenant (id),
    user_id     uuid not null references idn_user (id),
    role        text not null check (role in ('MANAGER', 'MEMBER')),
    primary key (project_id, user_id)
);
create index prj_member_user on prj_member (user_id, project_id);

create table prj_work_item (
    id                        uuid primary key,
    tenant_id                 uuid not null references ten_tenant (id),
    project_id                uuid not null references prj_project (id),
    parent_id                 uuid references prj_work_item (id),
    title                     text not null,
    description               text,
    assignee_user_id          uuid references idn_user (id),
    assignee_organisation_id  uuid references idn_organisation (id),
    planned_start             date,
    planned_end               date,
    actual_start              date,
    actual_end                date,
    status                    text not null default 'TODO' check (status in ('TODO', 'IN_PROGRESS', 'BLOCKED', 'DONE')),
    progress                  int not null default 0 check (progress between 0 and 100),
    milestone                 boolean not null default false,
    handoff_status            text check (handoff_status in ('OFFERED', 'ACCEPTED', 'DECLINED', 'DELIVERED', 'REWORK', 'APPROVED')),
    handoff_process_id        text,
    handoff_reminded_at       timestamptz,
    overdue_escalated_at      timestamptz,
    version                   int not null default 0,
    created_by                uuid not null,
    created_at                timestamptz not null default now(),
    updated_at                timestamptz not null default now(),
    check (planned_end is null or planned_start is null or planned_end >= planned_start)
);
create index prj_work_item_project on prj_work_item (project_id);
create index prj_work_item_assignee_org on prj_work_item (assignee_organisation_id) where assignee_organisation_id is not null;
create index prj_work_item_parent on prj_work_item (parent_id) where parent_id is not null;
