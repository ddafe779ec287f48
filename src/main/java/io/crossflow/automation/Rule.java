package io.crossflow.automation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An automation rule of a project: when {@code trigger} [if all {@code conditions}] then {@code action}. */
public record Rule(
        UUID id,
        UUID tenantId,
        UUID projectId,
        String name,
        Trigger trigger,
        List<Condition> conditions,
        RuleAction action,
        boolean enabled,
        UUID createdBy,
        Instant createdAt) {

    public Rule {
        conditions = List.copyOf(conditions);
    }
}
