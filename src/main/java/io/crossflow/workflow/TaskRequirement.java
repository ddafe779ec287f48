package io.crossflow.workflow;

import java.util.List;
import java.util.UUID;

/**
 * What a user task's model requires before the task may complete.
 *
 * @param requiredDocumentTypes the document types (e.g. {@code QC_REPORT}) of which one must be
 *     attached to the task or to another task of the same process instance; from the camunda
 *     extension property {@value TaskRequirements#REQUIRES_DOCUMENT} (comma-separated)
 */
public record TaskRequirement(
        UUID tenantId,
        String taskId,
        String taskDefinitionKey,
        String processInstanceId,
        String businessKey,
        List<String> requiredDocumentTypes) {

    public TaskRequirement {
        requiredDocumentTypes = List.copyOf(requiredDocumentTypes);
    }

    public boolean requiresDocuments() {
        return !requiredDocumentTypes.isEmpty();
    }
}
