package io.crossflow.workflow;

import java.util.Set;
import java.util.UUID;

/**
 * A task that is no longer open, from the engine's history: enough to tell someone who could have
 * worked on it that it was completed, without telling anyone else that it existed.
 *
 * @param candidates {@link CandidateGroups} keys it ever had, candidate users as {@code user:<id>}
 * @param processInstanceId the instance it belonged to, whose comments, history and diagram stay readable
 */
public record EndedTask(
        String id,
        UUID tenantId,
        String assignee,
        Set<String> candidates,
        boolean completed,
        String processInstanceId) {}
