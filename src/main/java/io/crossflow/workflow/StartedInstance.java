package io.crossflow.workflow;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A process instance as its starter follows it ("my requests"): where it stands now (its open user
 * tasks, who holds each) and whether it has ended.
 *
 * @param names the process's name per language, from its model
 * @param endActivityId the end event it reached, null while running
 */
public record StartedInstance(
        String id,
        String processKey,
        String processName,
        Map<String, String> names,
        String businessKey,
        String projectId,
        Instant startedAt,
        Instant endedAt,
        String endActivityId,
        List<OpenStep> openSteps) {

    public StartedInstance {
        names = Map.copyOf(names);
        openSteps = List.copyOf(openSteps);
    }

    /** An open user task: its name, who holds it (user id) or null, and its candidate groups. */
    public record OpenStep(String taskId, String name, String assignee, List<String> candidateGroups) {

        public OpenStep {
            candidateGroups = List.copyOf(candidateGroups);
        }
    }
}
