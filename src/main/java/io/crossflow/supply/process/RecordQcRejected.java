package io.crossflow.supply.process;

import io.crossflow.project.WorkItemFlags;
import io.crossflow.supply.SupplierOrderStatus;
import io.crossflow.supply.internal.OrderRecords;
import org.springframework.stereotype.Component;

/** Internal QC rejected the report; the supplier submits a new one. */
@Component("recordSupplierQcRejected")
class RecordQcRejected extends RecordOrderStatus {

    RecordQcRejected(OrderRecords records, WorkItemFlags workItems) {
        super(records, workItems, SupplierOrderStatus.QC_REJECTED);
    }
}
