package io.crossflow.project;

import io.crossflow.shared.InvalidInputException;
import io.crossflow.shared.NotFoundException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plan changes decided elsewhere, e.g. by an approved change request: new planned dates for some
 * work items, applied in one transaction. The changed items are re-baselined (the approved dates
 * are the new commitment), and their dependants shift later where the new dates require it.
 */
@Service
public class PlanChanges {

    private final JdbcClient jdbc;
    private final WorkItems workItems;
    private final Scheduling scheduling;

    PlanChanges(JdbcClient jdbc, WorkItems workItems, Scheduling scheduling) {
        this.jdbc = jdbc;
        this.workItems = workItems;
        this.scheduling = scheduling;
    }

    /**
     * Applies approved date changes of a tenant's work items, sets their baseline to the new dates,
     * shifts their dependants (transitively, keeping durations; not re-baselined) and returns the
     * changed items followed by the shifted ones, each once, as they are now. Every changed or
     * shifted item gets a new version and a {@link WorkItemChanged}.
     *
     * @param actorId the user who approved the change
     */
    @Transactional
    public List<WorkItem> applyApprovedChange(UUID tenantId, UUID actorId, List<DateChange> changes) {
        scheduling.lockProjects(changes.stream()
                .map(c -> workItems.find(tenantId, c.workItemId()))
                .flatMap(Optional::stream)
                .map(WorkItem::projectId)
                .toList());
        List<WorkItem> result = new ArrayList<>();
        for (DateChange change : changes) {
            WorkItem before =
                    workItems.find(tenantId, change.workItemId()).orElseThrow(() -> new NotFoundException("Work item"));
            LocalDate start = change.plannedStart() != null ? change.plannedStart() : before.plannedStart();
            LocalDate end = change.plannedEnd() != null ? change.plannedEnd() : before.plannedEnd();
            if (start != null && end != null && end.isBefore(start)) {
                throw InvalidInputException.field("plannedEnd", "must not be before the planned start");
            }
            jdbc.sql("""
                            update prj_work_item set planned_start = ?, planned_end = ?, baseline_start = ?, baseline_end = ?,
                                   version = version + 1, updated_at = now()
                             where tenant_id = ? and id = ?
                            """).params(start, end, start, end, tenantId, before.id()).update();
            WorkItem after = workItems.find(tenantId, before.id()).orElseThrow();
            workItems.publish(before, after, actorId, WorkItemChanged.Action.UPDATED);
            result.add(after);
        }
        List<UUID> moved = result.stream().map(WorkItem::id).toList();
        Map<UUID, WorkItem> all = new LinkedHashMap<>();
        result.forEach(i -> all.put(i.id(), i));
        scheduling.shiftDependants(tenantId, moved, actorId).forEach(i -> all.put(i.id(), i));
        return new ArrayList<>(all.values());
    }

    /** New planned dates of one work item; a null date stays as it is. */
    public record DateChange(UUID workItemId, LocalDate plannedStart, LocalDate plannedEnd) {}
}
