package io.crossflow.automation.internal;

import io.crossflow.automation.AutomationProperties;
import io.crossflow.automation.AutomationRules;
import io.crossflow.automation.Rule;
import io.crossflow.automation.Trigger;
import io.crossflow.project.WorkItem;
import io.crossflow.project.WorkItemChanged;
import io.crossflow.project.WorkItemOverdue;
import io.crossflow.project.WorkItems;
import io.crossflow.shared.ConflictException;
import io.crossflow.shared.ForbiddenException;
import io.crossflow.shared.InvalidInputException;
import io.crossflow.shared.NotFoundException;
import io.crossflow.ticket.TicketChanged;
import io.crossflow.workflow.TaskChanged;
import io.crossflow.workflow.TaskSnapshot;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Evaluates the project's enabled rules for each committed change. The change is handed over
 * durably (Spring Modulith's event publication registry, docs/adr/0003-durable-event-handover.md):
 * its publication row commits with it, and after commit a listener thread evaluates the rules, so a
 * rolled-back change triggers nothing and the request never waits for its rules. The listener itself
 * runs outside any transaction; each rule's action runs in a transaction of its own together with the
 * rule's {@code aut_processed_event} row, so a redelivered event (same id) finds the row and does
 * nothing, and a retry after a partial failure repeats only the rules that failed. A failed action
 * is recorded and leaves the publication incomplete, so the registry hands the event over again
 * until the action succeeds or has failed {@code crossflow.automation.max-attempts} times. Actions
 * cause changes that may trigger rules again; beyond {@value #MAX_DEPTH} levels a chain is cut.
 */
@Component
class RuleEngine {

    static final int MAX_DEPTH = 3;
    private static final Logger log = LoggerFactory.getLogger(RuleEngine.class);

    private final AutomationRules rules;
    private final RuleActions actions;
    private final WorkItems workItems;
    private final ProcessedEvents processed;
    private final Cascades cascades;
    private final TransactionTemplate transaction;
    private final int maxAttempts;

    RuleEngine(
            AutomationRules rules,
            RuleActions actions,
            WorkItems workItems,
            ProcessedEvents processed,
            Cascades cascades,
            PlatformTransactionManager transactionManager,
            AutomationProperties settings) {
        this.rules = rules;
        this.actions = actions;
        this.workItems = workItems;
        this.processed = processed;
        this.cascades = cascades;
        this.transaction = new TransactionTemplate(transactionManager);
        this.maxAttempts = settings.maxAttempts();
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED, condition = "#event.changed('status')")
    void on(WorkItemChanged event) {
        WorkItemChanged.FieldChange status = event.changes().get("status");
        workItems.find(event.tenantId(), event.workItemId()).ifPresent(item -> {
            Map<String, Object> fields = workItemFields(item);
            fields.put("status", String.valueOf(status.to()));
            fields.put("previousStatus", status.from() == null ? null : String.valueOf(status.from()));
            evaluate(workItemEvent(Trigger.WORK_ITEM_STATUS_CHANGED, eventId(event), item, fields));
        });
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(WorkItemOverdue event) {
        workItems
                .find(event.tenantId(), event.workItemId())
                .ifPresent(item -> evaluate(workItemEvent(
                        Trigger.WORK_ITEM_OVERDUE,
                        "overdue:" + item.id() + ":" + event.day(),
                        item,
                        workItemFields(item))));
    }

    @ApplicationModuleListener(
            propagation = Propagation.NOT_SUPPORTED,
            condition = "#event.previousStage() == null and #event.projectId() != null")
    void on(TicketChanged event) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("ticket.type", event.type());
        fields.put("ticket.stage", event.stage());
        fields.put("ticket.customerVisible", event.customerVisible());
        evaluate(new RuleEvent(
                Trigger.TICKET_CREATED,
                "ticket:" + event.ticketId() + ":raised",
                event.tenantId(),
                event.projectId(),
                null,
                event.ticketId().toString(),
                event.number(),
                event.reporterUserId(),
                event.reporterOrganisationId(),
                fields));
    }

    @ApplicationModuleListener(
            propagation = Propagation.NOT_SUPPORTED,
            condition = "#event.kind().name() == 'COMPLETED' and #event.task().tenantId() != null"
                    + " and #event.task().projectId() != null")
    void on(TaskChanged event) {
        TaskSnapshot task = event.task();
        Map<String, Object> fields = new HashMap<>();
        fields.put("task.processKey", task.processDefinitionKey());
        fields.put("task.definitionKey", task.taskDefinitionKey());
        fields.put("task.name", task.name());
        evaluate(new RuleEvent(
                Trigger.TASK_COMPLETED,
                "task:" + task.id() + ":completed",
                task.tenantId(),
                task.projectId(),
                null,
                task.id(),
                task.name(),
                null,
                null,
                fields));
    }

    /** The stable id of a work item's status change, the same for the event and its redelivery. */
    static String eventId(WorkItemChanged event) {
        WorkItemChanged.FieldChange status = event.changes().get("status");
        return "work-item:" + event.workItemId() + ":" + event.at() + ":" + status.from() + ">" + status.to();
    }

    void evaluate(RuleEvent event) {
        int depth = cascades.depthOf(event.eventId());
        if (depth >= MAX_DEPTH) {
            log.warn("Automation chain cut at depth {}: {} not evaluated", MAX_DEPTH, event.eventId());
            return;
        }
        List<Rule> retrying = new ArrayList<>();
        for (Rule rule : rules.enabled(event.projectId(), event.trigger())) {
            if (rule.conditions().stream().allMatch(c -> c.holds(event.fields())) && !run(rule, event, depth)) {
                retrying.add(rule);
            }
        }
        if (!retrying.isEmpty()) {
            throw new RetryPending(event, retrying);
        }
    }

    /** Runs the rule's action once; false if it failed and is to be attempted again. */
    private boolean run(Rule rule, RuleEvent event, int depth) {
        try {
            transaction.executeWithoutResult(tx -> {
                if (processed.claim(rule.id(), event.eventId())) {
                    cascades.acting(depth, () -> actions.perform(rule, event));
                }
            });
            return true;
        } catch (RuntimeException e) {
            // the action's transaction has rolled back and let go of its connection: record the failure in a new one
            boolean again = Boolean.TRUE.equals(
                    transaction.execute(tx -> processed.failed(rule.id(), event.eventId(), describe(e), maxAttempts)));
            if (again) {
                log.warn(
                        "Automation rule {} failed on {}, to be retried: {}", rule.id(), event.eventId(), e.toString());
            } else {
                log.error(
                        "Automation rule {} gave up on {} after {} attempts",
                        rule.id(),
                        event.eventId(),
                        maxAttempts,
                        e);
            }
            return !again;
        }
    }

    /** The failure in words for the rule's managers: our own refusals say why; anything else only what. */
    static String describe(RuntimeException e) {
        if (e instanceof ForbiddenException
                || e instanceof NotFoundException
                || e instanceof ConflictException
                || e instanceof InvalidInputException
                || e instanceof IllegalStateException) {
            return e.getMessage();
        }
        return "Unexpected error (" + e.getClass().getSimpleName() + "); the server log has the details.";
    }

    private static RuleEvent workItemEvent(Trigger trigger, String eventId, WorkItem item, Map<String, Object> fields) {
        return new RuleEvent(
                trigger,
                eventId,
                item.tenantId(),
                item.projectId(),
                item.id(),
                item.id().toString(),
                item.title(),
                item.assigneeUserId(),
                item.assigneeOrganisationId(),
                fields);
    }

    private static Map<String, Object> workItemFields(WorkItem item) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("status", item.status().name());
        fields.put("milestone", item.milestone());
        fields.put("progress", item.progress());
        fields.put("title", item.title());
        fields.put("assigneeOrganisationId", item.assigneeOrganisationId());
        fields.put("assigneeUserId", item.assigneeUserId());
        return fields;
    }

    /** Some rules failed on the event and will be attempted again: keeps the event's publication incomplete. */
    static final class RetryPending extends RuntimeException {
        RetryPending(RuleEvent event, List<Rule> rules) {
            super(rules.size() + " rule(s) to retry on " + event.eventId(), null, false, false);
        }
    }
}
