-- A tenant's settings and its lifecycle: suspended tenants keep every row; suspended_at is the switch.
alter table ten_tenant
    add column default_language text not null default 'en' check (default_language in ('en', 'zh-CN')),
    add column time_zone        text not null default 'UTC',
    add column suspended_at     timestamptz;

-- What the workflow module suspended when a tenant was suspended, so resuming activates exactly
-- those and leaves alone what an operator had suspended before (docs/administration.md).
create table wfl_tenant_suspension (
    tenant_id  uuid not null references ten_tenant (id),
    kind       text not null check (kind in ('DEFINITION', 'INSTANCE')),
    engine_id  text not null,
    primary key (tenant_id, kind, engine_id)
);

-- One-time bootstrap tokens for a database without a platform operator; only the SHA-256 is kept.
create table plt_bootstrap_token (
    id          uuid primary key,
    token_hash  text not null unique,
    created_at  timestamptz not null,
    expires_at  timestamptz not null,
    used_at     timestamptz
);
