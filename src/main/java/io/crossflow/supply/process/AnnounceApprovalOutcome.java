package io.crossflow.supply.process;

import io.crossflow.notification.NotificationRequested;
import io.crossflow.supply.ApprovalDecided;
import io.crossflow.workflow.ProcessVariables;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Raises {@link ApprovalDecided} and tells the requester the outcome; one bean for both ends. */
@Component("announceApprovalOutcome")
class AnnounceApprovalOutcome implements JavaDelegate {

    private final ApplicationEventPublisher events;

    AnnounceApprovalOutcome(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        UUID tenantId = uuid(execution, ProcessVariables.TENANT_ID);
        UUID requester = uuid(execution, ProcessVariables.STARTED_BY);
        boolean approved = "approve".equals(execution.getVariable(Approval.DECISION));
        int level = ((Number) execution.getVariable(Approval.APPROVAL_LEVEL)).intValue();
        String subject = String.valueOf(execution.getVariable(Approval.SUBJECT));
        events.publishEvent(new ApprovalDecided(
                tenantId,
                uuid(execution, ProcessVariables.PROJECT_ID),
                execution.getProcessBusinessKey(),
                String.valueOf(execution.getVariable(Approval.TYPE)),
                approved,
                level));
        events.publishEvent(new NotificationRequested(
                tenantId,
                Set.of(requester),
                Set.of(),
                Set.of(),
                approved ? "APPROVAL_GRANTED" : "APPROVAL_REJECTED",
                Map.of("subject", subject, "level", Integer.toString(level)),
                null,
                "approval:" + execution.getProcessInstanceId()));
    }

    private static UUID uuid(DelegateExecution execution, String name) {
        return UUID.fromString(execution.getVariable(name).toString());
    }
}
