-- Administration of organisations and users by tenant admins (docs/administration.md).
alter table idn_organisation
    add column short_code     text,
    add column contact_name   text,
    add column contact_email  text,
    add column email_domains  text[] not null default '{}',
    add column active         boolean not null default true,
    add column deactivated_at timestamptz;
create unique index idn_organisation_short_code on idn_organisation (tenant_id, lower(short_code))
    where short_code is not null;

alter table idn_user
    add column mobile          text,
    add column last_sign_in_at timestamptz,
    add column deactivated_at  timestamptz;
create index idn_user_tenant_display_name on idn_user (tenant_id, lower(display_name));
