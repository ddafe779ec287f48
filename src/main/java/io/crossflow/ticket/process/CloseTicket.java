package io.crossflow.ticket.process;

import io.crossflow.ticket.TicketStages;
import org.springframework.stereotype.Component;

/** The change was verified, or the reporter confirmed the resolution: the ticket is closed. */
@Component("closeTicket")
class CloseTicket extends FinishTicket {

    CloseTicket(TicketStages stages) {
        super(stages, TicketStages.CLOSED);
    }
}
