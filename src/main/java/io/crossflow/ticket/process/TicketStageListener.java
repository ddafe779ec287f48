package io.crossflow.ticket.process;

import io.crossflow.ticket.TicketStages;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.TimeDuration;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.springframework.stereotype.Component;

/**
 * On every user task of the ticket processes. As execution listener on the task's {@code start}:
 * the ticket enters the task's stage ({@link ChangeRequest#STAGES}, {@link IssueEscalation#STAGES}),
 * due after the shortest timer duration on the task's boundary (its SLA, written in the model
 * only; a reminder, the timer before {@code ${remindOutsideWait}}, is no SLA); the due instant goes into the local variable {@value #STAGE_DUE_AT}, the task's
 * {@code camunda:dueDate}, so the task is created with it. As task listener on {@code complete}:
 * remembers who completed the task, the actor of whatever the process does next.
 */
@Component("ticketStageListener")
class TicketStageListener implements ExecutionListener, TaskListener {

    static final String STAGE_DUE_AT = "stageDueAt";

    private static final String REMIND_OUTSIDE_WAIT = "${remindOutsideWait}";

    private final TicketStages stages;

    TicketStageListener(TicketStages stages) {
        this.stages = stages;
    }

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            task.getExecution().setVariable(TicketInstance.ACTOR_ID, task.getAssignee());
        }
    }

    @Override
    public void notify(DelegateExecution execution) {
        String key = execution.getCurrentActivityId();
        String stage = Optional.ofNullable(ChangeRequest.STAGES.get(key))
                .or(() -> Optional.ofNullable(IssueEscalation.STAGES.get(key)))
                .or(() -> Optional.ofNullable(SupportRequest.STAGES.get(key)))
                .orElseThrow(() -> new IllegalStateException("No ticket stage for user task " + key));
        Instant due = sla(execution.getBpmnModelInstance(), key, name -> TicketInstance.string(execution, name))
                .map(Instant.now()::plus)
                .orElse(null);
        execution.setVariableLocal(STAGE_DUE_AT, due == null ? null : Date.from(due));
        TicketInstance ticket = TicketInstance.of(execution);
        UUID actor = TicketInstance.actor(execution);
        execution.removeVariable(TicketInstance.ACTOR_ID);
        stages.enter(ticket.tenantId(), ticket.ticketId(), stage, due, actor, note(execution, key));
    }

    /** The text a support request's step hands to the next one (the answer, the reply); null for the other processes. */
    private static String note(DelegateExecution execution, String key) {
        String variable = SupportRequest.NOTE_ON_ENTERING.get(key); // user task ids are unique across the models
        String note = variable == null ? null : TicketInstance.string(execution, variable);
        return note == null || note.isBlank() ? null : note.strip();
    }

    /** A timer whose path reminds the waiting party: it warns before the SLA, it is not one. */
    private static boolean reminder(BoundaryEvent boundary) {
        return boundary.getOutgoing().stream()
                .map(SequenceFlow::getTarget)
                .anyMatch(target -> target instanceof ServiceTask task
                        && REMIND_OUTSIDE_WAIT.equals(task.getCamundaDelegateExpression()));
    }

    /** The shortest ISO-8601 duration of a timer attached to the activity. */
    static Optional<Duration> sla(BpmnModelInstance model, String activityId) {
        return sla(model, activityId, name -> null);
    }

    /**
     * The shortest ISO-8601 duration of a timer attached to the activity; a duration written as
     * {@code ${variable}} (the support request's desk SLA) is the variable's value.
     */
    static Optional<Duration> sla(BpmnModelInstance model, String activityId, Function<String, String> variables) {
        return model.getModelElementsByType(BoundaryEvent.class).stream()
                .filter(b -> b.getAttachedTo() != null
                        && activityId.equals(b.getAttachedTo().getId())
                        && !reminder(b))
                .flatMap(b -> b.getEventDefinitions().stream())
                .filter(TimerEventDefinition.class::isInstance)
                .map(d -> ((TimerEventDefinition) d).getTimeDuration())
                .filter(Objects::nonNull)
                .map(TimeDuration::getTextContent)
                .map(String::trim)
                .map(text -> text.startsWith("${") && text.endsWith("}")
                        ? Objects.requireNonNullElse(
                                variables.apply(
                                        text.substring(2, text.length() - 1).trim()),
                                "")
                        : text)
                .filter(text -> text.startsWith("P"))
                .map(Duration::parse)
                .min(Duration::compareTo);
    }
}
