-- The tenant admin's audit screen (docs/administration.md, "Audit") reads a tenant's entries newest first.
create index aud_event_tenant on aud_event (tenant_id, at desc, id desc);
