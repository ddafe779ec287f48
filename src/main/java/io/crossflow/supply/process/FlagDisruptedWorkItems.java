package io.crossflow.supply.process;

import io.crossflow.project.WorkItemFlags;
import io.crossflow.supply.SupplierOrder;
import io.crossflow.supply.SupplyDisruption;
import io.crossflow.supply.internal.OrderRecords;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** ERP/MES reported a disruption: every work item of the order is blocked with the reason. */
@Component("flagDisruptedWorkItems")
class FlagDisruptedWorkItems implements JavaDelegate {

    private final OrderRecords records;
    private final WorkItemFlags flags;

    FlagDisruptedWorkItems(OrderRecords records, WorkItemFlags flags) {
        this.records = records;
        this.flags = flags;
    }

    @Override
    public void execute(DelegateExecution execution) {
        OrderInstance order = OrderInstance.of(execution);
        SupplierOrder current = records.find(order.tenantId(), order.orderId()).orElseThrow();
        String reason = reason(current, execution);
        for (UUID workItemId : current.workItemIds()) {
            flags.flag(order.tenantId(), workItemId, reason);
        }
    }

    /** "Material shortage on supplier order SO-12: no aluminium until May" */
    static String reason(SupplierOrder order, DelegateExecution execution) {
        SupplyDisruption type = SupplyDisruption.valueOf(
                execution.getVariable(SupplierOrderProcess.DISRUPTION_TYPE).toString());
        Object detail = execution.getVariable(SupplierOrderProcess.DISRUPTION_DETAIL);
        String text = type.label() + " on supplier order " + order.number();
        return detail == null || detail.toString().isBlank() ? text : text + ": " + detail;
    }
}
