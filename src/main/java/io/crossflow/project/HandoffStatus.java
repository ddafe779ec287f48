package io.crossflow.project;

/** Where a work item stands in its hand-off to a partner organisation (process {@code work-package-handoff}). */
public enum HandoffStatus {
    OFFERED,
    ACCEPTED,
    DECLINED,
    DELIVERED,
    REWORK,
    APPROVED
}
