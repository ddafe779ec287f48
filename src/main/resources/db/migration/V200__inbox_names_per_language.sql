-- The task's and its process's names per language tag ({"zh-CN": "...", "en": "..."}), from the
-- model's i18n.name.* properties (workflow.LocalizedNames), written with the row so a page of the
-- inbox reads the reader's name without touching the engine. title and process_name stay the
-- model's default names, the fallback for a language the model does not name.
alter table inbox_item add column title_names jsonb;
alter table inbox_item add column process_names jsonb;
