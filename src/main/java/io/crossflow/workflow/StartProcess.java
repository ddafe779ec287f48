package io.crossflow.workflow;

import java.util.Map;
import java.util.UUID;

/**
 * A request to start a process of a tenant.
 *
 * @param processKey the BPMN process id, e.g. {@code work-package-handoff}
 * @param businessKey the domain object the instance is about, e.g. the work item id
 * @param projectId the project the instance belongs to; tasks are listed under it; null for none
 * @param startedBy the user id starting it
 * @param variables ids and small decisions only, never whole objects
 */
public record StartProcess(
        UUID tenantId,
        String processKey,
        String businessKey,
        UUID projectId,
        UUID startedBy,
        Map<String, Object> variables) {}
