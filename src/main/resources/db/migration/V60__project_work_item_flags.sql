-- Why a work item is blocked by something outside the plan (an ERP/MES supply disruption), and since when.
alter table prj_work_item
    add column flag_reason text,
    add column flagged_at  timestamptz;
