-- Invitations into an organisation (docs/administration.md). The invitee's account exists from the
-- invitation on, disabled and without a password, so the invitation e-mail goes through the
-- notification outbox like any other and two acceptances of one invitation can only make one account.
create table idn_invitation (
    id            uuid primary key,
    tenant_id     uuid not null references ten_tenant (id),
    organisation_id uuid not null references idn_organisation (id),
    user_id       uuid not null references idn_user (id),
    email         text not null,
    capabilities  text[] not null,
    token_hash    text not null unique,
    invited_by    uuid not null references idn_user (id),
    created_at    timestamptz not null,
    expires_at    timestamptz not null,
    sent_count    int not null default 1,
    accepted_at   timestamptz,
    revoked_at    timestamptz
);
create index idn_invitation_tenant on idn_invitation (tenant_id, created_at desc);
create index idn_invitation_user on idn_invitation (user_id);
