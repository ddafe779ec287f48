package io.crossflow.project;

import io.crossflow.identity.CurrentUser;
import io.crossflow.shared.ForbiddenException;
import io.crossflow.shared.Priority;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "My work" (docs/plan.md): an internal user's open work items across every project it sees, those
 * assigned to it and those one of its open tasks is about. Partners and customers have their own
 * views of their work (the portal, the progress view): for them this answers 403.
 */
@Service
public class MyWork {

    private static final Comparator<Item> DUE_FIRST = Comparator.comparing(
                    Item::plannedEnd, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Item::projectName)
            .thenComparing(Item::title);

    private final JdbcClient jdbc;
    private final ProjectAccess access;
    private final ObjectProvider<OpenTaskWorkItems> tasks;

    MyWork(JdbcClient jdbc, ProjectAccess access, ObjectProvider<OpenTaskWorkItems> tasks) {
        this.jdbc = jdbc;
        this.access = access;
        this.tasks = tasks;
    }

    /** The caller's open (not done) work items, soonest planned end first, undated last. */
    @Transactional(readOnly = true)
    public List<Item> of(CurrentUser user) {
        if (!user.internal()) {
            throw new ForbiddenException(
                    "My work lists the work of internal staff: partners find theirs in the portal, customers in the progress view.");
        }
        List<UUID> projects = access.visibleProjectIds(user);
        if (projects.isEmpty()) {
            return List.of();
        }
        OpenTaskWorkItems source = tasks.getIfAvailable();
        Map<UUID, String> viaTasks = source == null ? Map.of() : source.openTaskWorkItems(user);
        return jdbc
                .sql("""
                        select w.*, p.name as project_name, p.key as project_key
                          from prj_work_item w
                          join prj_project p on p.id = w.project_id and p.tenant_id = w.tenant_id
                         where w.tenant_id = :tenant
                           and w.project_id in (:projects)
                           and w.status <> 'DONE'
                           and (w.assignee_user_id = :user or w.id = any(cast(:viaTasks as uuid[])))
                        """)
                .param("tenant", user.tenantId())
                .param("projects", projects)
                .param("user", user.id())
                .param("viaTasks", viaTasks.keySet().toArray(UUID[]::new))
                .query((rs, i) -> {
                    WorkItem w = WorkItems.WORK_ITEM.mapRow(rs, i);
                    return new Item(
                            w.id(),
                            w.projectId(),
                            rs.getString("project_name"),
                            rs.getString("project_key"),
                            w.title(),
                            w.status(),
                            w.priority(),
                            w.plannedStart(),
                            w.plannedEnd(),
                            w.milestone(),
                            w.handoffStatus(),
                            user.id().equals(w.assigneeUserId()),
                            viaTasks.get(w.id()));
                })
                .list()
                .stream()
                .sorted(DUE_FIRST)
                .toList();
    }

    /**
     * One row of "my work": the item, its project, and why it is the caller's: {@code assignedToMe},
     * and/or {@code taskId}, the caller's open task about it (null when there is none).
     */
    public record Item(
            UUID id,
            UUID projectId,
            String projectName,
            String projectKey,
            String title,
            WorkItemStatus status,
            Priority priority,
            LocalDate plannedStart,
            LocalDate plannedEnd,
            boolean milestone,
            HandoffStatus handoffStatus,
            boolean assignedToMe,
            String taskId) {}
}
