package io.crossflow.ticket.process;

import io.crossflow.ticket.TicketStages;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * The ticket reaches an escalation level (its step was left untouched, or the previous level
 * handed it on): the level's people are notified once per ticket. One subclass per level.
 */
abstract class EscalateTicket implements JavaDelegate {

    private final TicketStages stages;
    private final String level;
    private final Function<DelegateExecution, String> candidateGroup;

    EscalateTicket(TicketStages stages, String level, Function<DelegateExecution, String> candidateGroup) {
        this.stages = stages;
        this.level = level;
        this.candidateGroup = candidateGroup;
    }

    @Override
    public void execute(DelegateExecution execution) {
        TicketInstance ticket = TicketInstance.of(execution);
        stages.escalate(ticket.tenantId(), ticket.ticketId(), level, candidateGroup.apply(execution));
    }
}
