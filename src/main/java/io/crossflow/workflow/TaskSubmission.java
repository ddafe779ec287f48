package io.crossflow.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Map;

/**
 * What a person submitted when completing a task, from the engine's history: the task's form as
 * its deployment held it ({@code form}, null if the task had none or it is gone) and the values
 * its fields were set to by the completion ({@code values}, only the form's own keys).
 *
 * @param name the task's name in the reader's language
 * @param processName the process's name in the reader's language
 * @param completedBy the user id of whoever completed it
 */
public record TaskSubmission(
        String taskId,
        String name,
        String processKey,
        String processName,
        String processInstanceId,
        Instant completedAt,
        String completedBy,
        JsonNode form,
        Map<String, Object> values) {

    public TaskSubmission {
        values = Map.copyOf(values);
    }
}
