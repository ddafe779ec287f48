package io.crossflow.inbox;

import java.time.Instant;
import java.util.UUID;

/**
 * An open task in someone's inbox, as the read model holds it. {@code assignee} is a user id.
 *
 * @param projectKey the project's short code, e.g. {@code P-1024}
 * @param object what the task's process is about; null when its business key names no known object
 */
public record InboxItem(
        String taskId,
        UUID tenantId,
        String title,
        UUID projectId,
        String projectName,
        String processKey,
        String processName,
        Instant due,
        int priority,
        String assignee,
        Instant created,
        String processInstanceId,
        String taskDefinitionKey,
        String businessKey,
        String projectKey,
        ObjectRef object) {

    /**
     * The business object of a task: a work item, a ticket, a supplier order.
     *
     * @param kind {@code WORK_ITEM}, {@code TICKET} or {@code SUPPLIER_ORDER}
     * @param number the ticket's or order's number, null for a work item
     */
    public record ObjectRef(String kind, UUID id, String number, String title) {}
}
