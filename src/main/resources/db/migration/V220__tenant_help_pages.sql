-- The tenant's own help pages (docs/administration.md, "Service channel"): a page without a project belongs to
-- the tenant's help centre, written by its help editors (tenant admins and the service desk) with the page
-- module's editor and versions. Project pages marked as help (V172) stay as they are.
alter table page_page alter column project_id drop not null;

-- A tenant help page is a draft until published; marked project pages are published while marked.
-- position: the help editors' order of the help centre, one sequence over both kinds of help page.
alter table page_help add column published boolean not null default true;
alter table page_help add column position integer not null default 0;

update page_help h set position = o.n
  from (select h2.page_id, row_number() over (partition by h2.tenant_id order by p.updated_at desc, p.id) as n
          from page_help h2 join page_page p on p.id = h2.page_id) o
 where o.page_id = h.page_id;

create index page_help_order on page_help (tenant_id, position);
