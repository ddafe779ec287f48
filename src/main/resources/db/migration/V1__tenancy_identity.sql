-- Tenants, organisations and users. Every domain row carries tenant_id.
create table ten_tenant (
    id          uuid primary key,
    slug        text not null unique,
    name        text not null,
    created_at  timestamptz not null default now()
);

create table idn_organisation (
    id          uuid primary key,
    tenant_id   uuid not null references ten_tenant (id),
    name        text not null,
    kind        text not null check (kind in ('HOST', 'PARTNER', 'CUSTOMER')),
    created_at  timestamptz not null default now(),
    unique (tenant_id, name)
);
create unique index idn_organisation_one_host on idn_organisation (tenant_id) where kind = 'HOST';

create table idn_user (
    id               uuid primary key,
    tenant_id        uuid not null references ten_tenant (id),
    organisation_id  uuid not null references idn_organisation (id),
    username         text not null,
    email            text,
    display_name     text not null,
    password_hash    text,
    language         text not null default 'en' check (language in ('en', 'zh-CN')),
    capabilities     text[] not null default '{}',
    oidc_subject     text,
    service_account  boolean not null default false,
    enabled          boolean not null default true,
    created_at       timestamptz not null default now()
);
-- usernames sign in without naming a tenant, so they are unique across tenants
create unique index idn_user_username on idn_user (lower(username));
create unique index idn_user_email on idn_user (lower(email)) where email is not null;
create unique index idn_user_oidc_subject on idn_user (oidc_subject) where oidc_subject is not null;
create index idn_user_organisation on idn_user (organisation_id);

-- failed sign-ins per username, for throttling (shared by all app nodes)
create table idn_login_throttle (
    username      text primary key,
    failures      int not null,
    window_start  timestamptz not null,
    locked_until  timestamptz
);
