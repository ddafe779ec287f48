-- Collaborative pages (io.crossflow.page): rich-text project pages edited by the team and the customers or
-- partners they are shared with. page_page is each page as it is now; page_version every saved version.
create table page_page (
    id                  uuid        primary key,
    tenant_id           uuid        not null references ten_tenant (id),
    project_id          uuid        not null references prj_project (id),
    title               text        not null,
    -- sanitised HTML (allow-list), as the rich-text editor sends it
    content             text        not null,
    -- the latest version's number; a save names the version it started from and wins only if it is still this
    version             int         not null,
    share_customers     boolean     not null default false,
    share_organisations uuid[]      not null default '{}',
    created_by          uuid        not null references idn_user (id),
    created_at          timestamptz not null,
    updated_by          uuid        not null references idn_user (id),
    updated_at          timestamptz not null
);
create index page_page_project on page_page (tenant_id, project_id, updated_at);

create table page_version (
    page_id   uuid        not null references page_page (id),
    version   int         not null,
    title     text        not null,
    content   text        not null,
    saved_by  uuid        not null references idn_user (id),
    saved_at  timestamptz not null,
    primary key (page_id, version)
);
