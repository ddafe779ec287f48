package io.crossflow.ticket.process;

import io.crossflow.ticket.TicketStages;
import io.crossflow.workflow.CandidateGroups;
import org.springframework.stereotype.Component;

/** Level 2: the project's internal members. */
@Component("escalateTicketToLevel2")
class EscalateTicketToLevel2 extends EscalateTicket {

    EscalateTicketToLevel2(TicketStages stages) {
        super(
                stages,
                IssueEscalation.LEVEL_2,
                e -> CandidateGroups.projectRole(TicketInstance.of(e).projectId(), "MEMBER"));
    }
}
