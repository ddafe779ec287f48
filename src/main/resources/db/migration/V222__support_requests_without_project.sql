-- Support requests without a project (docs/administration.md, "Service channel"): a partner or customer asks the
-- service desk something no project of theirs is about. Only support requests may lack a project; they are
-- numbered per tenant (SR-7) from their own counter, beside the per-project counters of tkt_counter.
alter table tkt_ticket alter column project_id drop not null;
alter table tkt_ticket add constraint tkt_ticket_project_unless_support
    check (project_id is not null or type = 'SUPPORT_REQUEST');

create table tkt_tenant_counter (
    tenant_id   uuid not null references ten_tenant (id),
    type        text not null,
    last_number int  not null,
    primary key (tenant_id, type)
);

create index tkt_ticket_without_project on tkt_ticket (tenant_id, created_at) where project_id is null;
