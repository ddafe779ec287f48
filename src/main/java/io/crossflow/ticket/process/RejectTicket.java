package io.crossflow.ticket.process;

import io.crossflow.ticket.TicketStages;
import org.springframework.stereotype.Component;

/** A gate rejected the change request: the ticket ends rejected and the reporter is told. */
@Component("rejectTicket")
class RejectTicket extends FinishTicket {

    RejectTicket(TicketStages stages) {
        super(stages, TicketStages.REJECTED);
    }
}
