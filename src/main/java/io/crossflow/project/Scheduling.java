package io.crossflow.project;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Forward scheduling over finish-to-start dependencies: a dependant may start only after its
 * predecessor's planned end (a milestone on that day). When a predecessor ends later, each
 * dependant that would now start too early moves later by just enough, keeping its duration, and
 * so on down the chain. Items are never pulled earlier, and items without planned dates stay put.
 */
@Component
class Scheduling {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    Scheduling(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /**
     * Serialises date changes per project: whoever re-plans holds the projects' rows (in id order)
     * first, so two re-plans shifting overlapping items wait for each other instead of deadlocking.
     */
    void lockProjects(Collection<UUID> projectIds) {
        projectIds.stream()
                .distinct()
                .sorted()
                .forEach(id -> jdbc.sql("select id from prj_project where id = ? for update")
                        .param(id)
                        .query(UUID.class)
                        .optional());
    }

    static boolean endMovedLater(WorkItem before, WorkItem after) {
        return after.plannedEnd() != null
                && (before.plannedEnd() == null || after.plannedEnd().isAfter(before.plannedEnd()));
    }

    /**
     * Shifts the dependants of the moved items as far as their dependencies require; every shifted
     * item gets a new version and a {@link WorkItemChanged}. Returns the shifted items as they are now.
     */
    List<WorkItem> shiftDependants(UUID tenantId, Collection<UUID> movedIds, UUID actorId) {
        if (movedIds.isEmpty()) {
            return List.of();
        }
        Map<UUID, WorkItem> items = new HashMap<>();
        jdbc.sql("""
                        select w.* from prj_work_item w
                         where w.tenant_id = :tenant
                           and w.project_id in (select project_id from prj_work_item where id in (:moved))
                        """)
                .param("tenant", tenantId)
                .param("moved", movedIds)
                .query(WorkItems.WORK_ITEM)
                .list()
                .forEach(i -> items.put(i.id(), i));
        if (items.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<UUID>> successors = new HashMap<>();
        jdbc.sql("select predecessor_id, successor_id from prj_dependency where project_id in (:projects)")
                .param(
                        "projects",
                        items.values().stream()
                                .map(WorkItem::projectId)
                                .distinct()
                                .toList())
                .query((rs, i) -> successors
                        .computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                        .add(rs.getObject(2, UUID.class)))
                .list();

        Map<UUID, LocalDate[]> dates = new HashMap<>();
        items.values().forEach(i -> dates.put(i.id(), new LocalDate[] {i.plannedStart(), i.plannedEnd()}));
        Map<UUID, Boolean> shifted = new LinkedHashMap<>();
        Deque<UUID> queue = new ArrayDeque<>(movedIds);
        // the dependency graph is acyclic (Dependencies refuses cycles), and dates only move later: this ends
        while (!queue.isEmpty()) {
            UUID predecessor = queue.poll();
            LocalDate end = dates.getOrDefault(predecessor, new LocalDate[2])[1];
            if (end == null) {
                continue;
            }
            for (UUID successor : successors.getOrDefault(predecessor, List.of())) {
                WorkItem item = items.get(successor);
                LocalDate[] span = dates.get(successor);
                if (item == null || span[0] == null || span[1] == null) {
                    continue;
                }
                LocalDate earliest = item.milestone() ? end : end.plusDays(1);
                if (span[0].isBefore(earliest)) {
                    long days = ChronoUnit.DAYS.between(span[0], earliest);
                    span[0] = span[0].plusDays(days);
                    span[1] = span[1].plusDays(days);
                    shifted.put(successor, true);
                    queue.add(successor);
                }
            }
        }

        List<WorkItem> result = new ArrayList<>();
        for (UUID id : shifted.keySet()) {
            WorkItem before = items.get(id);
            LocalDate[] span = dates.get(id);
            jdbc.sql("""
                            update prj_work_item set planned_start = ?, planned_end = ?, version = version + 1,
                                   updated_at = now()
                             where tenant_id = ? and id = ?
                            """).params(span[0], span[1], tenantId, id).update();
            WorkItem after = jdbc.sql("select * from prj_work_item where id = ?")
                    .param(id)
                    .query(WorkItems.WORK_ITEM)
                    .single();
            events.publishEvent(new WorkItemChanged(
                    tenantId,
                    after.projectId(),
                    id,
                    actorId,
                    WorkItemChanged.Action.UPDATED,
                    WorkItemChanged.diff(before, after),
                    Instant.now()));
            result.add(after);
        }
        return result;
    }
}
