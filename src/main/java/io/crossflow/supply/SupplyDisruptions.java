package io.crossflow.supply;

import io.crossflow.identity.IntegrationCaller;
import io.crossflow.project.WorkItemFlags;
import io.crossflow.shared.ConflictException;
import io.crossflow.shared.NotFoundException;
import io.crossflow.supply.internal.OrderRecords;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The end of a supply disruption: ERP/MES report it resolved, or the order ships. Either way the
 * order's open disruptions are marked resolved and the work items they flagged are unblocked
 * ({@link WorkItemFlags#clear}: back to work, or to do). An order without an open disruption
 * leaves its work items alone, so a flag a manager set for another reason stays.
 */
@Service
public class SupplyDisruptions {

    private final OrderRecords records;
    private final WorkItemFlags flags;

    SupplyDisruptions(OrderRecords records, WorkItemFlags flags) {
        this.records = records;
        this.flags = flags;
    }

    /**
     * ERP/MES report the disruptions of an order resolved. The same reach as reporting one
     * ({@link SupplierOrders#reportDisruption}): 404 for an order the integration does not act for
     * or the tenant does not have (nothing changed), 409 when the order has no open disruption.
     * Returns the order.
     */
    @Transactional
    public SupplierOrder resolve(IntegrationCaller caller, String orderReference, String detail) {
        SupplierOrder order = records.findByReference(caller.user().tenantId(), orderReference)
                .filter(o -> caller.actsFor(o.tenantId(), o.supplierOrganisationId()))
                .orElseThrow(() -> new NotFoundException("Supplier order"));
        String resolution = detail == null || detail.isBlank() ? "Resolved" : detail.strip();
        if (!end(order, caller.user().id(), resolution)) {
            throw new ConflictException("Supplier order " + order.number() + " has no open disruption to resolve.");
        }
        return records.find(order.tenantId(), order.id()).orElseThrow();
    }

    /** The order shipped: whatever disrupted it is over. */
    @Transactional
    public void orderShipped(UUID tenantId, UUID orderId) {
        records.find(tenantId, orderId).ifPresent(order -> end(order, null, "Order shipped"));
    }

    private boolean end(SupplierOrder order, UUID by, String resolution) {
        if (records.resolveDisruptions(order.tenantId(), order.id(), by, resolution) == 0) {
            return false;
        }
        order.workItemIds().forEach(item -> flags.clear(order.tenantId(), item));
        return true;
    }
}
