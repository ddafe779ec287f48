package io.crossflow.project;

import io.crossflow.shared.InvalidInputException;
import io.crossflow.shared.NotFoundException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plan changes decided elsewhere, e.g. by an approved change request: new planned dates for some
 * work items, applied in one transaction.
 */
@Service
public class PlanChanges {

    private final JdbcClient jdbc;
    private final WorkItems workItems;
    private final ApplicationEventPublisher events;

    PlanChanges(JdbcClient jdbc, WorkItems workItems, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.workItems = workItems;
        this.events = events;
    }

    /**
     * Applies approved date changes of a tenant's work items and returns the items as they are now.
     *
     * @param actorId the user who approved the change
     */
    @Transactional
    public List<WorkItem> applyApprovedChange(UUID tenantId, UUID actorId, List<DateChange> changes) {
        List<WorkItem> result = new ArrayList<>();
        for (DateChange change : changes) {
            WorkItem before =
                    workItems.find(tenantId, change.workItemId()).orElseThrow(() -> new NotFoundException("Work item"));
            LocalDate start = change.plannedStart() != null ? change.plannedStart() : before.plannedStart();
            LocalDate end = change.plannedEnd() != null ? change.plannedEnd() : before.plannedEnd();
            if (start != null && end != null && end.isBefore(start)) {
                throw InvalidInputException.field("plannedEnd", "must not be before the planned start");
            }
            jdbc.sql(
                            "update prj_work_item set planned_start = ?, planned_end = ?, version = version + 1, updated_at = now() where tenant_id = ? and id = ?")
                    .params(start, end, tenantId, before.id())
                    .update();
            WorkItem after = workItems.find(tenantId, before.id()).orElseThrow();
            var diff = WorkItemChanged.diff(before, after);
            if (!diff.isEmpty()) {
                events.publishEvent(new WorkItemChanged(
                        tenantId,
                        after.projectId(),
                        after.id(),
                        actorId,
                        WorkItemChanged.Action.UPDATED,
                        diff,
                        Instant.now()));
            }
            result.add(after);
        }
        return result;
    }

    /** New planned dates of one work item; a null date stays as it is. */
    public record DateChange(UUID workItemId, LocalDate plannedStart, LocalDate plannedEnd) {}
}
