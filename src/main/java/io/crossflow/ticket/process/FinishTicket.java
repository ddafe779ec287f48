package io.crossflow.ticket.process;

import io.crossflow.ticket.TicketStages;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Ends the ticket in a final stage; one subclass (and bean) per service task. */
abstract class FinishTicket implements JavaDelegate {

    private final TicketStages stages;
    private final String stage;

    FinishTicket(TicketStages stages, String stage) {
        this.stages = stages;
        this.stage = stage;
    }

    @Override
    public void execute(DelegateExecution execution) {
        TicketInstance ticket = TicketInstance.of(execution);
        stages.finish(ticket.tenantId(), ticket.ticketId(), stage, TicketInstance.actor(execution), null);
    }
}
