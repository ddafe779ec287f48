package io.crossflow.ticket.process;

import io.crossflow.ticket.TicketStages;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.TimeDuration;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.springframework.stereotype.Component;

/**
 * On every user task of the ticket processes. {@code create}: the ticket enters the task's stage
 * ({@link ChangeRequest#STAGES}, {@link IssueEscalation#STAGES}), due after the shortest timer
 * duration on the task's boundary (its SLA, kept in the model only); {@code complete}: remembers
 * who completed it, the actor of whatever the process does next.
 */
@Component("ticketStageListener")
class TicketStageListener implements TaskListener {

    private final TicketStages stages;

    TicketStageListener(TicketStages stages) {
        this.stages = stages;
    }

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            task.getExecution().setVariable(TicketInstance.ACTOR_ID, task.getAssignee());
            return;
        }
        if (!EVENTNAME_CREATE.equals(task.getEventName())) {
            return;
        }
        String key = task.getTaskDefinitionKey();
        String stage = Optional.ofNullable(ChangeRequest.STAGES.get(key))
                .or(() -> Optional.ofNullable(IssueEscalation.STAGES.get(key)))
                .orElseThrow(() -> new IllegalStateException("No ticket stage for user task " + key));
        Instant due = sla(task).map(Instant.now()::plus).orElse(null);
        if (due != null) {
            task.setDueDate(Date.from(due));
        }
        TicketInstance ticket = TicketInstance.of(task);
        UUID actor = TicketInstance.actor(task);
        task.getExecution().removeVariable(TicketInstance.ACTOR_ID);
        stages.enter(ticket.tenantId(), ticket.ticketId(), stage, due, actor, null);
    }

    /** The shortest ISO-8601 duration of a timer attached to the task. */
    static Optional<Duration> sla(DelegateTask task) {
        String key = task.getTaskDefinitionKey();
        return task.getBpmnModelInstance().getModelElementsByType(BoundaryEvent.class).stream()
                .filter(b -> b.getAttachedTo() != null
                        && key.equals(b.getAttachedTo().getId()))
                .flatMap(b -> b.getEventDefinitions().stream())
                .filter(TimerEventDefinition.class::isInstance)
                .map(d -> ((TimerEventDefinition) d).getTimeDuration())
                .filter(Objects::nonNull)
                .map(TimeDuration::getTextContent)
                .map(String::trim)
                .filter(text -> text.startsWith("P"))
                .map(Duration::parse)
                .min(Duration::compareTo);
    }
}
