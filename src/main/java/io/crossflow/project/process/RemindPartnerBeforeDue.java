package io.crossflow.project.process;

import io.crossflow.project.WorkItems;
import io.crossflow.project.WorkPackageReminderDue;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** The delivery is due soon: records the reminder and raises {@link WorkPackageReminderDue}. */
@Component("remindPartnerBeforeDue")
class RemindPartnerBeforeDue implements JavaDelegate {

    private final WorkItems workItems;
    private final ApplicationEventPublisher events;

    RemindPartnerBeforeDue(WorkItems workItems, ApplicationEventPublisher events) {
        this.workItems = workItems;
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        HandoffInstance handoff = HandoffInstance.of(execution);
        workItems.recordReminder(handoff.tenantId(), handoff.workItemId());
        events.publishEvent(new WorkPackageReminderDue(
                handoff.tenantId(), handoff.projectId(), handoff.workItemId(), handoff.partnerOrganisationId()));
    }
}
