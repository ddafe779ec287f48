package io.crossflow.project;

import io.crossflow.shared.Priority;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A work item of a project's plan. {@code version} guards concurrent edits; {@code order} places it
 * among its siblings (same parent); the baseline is the plan last saved to compare against;
 * {@code flagReason} says why the item is flagged (blocked by something outside the plan), or null.
 */
public record WorkItem(
        UUID id,
        UUID tenantId,
        UUID projectId,
        UUID parentId,
        String title,
        String description,
        UUID assigneeUserId,
        UUID assigneeOrganisationId,
        LocalDate plannedStart,
        LocalDate plannedEnd,
        LocalDate actualStart,
        LocalDate actualEnd,
        WorkItemStatus status,
        int progress,
        boolean milestone,
        HandoffStatus handoffStatus,
        Instant handoffRemindedAt,
        Instant overdueEscalatedAt,
        int version,
        int order,
        LocalDate baselineStart,
        LocalDate baselineEnd,
        String flagReason,
        Priority priority) {

    /** A hand-off is under way: offered, accepted, delivered or in rework. */
    public boolean handoffActive() {
        return handoffStatus != null
                && handoffStatus != HandoffStatus.DECLINED
                && handoffStatus != HandoffStatus.APPROVED;
    }

    /** Planned duration in days, both ends included; null without planned dates. */
    public Long plannedDays() {
        return plannedStart == null || plannedEnd == null
                ? null
                : java.time.temporal.ChronoUnit.DAYS.between(plannedStart, plannedEnd) + 1;
    }
}
