package io.crossflow.supply.process;

import io.crossflow.workflow.CandidateGroups;
import io.crossflow.workflow.ProcessVariables;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Moves the approval to its next level and names who decides there: level 1 the project's
 * managers, level 2 the tenant's managers, level 3 (and any above) the tenant admins.
 */
@Component("prepareApprovalLevel")
class PrepareApprovalLevel implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        Object current = execution.getVariable(Approval.APPROVAL_LEVEL);
        int level = current == null ? 1 : ((Number) current).intValue() + 1;
        UUID tenantId = UUID.fromString(
                execution.getVariable(ProcessVariables.TENANT_ID).toString());
        UUID projectId = UUID.fromString(
                execution.getVariable(ProcessVariables.PROJECT_ID).toString());
        execution.setVariable(Approval.APPROVAL_LEVEL, level);
        execution.setVariable(Approval.APPROVER_GROUP, approverGroup(tenantId, projectId, level));
    }

    static String approverGroup(UUID tenantId, UUID projectId, int level) {
        return switch (level) {
            case 1 -> CandidateGroups.projectRole(projectId, "MANAGER");
            case 2 -> CandidateGroups.tenantRole(tenantId, "MANAGER");
            default -> CandidateGroups.tenantRole(tenantId, "TENANT_ADMIN");
        };
    }
}
