package io.crossflow.automation.internal;

import io.crossflow.automation.AutomationRules;
import io.crossflow.automation.Rule;
import io.crossflow.automation.Trigger;
import io.crossflow.project.WorkItem;
import io.crossflow.project.WorkItemChanged;
import io.crossflow.project.WorkItemOverdue;
import io.crossflow.project.WorkItems;
import io.crossflow.ticket.TicketChanged;
import io.crossflow.workflow.TaskChanged;
import io.crossflow.workflow.TaskSnapshot;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Evaluates the project's enabled rules for each committed change. Runs after commit, so a
 * rolled-back change triggers nothing; each rule's action runs in a new transaction together with
 * the rule's {@code aut_processed_event} row, so a redelivered event (same id) finds the row and
 * does nothing. A failing action is rolled back and recorded as FAILED, never retried. Actions
 * cause changes that may trigger rules again; beyond {@value #MAX_DEPTH} levels a chain is cut.
 */
@Component
class RuleEngine {

    static final int MAX_DEPTH = 3;
    private static final Logger log = LoggerFactory.getLogger(RuleEngine.class);
    private static final ThreadLocal<Integer> DEPTH = ThreadLocal.withInitial(() -> 0);

    private final AutomationRules rules;
    private final RuleActions actions;
    private final WorkItems workItems;
    private final ProcessedEvents processed;
    private final TransactionTemplate newTransaction;

    RuleEngine(
            AutomationRules rules,
            RuleActions actions,
            WorkItems workItems,
            ProcessedEvents processed,
            PlatformTransactionManager transactionManager) {
        this.rules = rules;
        this.actions = actions;
        this.workItems = workItems;
        this.processed = processed;
        this.newTransaction = new TransactionTemplate(transactionManager);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(WorkItemChanged event) {
        WorkItemChanged.FieldChange status = event.changes().get("status");
        if (status == null) {
            return;
        }
        workItems.find(event.tenantId(), event.workItemId()).ifPresent(item -> {
            Map<String, Object> fields = workItemFields(item);
            fields.put("status", String.valueOf(status.to()));
            fields.put("previousStatus", status.from() == null ? null : String.valueOf(status.from()));
            evaluate(workItemEvent(
                    Trigger.WORK_ITEM_STATUS_CHANGED,
                    "work-item:" + item.id() + ":" + event.at() + ":" + status.from() + ">" + status.to(),
                    item,
                    fields));
        });
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(WorkItemOverdue event) {
        workItems
                .find(event.tenantId(), event.workItemId())
                .ifPresent(item -> evaluate(workItemEvent(
                        Trigger.WORK_ITEM_OVERDUE,
                        "overdue:" + item.id() + ":" + event.day(),
                        item,
                        workItemFields(item))));
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(TicketChanged event) {
        if (event.previousStage() != null) {
            return;
        }
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

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(TaskChanged event) {
        TaskSnapshot task = event.task();
        if (event.kind() != TaskChanged.Kind.COMPLETED || task.tenantId() == null || task.projectId() == null) {
            return;
        }
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

    void evaluate(RuleEvent event) {
        if (DEPTH.get() >= MAX_DEPTH) {
            log.warn("Automation chain cut at depth {}: {} not evaluated", MAX_DEPTH, event.eventId());
            return;
        }
        DEPTH.set(DEPTH.get() + 1);
        try {
            for (Rule rule : rules.enabled(event.projectId(), event.trigger())) {
                if (rule.conditions().stream().allMatch(c -> c.holds(event.fields()))) {
                    run(rule, event);
                }
            }
        } finally {
            DEPTH.set(DEPTH.get() - 1);
        }
    }

    private void run(Rule rule, RuleEvent event) {
        try {
            newTransaction.executeWithoutResult(tx -> {
                if (processed.claim(rule.id(), event.eventId())) {
                    actions.perform(rule, event);
                }
            });
        } catch (RuntimeException e) {
            log.warn("Automation rule {} failed on {}: {}", rule.id(), event.eventId(), e.toString());
            newTransaction.executeWithoutResult(tx -> processed.failed(rule.id(), event.eventId(), e.toString()));
        }
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
}
