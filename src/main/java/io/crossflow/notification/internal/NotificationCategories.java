package io.crossflow.notification.internal;

import io.crossflow.notification.NotificationTypes;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The groups of notification types a person chooses channels for (profile, "Notifications"),
 * named as people think of them rather than per type. Every type that has templates belongs to
 * exactly one category, except the {@link NotificationTypes#SECRET_LINKS security mails}, which
 * always go out; {@code NotificationCategoriesTest} fails on a type in none. A module that adds a
 * type adds it here.
 */
final class NotificationCategories {

    /** New tasks for the reader, assignments, reminders of waiting tasks. */
    static final String TASKS = "TASKS";

    /** Hand-offs and supplier orders: due soon, confirmations, refused milestones. */
    static final String HANDOFFS = "HANDOFFS";

    /** Tickets moving stage. */
    static final String TICKETS = "TICKETS";

    /** Decisions on the reader's requests. */
    static final String APPROVALS = "APPROVALS";

    /** Something overdue, breached or escalated; supply disruptions. */
    static final String ESCALATIONS = "ESCALATIONS";

    /** The reader was mentioned. */
    static final String MENTIONS = "MENTIONS";

    /** Automation rules and messages without a type of their own. */
    static final String OTHER = "OTHER";

    private static final Map<String, List<String>> TYPES = types();

    private NotificationCategories() {}

    private static Map<String, List<String>> types() {
        Map<String, List<String>> types = new LinkedHashMap<>();
        types.put(
                TASKS,
                List.of(
                        NotificationTypes.TASK_OFFERED,
                        NotificationTypes.TASK_ASSIGNED,
                        NotificationTypes.TASK_REMINDER));
        types.put(
                HANDOFFS,
                List.of(
                        NotificationTypes.HANDOFF_REMINDER,
                        "SUPPLIER_ORDER_CONFIRMATION_DUE",
                        NotificationTypes.MILESTONE_REFUSED));
        types.put(TICKETS, List.of("TICKET_STAGE_CHANGED"));
        types.put(APPROVALS, List.of("APPROVAL_GRANTED", "APPROVAL_REJECTED"));
        types.put(
                ESCALATIONS,
                List.of(
                        NotificationTypes.TASK_ESCALATED,
                        NotificationTypes.HANDOFF_OVERDUE,
                        "TICKET_SLA_BREACHED",
                        "TICKET_RESOLUTION_BREACHED",
                        "TICKET_ESCALATED",
                        "SUPPLY_DISRUPTION"));
        types.put(MENTIONS, List.of("DOCUMENT_MENTION"));
        types.put(OTHER, List.of(NotificationTypes.GENERIC, "AUTOMATION_RULE"));
        return Collections.unmodifiableMap(types);
    }

    /** The categories in the order the profile lists them. */
    static List<String> all() {
        return List.copyOf(TYPES.keySet());
    }

    /** The types of a category. */
    static List<String> typesOf(String category) {
        return TYPES.getOrDefault(category, List.of());
    }

    /**
     * The category of a type; a type of none (a new one not yet added here) counts as {@link #OTHER},
     * so a person's "other" choice still applies to it. Empty for the security mails, which no
     * preference holds back.
     */
    static Optional<String> of(String type) {
        if (NotificationTypes.SECRET_LINKS.contains(type)) {
            return Optional.empty();
        }
        return Optional.of(TYPES.entrySet().stream()
                .filter(e -> e.getValue().contains(type))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(OTHER));
    }
}
