package io.crossflow.supply.process;

import io.crossflow.notification.NotificationRequested;
import io.crossflow.project.WorkItem;
import io.crossflow.project.WorkItems;
import io.crossflow.supply.SupplierOrder;
import io.crossflow.supply.internal.OrderRecords;
import io.crossflow.workflow.CandidateGroups;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Tells the owners of the disrupted work items: their assignee users and organisations, and the
 * project's managers, who own the plan (and the items nobody is assigned to).
 */
@Component("alertWorkItemOwners")
class AlertWorkItemOwners implements JavaDelegate {

    private final OrderRecords records;
    private final WorkItems workItems;
    private final ApplicationEventPublisher events;

    AlertWorkItemOwners(OrderRecords records, WorkItems workItems, ApplicationEventPublisher events) {
        this.records = records;
        this.workItems = workItems;
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        OrderInstance order = OrderInstance.of(execution);
        SupplierOrder current = records.find(order.tenantId(), order.orderId()).orElseThrow();
        Set<UUID> users = new HashSet<>();
        Set<UUID> organisations = new HashSet<>();
        for (UUID id : current.workItemIds()) {
            workItems.find(order.tenantId(), id).ifPresent(item -> owners(item, users, organisations));
        }
        events.publishEvent(new NotificationRequested(
                order.tenantId(),
                users,
                organisations,
                Set.of(CandidateGroups.projectRole(order.projectId(), "MANAGER")),
                "SUPPLY_DISRUPTION",
                Map.of(
                        "orderNumber", current.number(),
                        "title", current.title(),
                        "reason", FlagDisruptedWorkItems.reason(current, execution)),
                "/projects/" + order.projectId(),
                "supply-disruption:" + execution.getVariable(SupplierOrderProcess.DISRUPTION_ID)));
    }

    private static void owners(WorkItem item, Set<UUID> users, Set<UUID> organisations) {
        if (item.assigneeUserId() != null) {
            users.add(item.assigneeUserId());
        }
        if (item.assigneeOrganisationId() != null) {
            organisations.add(item.assigneeOrganisationId());
        }
    }
}
