-- Priority of work items and tickets (docs/inbox.md, "Priority"): carried into the engine task
-- priority of the processes run for them. A complaint's priority follows its severity.
alter table prj_work_item
    add column priority text not null default 'NORMAL'
        check (priority in ('URGENT', 'HIGH', 'NORMAL', 'LOW'));

alter table tkt_ticket
    add column priority text not null default 'NORMAL'
        check (priority in ('URGENT', 'HIGH', 'NORMAL', 'LOW')),
    add column severity text
        check (severity in ('CRITICAL', 'MAJOR', 'MINOR'));
