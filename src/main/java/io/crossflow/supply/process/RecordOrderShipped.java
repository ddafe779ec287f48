package io.crossflow.supply.process;

import io.crossflow.project.WorkItemFlags;
import io.crossflow.supply.SupplierOrderStatus;
import io.crossflow.supply.SupplyDisruptions;
import io.crossflow.supply.internal.OrderRecords;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The supplier shipped: the order is done, its milestone reaches 100 % and the work items its
 * disruptions blocked are unblocked.
 */
@Component("recordSupplierOrderShipped")
class RecordOrderShipped extends RecordOrderStatus {

    private final SupplyDisruptions disruptions;

    RecordOrderShipped(OrderRecords records, WorkItemFlags workItems, SupplyDisruptions disruptions) {
        super(records, workItems, SupplierOrderStatus.SHIPPED);
        this.disruptions = disruptions;
    }

    @Override
    void record(OrderInstance order, DelegateExecution execution, OrderRecords records) {
        Object reference = execution.getVariable(SupplierOrderProcess.SHIPMENT_REFERENCE);
        records.recordShipment(order.tenantId(), order.orderId(), reference == null ? null : reference.toString());
        disruptions.orderShipped(order.tenantId(), order.orderId());
    }
}
