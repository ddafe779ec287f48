package io.crossflow.ticket.process;

import io.crossflow.ticket.TicketStages;
import org.springframework.stereotype.Component;

/** Level 1: the routed partner organisation, else the project's members ({@code level1Group}). */
@Component("escalateTicketToLevel1")
class EscalateTicketToLevel1 extends EscalateTicket {

    EscalateTicketToLevel1(TicketStages stages) {
        super(stages, IssueEscalation.LEVEL_1, e -> TicketInstance.string(e, IssueEscalation.LEVEL_1_GROUP));
    }
}
