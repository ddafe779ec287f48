package io.crossflow.supply.process;

import io.crossflow.notification.NotificationRequested;
import io.crossflow.supply.internal.OrderRecords;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** The order waits unconfirmed: reminds the supplier organisation (the task stays open). */
@Component("remindSupplierToConfirm")
class RemindSupplierToConfirm implements JavaDelegate {

    private final OrderRecords records;
    private final ApplicationEventPublisher events;

    RemindSupplierToConfirm(OrderRecords records, ApplicationEventPublisher events) {
        this.records = records;
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        OrderInstance order = OrderInstance.of(execution);
        var current = records.find(order.tenantId(), order.orderId()).orElseThrow();
        events.publishEvent(new NotificationRequested(
                order.tenantId(),
                Set.of(),
                Set.of(order.supplierOrganisationId()),
                Set.of(),
                "SUPPLIER_ORDER_CONFIRMATION_DUE",
                Map.of("orderNumber", current.number(), "title", current.title()),
                "/portal/supplier-orders/" + order.orderId(),
                "supplier-order-confirmation-due:" + order.orderId()));
    }
}
