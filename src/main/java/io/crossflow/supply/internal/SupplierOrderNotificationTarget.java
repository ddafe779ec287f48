package io.crossflow.supply.internal;

import io.crossflow.identity.CurrentUser;
import io.crossflow.notification.NotificationTarget;
import io.crossflow.shared.NotFoundException;
import io.crossflow.supply.SupplierOrders;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Links to supplier orders ({@code /portal/supplier-orders/<id>}): the order if the recipient sees
 * it (the project's internal users, the supplier), else the order's project.
 */
@Component
class SupplierOrderNotificationTarget implements NotificationTarget {

    private static final Pattern ORDER = Pattern.compile("^/portal/supplier-orders/([0-9a-fA-F-]{36})$");

    private final SupplierOrders orders;
    private final OrderRecords records;

    SupplierOrderNotificationTarget(SupplierOrders orders, OrderRecords records) {
        this.orders = orders;
        this.records = records;
    }

    @Override
    public boolean owns(String link) {
        return ORDER.matcher(link).matches();
    }

    @Override
    public String nearestVisible(CurrentUser recipient, String link) {
        var matcher = ORDER.matcher(link);
        if (!matcher.matches()) {
            return null;
        }
        UUID id = UUID.fromString(matcher.group(1));
        try {
            return "/portal/supplier-orders/" + orders.visible(recipient, id).id();
        } catch (NotFoundException e) {
            return records.find(recipient.tenantId(), id)
                    .map(o -> "/projects/" + o.projectId())
                    .orElse(null);
        }
    }
}
