package io.crossflow.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;

/**
 * The deployed form-js form of a task ({@code camunda:formRef}): its schema as deployed, and the
 * input fields found in it (nested groups included). Only these keys are variables a person may
 * read or write through the task.
 */
public record TaskForm(JsonNode schema, List<FormField> fields) {

    public TaskForm {
        fields = List.copyOf(fields);
    }

    public Optional<FormField> field(String key) {
        return fields.stream().filter(f -> f.key().equals(key)).findFirst();
    }

    /** Reads the input fields of a form-js schema: every component with a {@code key}. */
    public static TaskForm of(JsonNode schema) {
        List<FormField> fields = new java.util.ArrayList<>();
        collect(schema, fields);
        return new TaskForm(schema, fields);
    }

    private static void collect(JsonNode node, List<FormField> fields) {
        for (JsonNode component : node.path("components")) {
            String key = component.path("key").asText("");
            if (!key.isBlank()) {
                fields.add(new FormField(
                        key,
                        component.path("label").asText(key),
                        component.path("validate").path("required").asBoolean(false),
                        component.path("validate").path("maxLength").isInt()
                                ? component.path("validate").path("maxLength").asInt()
                                : null));
            }
            collect(component, fields);
        }
    }
}
