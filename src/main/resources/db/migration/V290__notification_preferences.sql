-- What each person chose to receive outside the app, per category of notification and channel.
-- No row means the channel's default (on); the in-app list always receives everything.
create table ntf_preference (
    user_id     uuid        not null references idn_user (id),
    tenant_id   uuid        not null references ten_tenant (id),
    category    text        not null,
    channel     text        not null,
    enabled     boolean     not null,
    updated_at  timestamptz not null default now(),
    primary key (user_id, category, channel)
);
