package io.crossflow.supply.process;

import io.crossflow.project.WorkItemFlags;
import io.crossflow.supply.SupplierOrder;
import io.crossflow.supply.SupplierOrderStatus;
import io.crossflow.supply.internal.OrderRecords;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Records one step of the order and moves its milestone (the customer's progress view) to the
 * step's progress; one subclass (and bean) per service task.
 */
abstract class RecordOrderStatus implements JavaDelegate {

    private final OrderRecords records;
    private final WorkItemFlags workItems;
    private final SupplierOrderStatus status;

    RecordOrderStatus(OrderRecords records, WorkItemFlags workItems, SupplierOrderStatus status) {
        this.records = records;
        this.workItems = workItems;
        this.status = status;
    }

    @Override
    public void execute(DelegateExecution execution) {
        OrderInstance order = OrderInstance.of(execution);
        record(order, execution, records);
        records.updateStatus(order.tenantId(), order.orderId(), status);
        SupplierOrder current = records.find(order.tenantId(), order.orderId()).orElseThrow();
        if (current.milestoneWorkItemId() != null && status.milestoneProgress() > 0) {
            workItems.reportProgress(order.tenantId(), current.milestoneWorkItemId(), status.milestoneProgress());
        }
    }

    /** What the step records besides the status. */
    void record(OrderInstance order, DelegateExecution execution, OrderRecords records) {}
}
