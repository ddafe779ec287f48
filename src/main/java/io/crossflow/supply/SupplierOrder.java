package io.crossflow.supply;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An order placed with a partner organisation for work items of a project.
 *
 * @param number per-tenant order number, e.g. {@code SO-12}; ERP/MES name the order by it or by id
 * @param milestoneWorkItemId the milestone whose progress the customer watches, or null
 */
public record SupplierOrder(
        UUID id,
        UUID tenantId,
        UUID projectId,
        String number,
        String title,
        UUID supplierOrganisationId,
        UUID milestoneWorkItemId,
        List<UUID> workItemIds,
        SupplierOrderStatus status,
        String qcReportReference,
        String shipmentReference,
        String processInstanceId,
        Instant createdAt,
        List<Disruption> disruptions) {

    public SupplierOrder {
        workItemIds = List.copyOf(workItemIds);
        disruptions = List.copyOf(disruptions);
    }

    /** A disruption reported for the order; {@code resolvedAt} null while it lasts. */
    public record Disruption(UUID id, SupplyDisruption type, String detail, Instant reportedAt, Instant resolvedAt) {}
}
