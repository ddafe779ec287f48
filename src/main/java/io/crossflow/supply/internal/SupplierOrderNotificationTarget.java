package io.crossflow.supply.internal;

import io.crossflow.identity.CurrentUser;
import io.crossflow.notification.PathTarget;
import io.crossflow.supply.SupplierOrders;
import java.util.UUID;
import java.util.regex.MatchResult;
import org.springframework.stereotype.Component;

/**
 * Links to supplier orders ({@code /portal/supplier-orders/<id>}): the order if the recipient sees
 * it (the project's internal users, the supplier), else the order's project.
 */
@Component
class SupplierOrderNotificationTarget extends PathTarget {

    private final SupplierOrders orders;
    private final OrderRecords records;

    SupplierOrderNotificationTarget(SupplierOrders orders, OrderRecords records) {
        super("^/portal/supplier-orders/([0-9a-fA-F-]{36})$");
        this.orders = orders;
        this.records = records;
    }

    @Override
    protected String visible(CurrentUser recipient, UUID id, MatchResult link) {
        return "/portal/supplier-orders/" + orders.visible(recipient, id).id();
    }

    @Override
    protected String ancestor(CurrentUser recipient, UUID id, MatchResult link) {
        return records.find(recipient.tenantId(), id)
                .map(o -> "/projects/" + o.projectId())
                .orElse(null);
    }
}
