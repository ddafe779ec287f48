-- Spring Modulith's JDBC event publication registry (docs/adr/0003-durable-event-handover.md):
-- one row per event and @ApplicationModuleListener, written in the publishing transaction and
-- deleted when the listener completed (spring.modulith.events.completion-mode: delete). A row
-- that stays is a hand-over still owed; io.crossflow.system resubmits it on a schedule. The table
-- keeps the library's name and layout (schema-postgresql.sql of spring-modulith-events-jdbc 1.4);
-- Modulith's own schema initialisation is off, Flyway owns it.
create table event_publication (
    id                uuid primary key,
    listener_id       text not null,
    event_type        text not null,
    serialized_event  text not null,
    publication_date  timestamptz not null,
    completion_date   timestamptz
);
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);
