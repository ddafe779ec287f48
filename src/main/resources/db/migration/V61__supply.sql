-- Supplier orders: a partner organisation confirms, reports QC and ships; run by process supplier-order.
create sequence sup_order_number_seq;

create table sup_order (
    id                        uuid primary key,
    tenant_id                 uuid not null references ten_tenant (id),
    project_id                uuid not null references prj_project (id),
    number                    text not null,
    title                     text not null,
    supplier_organisation_id  uuid not null references idn_organisation (id),
    milestone_work_item_id    uuid references prj_work_item (id),
    status                    text not null default 'PLACED'
                              check (status in ('PLACED', 'CONFIRMED', 'QC_SUBMITTED', 'QC_REJECTED', 'QC_APPROVED', 'SHIPPED')),
    qc_report_reference       text,
    shipment_reference        text,
    process_instance_id       text,
    created_by                uuid not null,
    created_at                timestamptz not null default now(),
    updated_at                timestamptz not null default now(),
    unique (tenant_id, number)
);
create index sup_order_project on sup_order (project_id);

-- the work items the order delivers for: flagged when ERP/MES report a disruption
create table sup_order_work_item (
    order_id      uuid not null references sup_order (id),
    work_item_id  uuid not null references prj_work_item (id),
    primary key (order_id, work_item_id)
);

-- disruptions reported by ERP/MES through /api/integrations/events
create table sup_order_disruption (
    id           uuid primary key,
    tenant_id    uuid not null references ten_tenant (id),
    order_id     uuid not null references sup_order (id),
    type         text not null check (type in ('MATERIAL_SHORTAGE', 'EQUIPMENT_FAILURE')),
    detail       text,
    reported_by  uuid not null,
    reported_at  timestamptz not null default now()
);
create index sup_order_disruption_order on sup_order_disruption (order_id);
