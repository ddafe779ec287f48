package io.crossflow.supply.process;

import io.crossflow.project.WorkItemFlags;
import io.crossflow.supply.SupplierOrderStatus;
import io.crossflow.supply.internal.OrderRecords;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** The supplier shipped: the order is done and its milestone reaches 100 %. */
@Component("recordSupplierOrderShipped")
class RecordOrderShipped extends RecordOrderStatus {

    RecordOrderShipped(OrderRecords records, WorkItemFlags workItems) {
        super(records, workItems, SupplierOrderStatus.SHIPPED);
    }

    @Override
    void record(OrderInstance order, DelegateExecution execution, OrderRecords records) {
        Object reference = execution.getVariable(SupplierOrderProcess.SHIPMENT_REFERENCE);
        records.recordShipment(order.tenantId(), order.orderId(), reference == null ? null : reference.toString());
    }
}
