-- Password reset links (docs/identity.md): single-use, 30 minutes, only the secret's SHA-256 is kept.
create table idn_password_reset (
    token_hash  text primary key,
    user_id     uuid not null references idn_user (id),
    created_at  timestamptz not null,
    expires_at  timestamptz not null,
    used_at     timestamptz
);
create index idn_password_reset_user on idn_password_reset (user_id);
