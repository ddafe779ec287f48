package io.crossflow.project;

import io.crossflow.identity.CurrentUser;
import io.crossflow.shared.ConflictException;
import io.crossflow.shared.ForbiddenException;
import io.crossflow.shared.InvalidInputException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Customers accept (or refuse) delivered milestones of their projects. Only a customer user who
 * sees the milestone decides (everyone else who sees it: 403), and only once the milestone is DONE
 * (409 before). Every decision is kept and audited; the newest one counts. A refusal sends the
 * milestone back to IN_PROGRESS (rework) and tells its owner ({@link MilestoneRefused}); once it is
 * done again the customer decides anew.
 */
@Service
public class MilestoneAcceptances {

    static final int MAX_COMMENT = 2000;

    private final JdbcClient jdbc;
    private final WorkItems workItems;
    private final ApplicationEventPublisher events;

    MilestoneAcceptances(JdbcClient jdbc, WorkItems workItems, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.workItems = workItems;
        this.events = events;
    }

    /** Records the customer's decision; a refusal needs a comment saying why. */
    @Transactional
    public MilestoneAcceptance decide(CurrentUser user, UUID workItemId, Boolean accepted, String comment) {
        WorkItems.Visible visible = workItems.visible(user, workItemId);
        WorkItem item = visible.item();
        if (!visible.standing().customer()) {
            throw new ForbiddenException("Only the project's customer can accept a milestone.");
        }
        if (!item.milestone()) {
            throw new ConflictException("Only milestones are accepted by the customer.");
        }
        if (item.status() != WorkItemStatus.DONE) {
            throw new ConflictException("This milestone is not delivered yet (status " + item.status()
                    + "); it can be accepted once it is done.");
        }
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        if (accepted == null) {
            throw InvalidInputException.field("accepted", "is required: true to accept, false to refuse");
        }
        if (text != null && text.length() > MAX_COMMENT) {
            throw InvalidInputException.field("comment", "must be at most " + MAX_COMMENT + " characters");
        }
        if (!accepted && text == null) {
            throw InvalidInputException.field("comment", "is required when refusing: say what is missing");
        }
        Optional<MilestoneAcceptance> previous = latest(user.tenantId(), workItemId);
        MilestoneAcceptance decision = new MilestoneAcceptance(
                UUID.randomUUID(), workItemId, accepted, text, user.id(), user.displayName(), Instant.now());
        jdbc.sql("""
                        insert into prj_milestone_acceptance (id, tenant_id, project_id, work_item_id, accepted, comment,
                                                              decided_by, decided_by_name, decided_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        decision.id(),
                        user.tenantId(),
                        item.projectId(),
                        workItemId,
                        accepted,
                        text,
                        user.id(),
                        user.displayName(),
                        Timestamp.from(decision.decidedAt()))
                .update();
        events.publishEvent(new WorkItemChanged(
                item.tenantId(),
                item.projectId(),
                workItemId,
                user.id(),
                WorkItemChanged.Action.ACCEPTANCE,
                Map.of(
                        "acceptance",
                        new WorkItemChanged.FieldChange(
                                previous.map(MilestoneAcceptances::label).orElse(null), label(decision))),
                decision.decidedAt()));
        if (!accepted) {
            backToRework(item, user.id(), decision, text);
        }
        return decision;
    }

    private void backToRework(WorkItem item, UUID customerId, MilestoneAcceptance decision, String reason) {
        jdbc.sql("""
                        update prj_work_item set status = 'IN_PROGRESS', actual_end = null,
                               version = version + 1, updated_at = now()
                         where tenant_id = ? and id = ?
                        """).params(item.tenantId(), item.id()).update();
        workItems.publish(
                item,
                workItems.find(item.tenantId(), item.id()).orElseThrow(),
                customerId,
                WorkItemChanged.Action.UPDATED);
        events.publishEvent(new MilestoneRefused(
                item.tenantId(),
                item.projectId(),
                item.id(),
                item.assigneeUserId(),
                item.assigneeOrganisationId(),
                decision.id(),
                reason,
                decision.decidedByName()));
    }

    /** The newest decision on the work item, if any; no access check (callers have checked the item). */
    public Optional<MilestoneAcceptance> latest(UUID tenantId, UUID workItemId) {
        return jdbc.sql("""
                        select id, work_item_id, accepted, comment, decided_by, decided_by_name, decided_at
                          from prj_milestone_acceptance where tenant_id = ? and work_item_id = ?
                         order by decided_at desc, id limit 1
                        """)
                .params(tenantId, workItemId)
                .query((rs, i) -> new MilestoneAcceptance(
                        rs.getObject("id", UUID.class),
                        rs.getObject("work_item_id", UUID.class),
                        rs.getBoolean("accepted"),
                        rs.getString("comment"),
                        rs.getObject("decided_by", UUID.class),
                        rs.getString("decided_by_name"),
                        rs.getTimestamp("decided_at").toInstant()))
                .optional();
    }

    /** The newest decision on each of the work items that has one, in one query; no access check. */
    public Map<UUID, MilestoneAcceptance> latest(UUID tenantId, java.util.Collection<UUID> workItemIds) {
        Map<UUID, MilestoneAcceptance> latest = new java.util.HashMap<>();
        if (workItemIds.isEmpty()) {
            return latest;
        }
        jdbc.sql("""
                        select distinct on (work_item_id)
                               id, work_item_id, accepted, comment, decided_by, decided_by_name, decided_at
                          from prj_milestone_acceptance where tenant_id = :tenant and work_item_id in (:items)
                         order by work_item_id, decided_at desc, id
                        """)
                .param("tenant", tenantId)
                .param("items", workItemIds)
                .query((rs, i) -> new MilestoneAcceptance(
                        rs.getObject("id", UUID.class),
                        rs.getObject("work_item_id", UUID.class),
                        rs.getBoolean("accepted"),
                        rs.getString("comment"),
                        rs.getObject("decided_by", UUID.class),
                        rs.getString("decided_by_name"),
                        rs.getTimestamp("decided_at").toInstant()))
                .list()
                .forEach(d -> latest.put(d.workItemId(), d));
        return latest;
    }

    private static String label(MilestoneAcceptance decision) {
        return decision.accepted() ? "ACCEPTED" : "REFUSED";
    }
}
