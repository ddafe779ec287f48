package io.crossflow.project.process;

import io.crossflow.project.WorkItems;
import io.crossflow.project.WorkPackageOverdue;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The delivery is overdue: records the escalation and raises {@link WorkPackageOverdue}; the
 * process then gives the project's managers a follow-up task.
 */
@Component("escalateOverdueHandoff")
class EscalateOverdueHandoff implements JavaDelegate {

    private final WorkItems workItems;
    private final ApplicationEventPublisher events;

    EscalateOverdueHandoff(WorkItems workItems, ApplicationEventPublisher events) {
        this.workItems = workItems;
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        HandoffInstance handoff = HandoffInstance.of(execution);
        workItems.recordOverdueEscalation(handoff.tenantId(), handoff.workItemId());
        events.publishEvent(new WorkPackageOverdue(
                handoff.tenantId(), handoff.projectId(), handoff.workItemId(), handoff.partnerOrganisationId()));
    }
}
