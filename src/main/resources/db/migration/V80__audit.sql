-- Audit trail (docs/audit-and-rules.md): one row per state change, written in the changing
-- transaction. Append-only: the application has no update or delete path, and the triggers below
-- refuse them (and truncate) for everyone, the application's own database user included.
create table aud_event (
    id                      bigint generated always as identity primary key,
    tenant_id               uuid not null,
    project_id              uuid,
    object_type             text not null,
    object_id               text not null,
    action                  text not null,
    actor_id                uuid,
    at                      timestamptz not null default now(),
    changes                 jsonb not null default '{}',
    -- the audience, fixed at write time: partner organisations and users the object was
    -- assigned or routed to, and whether the project's customers may see it
    audience_organisations  uuid[] not null default '{}',
    audience_users          uuid[] not null default '{}',
    customer_visible        boolean not null default false
);
create index aud_event_project on aud_event (project_id, at desc, id desc);
create index aud_event_object on aud_event (object_type, object_id, id desc);

create function aud_event_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'aud_event is append-only: % is not allowed', tg_op;
end
$$;
create trigger aud_event_no_update_or_delete before update or delete on aud_event
    for each row execute function aud_event_refuse_change();
create trigger aud_event_no_truncate before truncate on aud_event
    for each statement execute function aud_event_refuse_change();
