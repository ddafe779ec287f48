package io.crossflow.ticket.process;

import io.crossflow.ticket.ServiceDesks;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A support request's resolution SLA ran out while it is still open: it shows breached, the desk and the tenant admins are told. */
@Component("reportSupportResolutionBreach")
class ReportSupportResolutionBreach implements JavaDelegate {

    private final ServiceDesks desks;

    ReportSupportResolutionBreach(ServiceDesks desks) {
        this.desks = desks;
    }

    @Override
    public void execute(DelegateExecution execution) {
        TicketInstance ticket = TicketInstance.of(execution);
        desks.resolutionBreached(ticket.tenantId(), ticket.ticketId());
    }
}
