-- Notifications (docs/notifications.md). ntf_outbox is written in the business transaction, one
-- row per recipient and channel; the dispatcher delivers after commit. ntf_notification holds what
-- the in-app channel delivered: the recipients' notification lists.
create table ntf_outbox (
    id               uuid primary key,
    tenant_id        uuid not null references ten_tenant (id),
    recipient_id     uuid not null references idn_user (id),
    channel          text not null check (channel in ('IN_APP', 'EMAIL')),
    dedupe_key       text not null,
    type             text not null,
    params           jsonb not null default '{}',
    link             text,
    status           text not null default 'PENDING' check (status in ('PENDING', 'SENT', 'GAVE_UP')),
    attempts         int not null default 0,
    next_attempt_at  timestamptz not null default now(),
    last_error       text,
    created_at       timestamptz not null default now(),
    sent_at          timestamptz,
    -- a retried or re-delivered event never notifies anyone twice
    unique (recipient_id, channel, dedupe_key)
);
-- the dispatcher's "next due" query (FOR UPDATE SKIP LOCKED)
create index ntf_outbox_due on ntf_outbox (next_attempt_at) where status = 'PENDING';

create table ntf_notification (
    id            uuid primary key,
    tenant_id     uuid not null references ten_tenant (id),
    recipient_id  uuid not null references idn_user (id),
    dedupe_key    text not null,
    type          text not null,
    params        jsonb not null default '{}',
    link          text,
    created_at    timestamptz not null default now(),
    read_at       timestamptz,
    unique (recipient_id, dedupe_key)
);
create index ntf_notification_recipient on ntf_notification (recipient_id, created_at desc);
create index ntf_notification_unread on ntf_notification (recipient_id) where read_at is null;
