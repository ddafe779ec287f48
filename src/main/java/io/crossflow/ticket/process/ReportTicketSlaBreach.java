package io.crossflow.ticket.process;

import io.crossflow.ticket.TicketStages;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A stage's SLA timer fired while the stage is still open: the ticket is marked breached, its managers told. */
@Component("reportTicketSlaBreach")
class ReportTicketSlaBreach implements JavaDelegate {

    private final TicketStages stages;

    ReportTicketSlaBreach(TicketStages stages) {
        this.stages = stages;
    }

    @Override
    public void execute(DelegateExecution execution) {
        TicketInstance ticket = TicketInstance.of(execution);
        stages.slaBreached(ticket.tenantId(), ticket.ticketId());
    }
}
