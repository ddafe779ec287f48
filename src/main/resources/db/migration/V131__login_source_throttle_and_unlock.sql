-- failed sign-ins per client address across usernames (shared by all app nodes), docs/identity.md "Sign-in lock-out"
create table idn_login_source_throttle (
    source        text primary key,
    failures      int not null,
    window_start  timestamptz not null,
    blocked_until timestamptz
);

-- single-use unlock links mailed when a username gets locked; only the SHA-256 of the secret is kept
create table idn_unlock_token (
    token_hash  text primary key,
    user_id     uuid not null references idn_user (id) on delete cascade,
    username    text not null,
    created_at  timestamptz not null,
    expires_at  timestamptz not null,
    used_at     timestamptz
);
create index idn_unlock_token_user on idn_unlock_token (user_id);
