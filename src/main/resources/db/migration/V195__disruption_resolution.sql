-- A supply disruption ends (docs/processes.md, supplier-order): ERP/MES report it resolved, or the
-- order ships. Its work items are unblocked then; the row keeps when and how it ended.
alter table sup_order_disruption
    add column resolved_at  timestamptz,
    add column resolved_by  uuid,
    add column resolution   text;
