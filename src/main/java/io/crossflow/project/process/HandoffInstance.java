package io.crossflow.project.process;

import io.crossflow.workflow.ProcessVariables;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** The ids a {@value WorkPackageHandoff#PROCESS_KEY} instance carries, read from its variables. */
record HandoffInstance(UUID tenantId, UUID projectId, UUID workItemId, UUID partnerOrganisationId) {

    static HandoffInstance of(DelegateExecution execution) {
        return new HandoffInstance(
                uuid(execution, ProcessVariables.TENANT_ID),
                uuid(execution, ProcessVariables.PROJECT_ID),
                uuid(execution, WorkPackageHandoff.WORK_ITEM_ID),
                uuid(execution, WorkPackageHandoff.PARTNER_ORGANISATION_ID));
    }

    private static UUID uuid(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        if (value == null) {
            throw new IllegalStateException(
                    "Process variable '" + name + "' is missing in instance " + execution.getProcessInstanceId());
        }
        return UUID.fromString(value.toString());
    }
}
