-- Support requests (docs/administration.md, "Service channel"): a fourth ticket type, raised by partners and
-- customers for the tenant's service desk.
alter table tkt_ticket drop constraint tkt_ticket_type_check;
alter table tkt_ticket add constraint tkt_ticket_type_check
    check (type in ('CHANGE_REQUEST', 'ISSUE', 'COMPLAINT', 'SUPPORT_REQUEST'));
