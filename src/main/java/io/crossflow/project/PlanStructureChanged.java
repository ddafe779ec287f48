package io.crossflow.project;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A change to the plan's structure beside the work items themselves: a dependency added or
 * removed, a budget line created or edited. Published inside the changing transaction. Budgets are
 * internal, so consumers must not show budget entries to partners or customers.
 *
 * @param objectType {@code DEPENDENCY} (object id: the successor) or {@code BUDGET_LINE}
 * @param action {@code ADDED}, {@code REMOVED}, {@code CREATED} or {@code UPDATED}
 * @param changes field name → old and new value, only what changed
 */
public record PlanStructureChanged(
        UUID tenantId,
        UUID projectId,
        UUID actorId,
        String objectType,
        UUID objectId,
        String action,
        Map<String, WorkItemChanged.FieldChange> changes,
        Instant at) {

    public PlanStructureChanged {
        changes = Map.copyOf(changes);
    }
}
