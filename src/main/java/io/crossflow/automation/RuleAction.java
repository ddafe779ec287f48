package io.crossflow.automation;

import java.util.List;
import java.util.UUID;

/**
 * What a rule does. By {@code type}:
 *
 * <ul>
 *   <li>{@code NOTIFY}: {@code recipients} ({@code MANAGERS}, {@code MEMBERS}, {@code ASSIGNEE},
 *       {@code SUCCESSOR_ASSIGNEES}: the assignees of the work items waiting for this one),
 *       {@code userIds}, {@code organisationIds}: publishes a notification request;
 *   <li>{@code ASSIGN}: {@code assigneeUserId} and/or {@code assigneeOrganisationId} of the work item;
 *   <li>{@code SET_STATUS}: {@code status} of the work item;
 *   <li>{@code START_PROCESS}: {@code processKey}, with the event's object id as business key.
 * </ul>
 */
public record RuleAction(
        String type,
        List<String> recipients,
        List<UUID> userIds,
        List<UUID> organisationIds,
        UUID assigneeUserId,
        UUID assigneeOrganisationId,
        String status,
        String processKey) {

    public enum Type {
        NOTIFY,
        ASSIGN,
        SET_STATUS,
        START_PROCESS
    }

    public enum Recipient {
        MANAGERS,
        MEMBERS,
        ASSIGNEE,
        SUCCESSOR_ASSIGNEES
    }

    public RuleAction {
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
        userIds = userIds == null ? List.of() : List.copyOf(userIds);
        organisationIds = organisationIds == null ? List.of() : List.copyOf(organisationIds);
    }

    public static RuleAction notify(List<String> recipients) {
        return new RuleAction(Type.NOTIFY.name(), recipients, List.of(), List.of(), null, null, null, null);
    }

    public Type kind() {
        return Type.valueOf(type);
    }
}
