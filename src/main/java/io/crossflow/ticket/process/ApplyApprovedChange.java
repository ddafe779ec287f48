package io.crossflow.ticket.process;

import io.crossflow.project.PlanChanges;
import io.crossflow.ticket.internal.TicketStore;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The change is approved (and signed off where needed): the affected items take their new dates. */
@Component("applyApprovedChange")
class ApplyApprovedChange implements JavaDelegate {

    private final TicketStore store;
    private final PlanChanges planChanges;

    ApplyApprovedChange(TicketStore store, PlanChanges planChanges) {
        this.store = store;
        this.planChanges = planChanges;
    }

    @Override
    public void execute(DelegateExecution execution) {
        TicketInstance ticket = TicketInstance.of(execution);
        var changes = store.proposedDates(ticket.ticketId()).stream()
                .map(d -> new PlanChanges.DateChange(d.workItemId(), d.plannedStart(), d.plannedEnd()))
                .toList();
        if (!changes.isEmpty()) {
            planChanges.applyApprovedChange(ticket.tenantId(), TicketInstance.actor(execution), changes);
        }
    }
}
