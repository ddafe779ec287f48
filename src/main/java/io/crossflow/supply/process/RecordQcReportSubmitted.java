package io.crossflow.supply.process;

import io.crossflow.project.WorkItemFlags;
import io.crossflow.supply.SupplierOrderStatus;
import io.crossflow.supply.internal.OrderRecords;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** The supplier submitted the QC report: its reference is kept on the order for the review. */
@Component("recordSupplierQcReportSubmitted")
class RecordQcReportSubmitted extends RecordOrderStatus {

    RecordQcReportSubmitted(OrderRecords records, WorkItemFlags workItems) {
        super(records, workItems, SupplierOrderStatus.QC_SUBMITTED);
    }

    @Override
    void record(OrderInstance order, DelegateExecution execution, OrderRecords records) {
        records.recordQcReport(
                order.tenantId(),
                order.orderId(),
                execution.getVariable(SupplierOrderProcess.QC_REPORT_REFERENCE).toString());
    }
}
