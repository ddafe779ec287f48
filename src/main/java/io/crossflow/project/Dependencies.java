package io.crossflow.project;

import io.crossflow.identity.CurrentUser;
import io.crossflow.shared.ForbiddenException;
import io.crossflow.shared.InvalidInputException;
import io.crossflow.shared.NotFoundException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finish-to-start dependencies between work items of one project: the successor starts after the
 * predecessor ends. Cycles and links across projects are refused; adding a link shifts the
 * successor (and its own dependants) later when it would start too early.
 */
@Service
public class Dependencies {

    private final JdbcClient jdbc;
    private final WorkItems workItems;
    private final ProjectAccess access;
    private final Scheduling scheduling;
    private final ApplicationEventPublisher events;

    Dependencies(
            JdbcClient jdbc,
            WorkItems workItems,
            ProjectAccess access,
            Scheduling scheduling,
            ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.workItems = workItems;
        this.access = access;
        this.scheduling = scheduling;
    }

    /** Makes {@code successorId} depend on {@code predecessorId}; returns the items that moved. */
    @Transactional
    public List<WorkItem> add(CurrentUser user, UUID successorId, UUID predecessorId) {
        WorkItems.Visible visible = workItems.visible(user, successorId);
        WorkItem successor = visible.item();
        requirePlanner(visible.standing());
        WorkItem predecessor = workItems
                .find(user.tenantId(), predecessorId)
                .orElseThrow(() -> InvalidInputException.field("predecessorId", "is not a work item of this project"));
        if (!predecessor.projectId().equals(successor.projectId())) {
            boolean named = access.findStanding(user, predecessor.projectId())
                    .filter(s -> s.sees(predecessor))
                    .isPresent();
            throw new InvalidInputException(
                    named
                            ? "“" + successor.title() + "” cannot depend on “" + predecessor.title()
                                    + "”: they belong to different projects."
                            : "“" + successor.title() + "” can only depend on work items of its own project.");
        }
        if (predecessor.id().equals(successor.id())) {
            throw new InvalidInputException("“" + successor.title() + "” cannot depend on itself.");
        }
        // one dependency change per project at a time, so two concurrent links cannot close a cycle
        scheduling.lockProjects(List.of(successor.projectId()));
        if (reaches(successor.id(), predecessor.id())) {
            throw new InvalidInputException("“" + successor.title() + "” cannot depend on “" + predecessor.title()
                    + "”: “" + predecessor.title() + "” already depends on “" + successor.title()
                    + "” (directly or through other items), which would make a cycle.");
        }
        int added = jdbc.sql("""
                        insert into prj_dependency (predecessor_id, successor_id, tenant_id, project_id, created_by)
                        values (?, ?, ?, ?, ?) on conflict do nothing
                        """)
                .params(predecessor.id(), successor.id(), user.tenantId(), successor.projectId(), user.id())
                .update();
        if (added > 0) {
            publish(user, successor, "ADDED", new WorkItemChanged.FieldChange(null, predecessor.id()));
        }
        return scheduling.shiftDependants(user.tenantId(), List.of(predecessor.id()), user.id());
    }

    /** Removes the dependency of {@code successorId} on {@code predecessorId}; 404 when there is none. */
    @Transactional
    public void remove(CurrentUser user, UUID successorId, UUID predecessorId) {
        WorkItems.Visible visible = workItems.visible(user, successorId);
        requirePlanner(visible.standing());
        int removed = jdbc.sql("delete from prj_dependency where successor_id = ? and predecessor_id = ?")
                .params(successorId, predecessorId)
                .update();
        if (removed == 0) {
            throw new NotFoundException("Dependency");
        }
        publish(user, visible.item(), "REMOVED", new WorkItemChanged.FieldChange(predecessorId, null));
    }

    private void publish(CurrentUser user, WorkItem successor, String action, WorkItemChanged.FieldChange predecessor) {
        events.publishEvent(new PlanStructureChanged(
                user.tenantId(),
                successor.projectId(),
                user.id(),
                "DEPENDENCY",
                successor.id(),
                action,
                Map.of("predecessorId", predecessor),
                Instant.now()));
    }

    /** The work items that wait for this one to finish (its direct successors). */
    public List<WorkItem> successorsOf(UUID tenantId, UUID workItemId) {
        return jdbc
                .sql(
                        "select successor_id from prj_dependency where tenant_id = ? and predecessor_id = ? order by created_at")
                .params(tenantId, workItemId)
                .query(UUID.class)
                .list()
                .stream()
                .map(id -> workItems.find(tenantId, id))
                .flatMap(java.util.Optional::stream)
                .toList();
    }

    /** The predecessors of every work item of the project that has any. */
    public Map<UUID, List<UUID>> predecessorsIn(UUID projectId) {
        return jdbc
                .sql("select successor_id, predecessor_id from prj_dependency where project_id = ? order by created_at")
                .param(projectId)
                .query((rs, i) -> Map.entry(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
                .list()
                .stream()
                .collect(Collectors.groupingBy(
                        Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    private static void requirePlanner(Standing standing) {
        if (!standing.plans()) {
            throw new ForbiddenException("Only the project's internal members can change dependencies.");
        }
    }

    /** Whether {@code to} already depends, directly or transitively, on {@code from}. */
    private boolean reaches(UUID from, UUID to) {
        return jdbc.sql("""
                        with recursive after(id) as (
                            select successor_id from prj_dependency where predecessor_id = :from
                            union
                            select d.successor_id from prj_dependency d join after a on d.predecessor_id = a.id
                        )
                        select exists (select 1 from after where id = :to)
                        """)
                .param("from", from)
                .param("to", to)
                .query(Boolean.class)
                .single();
    }
}
