package io.crossflow.workflow;

import io.crossflow.shared.ConflictException;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.SuspendedEntityInteractionException;
import org.springframework.stereotype.Service;

/** Starts processes with Crossflow's conventions: the tenant's own definition, a business key, standard variables. */
@Service
public class Processes {

    private final RuntimeService runtime;
    private final WorkflowProperties settings;

    Processes(RuntimeService runtime, WorkflowProperties settings) {
        this.runtime = runtime;
        this.settings = settings;
    }

    /** Starts the latest version of the tenant's definition and returns the process instance id. */
    public String start(StartProcess request) {
        Map<String, Object> variables = new HashMap<>(request.variables());
        variables.put(ProcessVariables.TENANT_ID, request.tenantId().toString());
        if (request.projectId() != null) { // a support request without a project has none
            variables.put(ProcessVariables.PROJECT_ID, request.projectId().toString());
        }
        variables.put(ProcessVariables.STARTED_BY, request.startedBy().toString());
        variables.putIfAbsent(
                ProcessVariables.OUTSIDE_REMINDER_AFTER,
                settings.outsideReminderAfter().toString());
        variables.putIfAbsent(
                ProcessVariables.OUTSIDE_ESCALATION_AFTER,
                settings.outsideEscalationAfter().toString());
        try {
            return runtime.createProcessInstanceByKey(request.processKey())
                    .processDefinitionTenantId(request.tenantId().toString())
                    .businessKey(request.businessKey())
                    .setVariables(variables)
                    .execute()
                    .getId();
        } catch (SuspendedEntityInteractionException e) {
            // an operator suspended the process in Cockpit: the caller's transaction rolls back with this
            throw new ConflictException(
                    "This process is suspended at the moment, so it cannot be started. Please try again later.");
        }
    }

    /** Whether an instance of the process is running for the business key in the tenant. */
    public boolean isRunning(java.util.UUID tenantId, String processKey, String businessKey) {
        return runtime.createProcessInstanceQuery()
                        .tenantIdIn(tenantId.toString())
                        .processDefinitionKey(processKey)
                        .processInstanceBusinessKey(businessKey)
                        .count()
                > 0;
    }
}
