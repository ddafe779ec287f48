package io.crossflow.project;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

/**
 * A work item was created or changed. Published inside the changing transaction: listeners that
 * act after commit (rules) use {@code @ApplicationModuleListener} (docs/adr/0003), never
 * {@code @TransactionalEventListener}. The event is stored as JSON for them: a redelivered one
 * carries the changes' values as JSON gives them back (strings for enums and dates).
 *
 * @param actorId the user who made the change; null when a process made it
 * @param action what happened
 * @param changes field name → old and new value, only the fields that changed (all set fields on creation)
 */
public record WorkItemChanged(
        UUID tenantId,
        UUID projectId,
        UUID workItemId,
        UUID actorId,
        Action action,
        Map<String, FieldChange> changes,
        Instant at) {

    public enum Action {
        CREATED,
        UPDATED,
        HANDOFF,
        /** A customer accepted or refused a delivered milestone ({@link MilestoneAcceptances}). */
        ACCEPTANCE,
        /** A flag was set or cleared, by a manager or by a supply disruption and its end ({@link WorkItemFlags}). */
        FLAG
    }

    /** One field's old and new value (null for none). */
    public record FieldChange(Object from, Object to) {}

    public WorkItemChanged {
        changes = Map.copyOf(changes);
    }

    public boolean changed(String field) {
        return changes.containsKey(field);
    }

    private static final Map<String, Function<WorkItem, Object>> FIELDS = fields();

    /** The fields that differ between two states of a work item; {@code before} null for a new one. */
    static Map<String, FieldChange> diff(WorkItem before, WorkItem after) {
        Map<String, FieldChange> changes = new LinkedHashMap<>();
        FIELDS.forEach((name, getter) -> {
            Object from = before == null ? null : getter.apply(before);
            Object to = getter.apply(after);
            if (!Objects.equals(from, to)) {
                changes.put(name, new FieldChange(from, to));
            }
        });
        return changes;
    }

    private static Map<String, Function<WorkItem, Object>> fields() {
        Map<String, Function<WorkItem, Object>> fields = new LinkedHashMap<>();
        fields.put("title", WorkItem::title);
        fields.put("description", WorkItem::description);
        fields.put("assigneeUserId", WorkItem::assigneeUserId);
        fields.put("assigneeOrganisationId", WorkItem::assigneeOrganisationId);
        fields.put("plannedStart", WorkItem::plannedStart);
        fields.put("plannedEnd", WorkItem::plannedEnd);
        fields.put("actualStart", WorkItem::actualStart);
        fields.put("actualEnd", WorkItem::actualEnd);
        fields.put("status", WorkItem::status);
        fields.put("progress", WorkItem::progress);
        fields.put("milestone", WorkItem::milestone);
        fields.put("handoffStatus", WorkItem::handoffStatus);
        fields.put("order", WorkItem::order);
        fields.put("baselineStart", WorkItem::baselineStart);
        fields.put("baselineEnd", WorkItem::baselineEnd);
        fields.put("flagReason", WorkItem::flagReason);
        fields.put("priority", WorkItem::priority);
        return Map.copyOf(fields);
    }
}
