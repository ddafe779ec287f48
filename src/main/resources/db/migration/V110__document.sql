-- Documents (io.crossflow.document): a document is attached to a project, work item, task or ticket,
-- has numbered versions (content in the object store, never in the database) and comments.
create table doc_document (
    id                  uuid        primary key,
    tenant_id           uuid        not null,
    project_id          uuid        not null,
    target_type         text        not null check (target_type in ('PROJECT', 'WORK_ITEM', 'TASK', 'TICKET')),
    target_id           text        not null,
    -- for a task target: its process instance, so a later task of the same instance finds it
    process_instance_id text,
    type                text        not null,
    name                text        not null,
    share_customers     boolean     not null default false,
    owner_organisation_id uuid      not null,
    latest_version      int         not null default 0,
    created_by          uuid        not null,
    created_at          timestamptz not null default now(),
    deleted_at          timestamptz,
    deleted_by          uuid
);

create index doc_document_project on doc_document (tenant_id, project_id) where deleted_at is null;
create index doc_document_target on doc_document (tenant_id, target_type, target_id) where deleted_at is null;
create index doc_document_instance on doc_document (tenant_id, process_instance_id) where deleted_at is null;

-- the partner organisations a document is shared with (none: internal only, unless share_customers)
create table doc_share (
    document_id     uuid not null references doc_document (id),
    organisation_id uuid not null,
    primary key (document_id, organisation_id)
);

create table doc_version (
    document_id        uuid        not null references doc_document (id),
    number             int         not null,
    storage_key        text        not null,
    size_bytes         bigint      not null,
    sha256             text        not null,
    content_type       text        not null,
    file_name          text        not null,
    restored_from      int,
    uploaded_by        uuid        not null,
    uploaded_at        timestamptz not null default now(),
    -- text extraction runs after commit: PENDING (queued), RUNNING (claimed), DONE, FAILED, SKIPPED
    extraction_status  text        not null default 'PENDING',
    extraction_error   text,
    extraction_claimed_at timestamptz,
    extracted_at       timestamptz,
    extracted_text     text,
    primary key (document_id, number)
);

create index doc_version_pending on doc_version (uploaded_at) where extraction_status in ('PENDING', 'RUNNING');

create table doc_comment (
    id          uuid        primary key,
    document_id uuid        not null references doc_document (id),
    version     int,
    author_id   uuid        not null,
    body        text        not null,
    created_at  timestamptz not null default now()
);

create index doc_comment_document on doc_comment (document_id, created_at);
