package io.crossflow.supply.process;

import io.crossflow.project.WorkItemFlags;
import io.crossflow.supply.SupplierOrderStatus;
import io.crossflow.supply.internal.OrderRecords;
import org.springframework.stereotype.Component;

/** Internal QC approved the report; the supplier may ship. */
@Component("recordSupplierQcApproved")
class RecordQcApproved extends RecordOrderStatus {

    RecordQcApproved(OrderRecords records, WorkItemFlags workItems) {
        super(records, workItems, SupplierOrderStatus.QC_APPROVED);
    }
}
