package io.crossflow.inbox;

import java.time.Instant;
import java.util.UUID;

/** An open task in someone's inbox, as the read model holds it. {@code assignee} is a user id. */
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
        String businessKey) {}
