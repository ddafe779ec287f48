-- Indexing is its own stage after extraction: when the version's text (or, for a failed or skipped
-- extraction, its name) reached the search index. Null: not yet (the indexer picks it up).
alter table doc_version add column indexed_at timestamptz;
update doc_version set indexed_at = extracted_at where extraction_status in ('DONE', 'FAILED', 'SKIPPED');
create index doc_version_unindexed on doc_version (uploaded_at)
    where indexed_at is null and extraction_status in ('DONE', 'FAILED', 'SKIPPED');
