-- The service desk per tenant (docs/administration.md, "Service channel"): which internal capability's holders
-- answer the tenant's support requests, its first-response and resolution SLAs, and whether it takes requests.
-- A tenant without a row uses the deployment's default (crossflow.ticket.support-service-desk-capability, 24 h, 120 h).
create table tkt_service_desk (
    tenant_id            uuid        primary key references ten_tenant (id),
    capability           text        not null,
    first_response_hours integer     not null check (first_response_hours between 1 and 720),
    resolution_hours     integer     not null check (resolution_hours between 1 and 2160),
    open                 boolean     not null,
    updated_by           uuid        not null references idn_user (id),
    updated_at           timestamptz not null,
    check (resolution_hours >= first_response_hours)
);

-- A support request's resolution SLA: due when raised plus the desk's resolution hours; breached_at set when the
-- resolution timer fired before the request was closed.
create table tkt_support_resolution (
    ticket_id   uuid        primary key references tkt_ticket (id),
    due_at      timestamptz not null,
    breached_at timestamptz
);
