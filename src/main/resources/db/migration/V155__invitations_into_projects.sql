-- Invitations straight into projects (docs/administration.md): the projects the invitee joins on
-- accepting, and its role there (a project role for the own company's people, the organisation's
-- participant role for a partner or customer). Project ids only: the project module owns projects.
alter table idn_invitation
    add column project_ids  uuid[] not null default '{}',
    add column project_role text;
