-- API tokens for integrations. The secret is shown once at creation and stored only as the
-- hex SHA-256 of the whole token string (docs/identity.md).
create table idn_api_token (
    id            uuid primary key,
    tenant_id     uuid not null references ten_tenant (id),
    user_id       uuid not null references idn_user (id),
    name          text not null,
    token_hash    text not null,
    scopes        text[] not null,
    created_by    uuid not null references idn_user (id),
    created_at    timestamptz not null,
    expires_at    timestamptz not null,
    last_used_at  timestamptz,
    revoked_at    timestamptz,
    check (expires_at > created_at)
);
create unique index idn_api_token_hash on idn_api_token (token_hash);
create index idn_api_token_user on idn_api_token (tenant_id, user_id);
