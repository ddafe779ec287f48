package io.crossflow.inbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.UUID;

/**
 * One task as the person working on it sees it: the task, its form-js schema (null when it has no
 * form), the values of the form's fields, and what the task is about.
 */
public record TaskView(InboxItem task, JsonNode form, Map<String, Object> variables, Context context) {

    /** The object the task's process is about: its business key and, when it is a work item the caller sees, the item. */
    public record Context(String businessKey, UUID workItemId, String workItemTitle) {}
}
