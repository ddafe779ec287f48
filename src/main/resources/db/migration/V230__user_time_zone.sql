-- A person's own time zone: how the web app shows its dates and times and what "today" means to
-- it (due today, overdue). Null follows its tenant's zone (ten_tenant.time_zone).
alter table idn_user add column time_zone text;
