-- A ticket's page writes into the thread of its process instance (docs/inbox.md, "Comments"): such
-- a comment belongs to no task, and names the ticket instead of a step.
alter table inbox_task_comment alter column task_id drop not null;
