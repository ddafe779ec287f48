-- The character n-grams (V210) move out of srch_entry into a table of their own, keyed by the entry, so the
-- whole-word query reads srch_entry's rows exactly as before V210: short texts kept their n-grams inline and
-- made every row the word query reads wider (docs/benchmarks.md, docs/search.md). Only the part-of-word query
-- reads srch_gram. An entry without CJK text has no row here.
create table srch_gram (
    tenant_id uuid     not null,
    kind      text     not null,
    object_id text     not null,
    grams     tsvector not null,
    primary key (tenant_id, kind, object_id),
    foreign key (tenant_id, kind, object_id) references srch_entry (tenant_id, kind, object_id) on delete cascade
);

create index srch_gram_grams on srch_gram using gin (grams);

-- the entries' n-grams as analysis 2 wrote them: nothing is analysed again at start-up
insert into srch_gram (tenant_id, kind, object_id, grams)
select tenant_id, kind, object_id, grams from srch_entry where grams <> ''::tsvector;

alter table srch_entry drop column grams; -- and its index srch_entry_grams

-- a dropped column's values stay in the stored rows until they are written again: rewrite the table once
-- (CLUSTER, unlike VACUUM FULL, may run in the migration's transaction), so no row carries them any more
cluster srch_entry using srch_entry_pkey;
alter table srch_entry set without cluster;
