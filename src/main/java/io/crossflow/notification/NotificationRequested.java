package io.crossflow.notification;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Asks the notification module to tell people something. Publish it inside the business
 * transaction: it is written to the outbox in that transaction and delivered only after commit,
 * so a rolled-back action notifies nobody, and a failing channel never rolls the action back.
 *
 * @param userIds individual recipients
 * @param organisationIds every active user of these organisations
 * @param candidateGroups every user acting under these candidate groups ({@code org:<id>},
 *     {@code project:<projectId>:<ROLE>})
 * @param type what happened, e.g. {@code TASK_OFFERED}; selects the message template per language
 * @param params values for the template, e.g. {@code title}
 * @param link where in the web app the recipient looks, e.g. {@code /inbox/<taskId>}; may be null
 * @param dedupeKey one notification per recipient and key, however often the event is delivered
 */
public record NotificationRequested(
        UUID tenantId,
        Set<UUID> userIds,
        Set<UUID> organisationIds,
        Set<String> candidateGroups,
        String type,
        Map<String, String> params,
        String link,
        String dedupeKey) {

    public NotificationRequested {
        userIds = Set.copyOf(userIds);
        organisationIds = Set.copyOf(organisationIds);
        candidateGroups = Set.copyOf(candidateGroups);
        params = Map.copyOf(params);
    }
}
