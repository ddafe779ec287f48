package io.crossflow.workflow;

import java.time.Instant;
import java.util.List;

/**
 * One version of a tenant's process model.
 *
 * @param deployedBy the display name of the designer who deployed it, or {@code system} for the
 *     models of {@code processes/} deployed at start
 * @param bpmnXml the model as deployed; null in lists
 * @param formIds the forms deployed with it (form-js ids)
 */
public record ProcessModel(
        String key,
        String name,
        int version,
        String deploymentId,
        Instant deployedAt,
        String deployedBy,
        String bpmnXml,
        List<String> formIds) {}
