package io.crossflow.inbox;

import com.fasterxml.jackson.databind.JsonNode;
import io.crossflow.workflow.Delivery;
import java.util.Map;
import java.util.UUID;

/**
 * One task as the person working on it sees it: the task, its form-js schema (null when it has no
 * form), the values of the form's fields, what the task is about, and for a review task the
 * delivery it reviews (null otherwise).
 */
public record TaskView(
        InboxItem task, JsonNode form, Map<String, Object> variables, Context context, Delivered delivery) {

    /** The object the task's process is about: its business key and, when it is a work item the caller sees, the item. */
    public record Context(String businessKey, UUID workItemId, String workItemTitle) {}

    /**
     * The delivery a review task reviews ({@link io.crossflow.workflow.Deliveries}) and who made it:
     * the person's display name and its organisation's name (null when no longer known).
     */
    public record Delivered(Delivery delivery, String byName, String organisationName) {}
}
