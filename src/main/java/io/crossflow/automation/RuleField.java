package io.crossflow.automation;

import java.util.List;
import java.util.Set;

/**
 * A field a condition may test: its name, kind and, for enumerations, the values it can take.
 * Conditions compare values; they never evaluate expressions.
 */
public record RuleField(String name, Kind kind, Set<String> values) {

    public enum Kind {
        TEXT,
        NUMBER,
        BOOLEAN,
        ENUM
    }

    static final Set<String> STATUSES = Set.of("TODO", "IN_PROGRESS", "BLOCKED", "DONE");

    static final List<RuleField> WORK_ITEM = List.of(
            new RuleField("status", Kind.ENUM, STATUSES),
            new RuleField("previousStatus", Kind.ENUM, STATUSES),
            new RuleField("milestone", Kind.BOOLEAN, Set.of()),
            new RuleField("progress", Kind.NUMBER, Set.of()),
            new RuleField("title", Kind.TEXT, Set.of()),
            new RuleField("assigneeOrganisationId", Kind.TEXT, Set.of()),
            new RuleField("assigneeUserId", Kind.TEXT, Set.of()));

    static final List<RuleField> TICKET = List.of(
            new RuleField("ticket.type", Kind.ENUM, Set.of("CHANGE_REQUEST", "ISSUE", "COMPLAINT", "SUPPORT_REQUEST")),
            new RuleField("ticket.stage", Kind.TEXT, Set.of()),
            new RuleField("ticket.customerVisible", Kind.BOOLEAN, Set.of()));

    static final List<RuleField> TASK = List.of(
            new RuleField("task.processKey", Kind.TEXT, Set.of()),
            new RuleField("task.definitionKey", Kind.TEXT, Set.of()),
            new RuleField("task.name", Kind.TEXT, Set.of()));
}
