package io.crossflow.project;

import io.crossflow.identity.CurrentUser;
import io.crossflow.shared.ConflictException;
import io.crossflow.shared.ForbiddenException;
import io.crossflow.shared.InvalidInputException;
import io.crossflow.shared.NotFoundException;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Flags on work items: something outside the plan blocks them. A supply disruption flags items
 * (BLOCKED with a reason) and its end (resolved, or the order shipped) clears them; an internal
 * manager of the project sets or clears a flag by hand, with a reason. A supplier order also
 * reports the progress of its milestone here. Each change raises {@link WorkItemChanged} (the
 * audit trail keeps it), with a null actor when a process made it.
 */
@Service
public class WorkItemFlags {

    static final int MAX_REASON = 1000;

    /** Leaving BLOCKED: back to work if work had started, else to do. */
    private static final String UNBLOCKED_STATUS = """
            case when status <> 'BLOCKED' then status
                 when progress > 0 or actual_start is not null then 'IN_PROGRESS'
                 else 'TODO' end
            """;

    private final JdbcClient jdbc;
    private final WorkItems workItems;

    WorkItemFlags(JdbcClient jdbc, WorkItems workItems) {
        this.jdbc = jdbc;
        this.workItems = workItems;
    }

    /**
     * Blocks the work item of the tenant with a reason people can read (e.g. "Material shortage
     * reported by ERP: …"); a later flag replaces the reason. A done item stays done but carries
     * the reason. Returns the flagged item.
     */
    @Transactional
    public WorkItem flag(UUID tenantId, UUID workItemId, String reason) {
        WorkItem before = workItems.find(tenantId, workItemId).orElseThrow(() -> new NotFoundException("Work item"));
        setFlag(before, reason);
        return publish(before, null, WorkItemChanged.Action.FLAG);
    }

    /**
     * Clears the flag of a flagged work item after what blocked it ended (a disruption resolved, an
     * order shipped): a blocked item goes back to work (IN_PROGRESS if it had started, else TODO).
     * An item without a flag is left alone (empty).
     */
    @Transactional
    public Optional<WorkItem> clear(UUID tenantId, UUID workItemId) {
        WorkItem before = workItems.find(tenantId, workItemId).orElseThrow(() -> new NotFoundException("Work item"));
        if (before.flagReason() == null) {
            return Optional.empty();
        }
        clearFlag(before);
        return Optional.of(publish(before, null, WorkItemChanged.Action.FLAG));
    }

    /**
     * An internal manager of the project sets ({@code flagged} true: BLOCKED with the reason) or
     * clears the flag of a work item; the reason is required either way and stays in the audit trail
     * (a clearing's reason as {@code flagCleared}). 404 for an item the caller does not see, 403 for
     * anyone but the project's internal managers, 409 to clear an item without a flag.
     */
    @Transactional
    public WorkItem change(CurrentUser user, UUID workItemId, Boolean flagged, String reason) {
        WorkItems.Visible visible = workItems.visible(user, workItemId);
        if (!visible.standing().internal() || !visible.standing().manager()) {
            throw new ForbiddenException("Only the project's managers can set or clear a work item's flag.");
        }
        if (flagged == null) {
            throw InvalidInputException.field("flagged", "is required: true to flag, false to clear");
        }
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty()) {
            throw InvalidInputException.field("reason", "is required: say why");
        }
        if (text.length() > MAX_REASON) {
            throw InvalidInputException.field("reason", "must be at most " + MAX_REASON + " characters");
        }
        WorkItem before = visible.item();
        if (flagged) {
            setFlag(before, text);
            return publish(before, user.id(), WorkItemChanged.Action.FLAG);
        }
        if (before.flagReason() == null) {
            throw new ConflictException("This work item has no flag to clear.");
        }
        clearFlag(before);
        WorkItem after = workItems.find(before.tenantId(), before.id()).orElseThrow();
        var changes = new java.util.LinkedHashMap<>(WorkItemChanged.diff(before, after));
        changes.put("flagCleared", new WorkItemChanged.FieldChange(null, text));
        workItems.publish(new WorkItemChanged(
                after.tenantId(),
                after.projectId(),
                after.id(),
                user.id(),
                WorkItemChanged.Action.FLAG,
                changes,
                java.time.Instant.now()));
        return after;
    }

    /** Why the work item is flagged, if it is. */
    public Optional<String> reason(UUID tenantId, UUID workItemId) {
        return workItems.find(tenantId, workItemId).map(WorkItem::flagReason);
    }

    /**
     * Reports progress (0–100) of a work item, e.g. a supplier order's milestone as the order moves:
     * above 0 the item is in progress (unless blocked), at 100 it is done.
     */
    @Transactional
    public WorkItem reportProgress(UUID tenantId, UUID workItemId, int progress) {
        if (progress < 0 || progress > 100) {
            throw new IllegalArgumentException("progress must be 0-100, was " + progress);
        }
        WorkItem before = workItems.find(tenantId, workItemId).orElseThrow(() -> new NotFoundException("Work item"));
        WorkItemStatus status = progress == 100
                ? WorkItemStatus.DONE
                : before.status() == WorkItemStatus.BLOCKED
                        ? WorkItemStatus.BLOCKED
                        : progress > 0 ? WorkItemStatus.IN_PROGRESS : before.status();
        jdbc.sql("""
                        update prj_work_item
                           set progress = greatest(progress, ?), status = ?,
                               """ + WorkItems.ACTUAL_DATES + """
                               , version = version + 1, updated_at = now()
                         where tenant_id = ? and id = ?
                        """)
                .params(
                        progress,
                        status.name(),
                        status.name(),
                        workItems.today(tenantId),
                        status.name(),
                        workItems.today(tenantId),
                        tenantId,
                        workItemId)
                .update();
        return publish(before, null, WorkItemChanged.Action.UPDATED);
    }

    private void setFlag(WorkItem item, String reason) {
        jdbc.sql("""
                        update prj_work_item
                           set flag_reason = ?, flagged_at = now(),
                               status = case when status = 'DONE' then status else 'BLOCKED' end,
                               version = version + 1, updated_at = now()
                         where tenant_id = ? and id = ?
                        """).params(reason, item.tenantId(), item.id()).update();
    }

    private void clearFlag(WorkItem item) {
        jdbc.sql("update prj_work_item set flag_reason = null, flagged_at = null, status = " + UNBLOCKED_STATUS
                        + ", version = version + 1, updated_at = now() where tenant_id = ? and id = ?")
                .params(item.tenantId(), item.id())
                .update();
    }

    /** Publishes what changed. */
    private WorkItem publish(WorkItem before, UUID actorId, WorkItemChanged.Action action) {
        WorkItem after = workItems.find(before.tenantId(), before.id()).orElseThrow();
        workItems.publish(before, after, actorId, action);
        return after;
    }
}
