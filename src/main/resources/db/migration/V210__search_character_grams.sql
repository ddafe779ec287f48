-- Character n-grams beside the segmented words (io.crossflow.search.internal.TextAnalyzer#grams): every CJK
-- character and every pair of neighbouring ones, without positions, so that a single character or a part of
-- a word (焊 in 焊接, 轮箱 in 齿轮箱) finds the texts containing it. Existing entries are filled at start-up:
-- the analysis version went to 2, so IndexMaintenance analyses every older entry again.
alter table srch_entry
    add column grams tsvector not null default ''::tsvector;

create index srch_entry_grams on srch_entry using gin (grams);
