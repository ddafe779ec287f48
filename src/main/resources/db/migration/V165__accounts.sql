-- Accounts (docs/identity.md): sessions end when the password changes, TOTP two-factor sign-in.

-- raised by every password change or reset; a session signed in under an older value has ended
alter table idn_user add column session_epoch integer not null default 0;

-- one authenticator per user; the secret is AES-GCM encrypted (never stored in clear), confirmed_at is
-- null while the enrolment waits for its first code; last_used_step makes every code single-use
create table idn_totp (
    user_id          uuid primary key references idn_user (id),
    secret           text not null,
    created_at       timestamptz not null,
    confirmed_at     timestamptz,
    last_used_step   bigint not null default 0
);

-- ten single-use recovery codes per enrolled user, kept as SHA-256 hashes only
create table idn_totp_recovery_code (
    user_id    uuid not null references idn_user (id),
    code_hash  text not null,
    used_at    timestamptz,
    primary key (user_id, code_hash)
);

-- a tenant admin's sign-in policy: two-factor mandatory for partner and customer users
create table idn_sign_in_policy (
    tenant_id                    uuid primary key references ten_tenant (id),
    totp_required_for_external   boolean not null default false,
    updated_at                   timestamptz not null,
    updated_by                   uuid references idn_user (id)
);
