-- The help centre (docs/administration.md, "Service channel"): pages the project's internal members mark as
-- help, which every user of the tenant (partners and customers included) reads. One row per help page.
create table page_help (
    page_id    uuid        primary key references page_page (id),
    tenant_id  uuid        not null references ten_tenant (id),
    marked_by  uuid        not null references idn_user (id),
    marked_at  timestamptz not null
);
create index page_help_tenant on page_help (tenant_id, marked_at desc);
