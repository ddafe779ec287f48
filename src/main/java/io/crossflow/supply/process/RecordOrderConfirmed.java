package io.crossflow.supply.process;

import io.crossflow.project.WorkItemFlags;
import io.crossflow.supply.SupplierOrderStatus;
import io.crossflow.supply.internal.OrderRecords;
import org.springframework.stereotype.Component;

/** The supplier confirmed the order. */
@Component("recordSupplierOrderConfirmed")
class RecordOrderConfirmed extends RecordOrderStatus {

    RecordOrderConfirmed(OrderRecords records, WorkItemFlags workItems) {
        super(records, workItems, SupplierOrderStatus.CONFIRMED);
    }
}
