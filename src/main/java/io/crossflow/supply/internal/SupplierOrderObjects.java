package io.crossflow.supply.internal;

import io.crossflow.workflow.BusinessObject;
import io.crossflow.workflow.BusinessObjectSource;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Names the supplier order (number and title) a supplier-order process is about. */
@Component
class SupplierOrderObjects implements BusinessObjectSource {

    static final String KIND = "SUPPLIER_ORDER";

    private final OrderRecords records;

    SupplierOrderObjects(OrderRecords records) {
        this.records = records;
    }

    @Override
    public Optional<BusinessObject> find(UUID tenantId, UUID id) {
        return records.find(tenantId, id)
                .map(order ->
                        new BusinessObject(KIND, order.id(), order.number(), order.title(), order.projectId(), null));
    }
}
