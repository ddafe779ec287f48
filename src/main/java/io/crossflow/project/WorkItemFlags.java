package io.crossflow.project;

import io.crossflow.shared.NotFoundException;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes of work items that processes make on behalf of the outside world, without a signed-in
 * caller: a supply disruption flags items (BLOCKED with a reason), a supplier order reports the
 * progress of its milestone. Each change raises {@link WorkItemChanged} with a null actor.
 */
@Service
public class WorkItemFlags {

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
        jdbc.sql("""
                        update prj_work_item
                           set flag_reason = ?, flagged_at = now(),
                               status = case when status = 'DONE' then status else 'BLOCKED' end,
                               version = version + 1, updated_at = now()
                         where tenant_id = ? and id = ?
                        """).params(reason, tenantId, workItemId).update();
        return publish(before);
    }

    /** Why the work item is flagged, if it is. */
    public java.util.Optional<String> reason(UUID tenantId, UUID workItemId) {
        return jdbc.sql("select flag_reason from prj_work_item where tenant_id = ? and id = ?")
                .params(tenantId, workItemId)
                .query(String.class)
                .optional();
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
                .params(progress, status.name(), status.name(), status.name(), tenantId, workItemId)
                .update();
        return publish(before);
    }

    /** Publishes what changed; a process made the change, so there is no actor. */
    private WorkItem publish(WorkItem before) {
        WorkItem after = workItems.find(before.tenantId(), before.id()).orElseThrow();
        workItems.publish(before, after, null, WorkItemChanged.Action.UPDATED);
        return after;
    }
}
