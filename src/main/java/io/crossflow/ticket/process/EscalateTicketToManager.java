package io.crossflow.ticket.process;

import io.crossflow.ticket.TicketStages;
import io.crossflow.workflow.CandidateGroups;
import org.springframework.stereotype.Component;

/** The last level: the project's managers. */
@Component("escalateTicketToManager")
class EscalateTicketToManager extends EscalateTicket {

    EscalateTicketToManager(TicketStages stages) {
        super(
                stages,
                IssueEscalation.MANAGER,
                e -> CandidateGroups.projectRole(TicketInstance.of(e).projectId(), "MANAGER"));
    }
}
