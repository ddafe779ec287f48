-- Single sign-on per tenant (docs/identity.md, "Single sign-on per tenant"): one OIDC provider per
-- tenant, configured by its tenant admins. The client secret is stored encrypted (AES-GCM, key from
-- crossflow.identity.sso.encryption-key), never in the clear.
create table idn_tenant_sso (
    tenant_id            uuid primary key references ten_tenant (id),
    enabled              boolean not null default false,
    issuer_uri           text not null,
    client_id            text not null,
    client_secret        text not null,
    match_claim          text not null default 'email',
    email_domains        text[] not null default '{}',
    jit_domains          text[] not null default '{}',
    jit_organisation_id  uuid references idn_organisation (id),
    jit_capabilities     text[] not null default '{}',
    -- the issuer's discovery document as read when the settings were saved
    authorization_uri    text not null,
    token_uri            text not null,
    jwk_set_uri          text not null,
    user_info_uri        text,
    client_auth_method   text not null,
    updated_at           timestamptz not null,
    updated_by           uuid references idn_user (id),
    -- the latest test sign-in, for the admin screen
    last_test_at         timestamptz,
    last_test_outcome    text,
    last_test_detail     text
);

-- an e-mail domain leads to one tenant's sign-in at most (the sign-in page's offer)
create table idn_tenant_sso_domain (
    domain     text primary key,
    tenant_id  uuid not null references ten_tenant (id)
);
create index idn_tenant_sso_domain_tenant on idn_tenant_sso_domain (tenant_id);
