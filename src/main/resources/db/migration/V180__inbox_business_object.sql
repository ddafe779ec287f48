-- Every inbox row names what its task is about (docs/inbox.md, "Business object"): resolved from
-- the instance's business key by workflow.BusinessObjects, rewritten when the object is renamed.
alter table inbox_item
    add column project_key   text,
    add column object_kind   text,
    add column object_id     uuid,
    add column object_number text,
    add column object_title  text;

-- a renamed object rewrites the rows of its tasks
create index inbox_item_object on inbox_item (tenant_id, object_id) where object_id is not null;
