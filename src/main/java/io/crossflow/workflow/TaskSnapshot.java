package io.crossflow.workflow;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A user task as the engine holds it at the moment of a {@link TaskChanged} event. Candidate users
 * are engine user ids (Crossflow user UUIDs); candidate groups are {@link CandidateGroups} names.
 *
 * @param tenantId null only for tasks outside any tenant, which Crossflow never creates
 * @param projectId the instance's {@link ProcessVariables#PROJECT_ID}, null if it has none
 * @param processDefinitionId the engine's definition id, for {@link LocalizedNames}
 * @param names the task's name per language tag ({@link LocalizedNames}), variables filled in as
 *     the engine fills {@code name}; empty when the model names it in no language
 * @param object what the instance is about, resolved from its business key by {@link BusinessObjects};
 *     null when no module owns the key
 */
public record TaskSnapshot(
        String id,
        UUID tenantId,
        String processInstanceId,
        String processDefinitionKey,
        String processDefinitionName,
        String taskDefinitionKey,
        String name,
        String assignee,
        Instant due,
        int priority,
        Instant created,
        Set<String> candidateGroups,
        Set<String> candidateUsers,
        UUID projectId,
        String businessKey,
        String processDefinitionId,
        Map<String, String> names,
        BusinessObject object) {

    public TaskSnapshot {
        names = names == null ? Map.of() : Map.copyOf(names);
        candidateGroups = Set.copyOf(candidateGroups);
        candidateUsers = Set.copyOf(candidateUsers);
    }
}
