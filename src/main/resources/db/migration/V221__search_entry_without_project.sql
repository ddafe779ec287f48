-- A help entry of a tenant help page (V220) has no project. Every other kind keeps naming its project
-- (SearchEntry refuses a missing one); /api/search reads only entries of projects the caller sees.
alter table srch_entry alter column project_id drop not null;
