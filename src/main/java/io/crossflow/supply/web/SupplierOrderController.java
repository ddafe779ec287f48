package io.crossflow.supply.web;

import io.crossflow.identity.CurrentUsers;
import io.crossflow.shared.UserText;
import io.crossflow.supply.SupplierOrder;
import io.crossflow.supply.SupplierOrderStatus;
import io.crossflow.supply.SupplierOrders;
import io.crossflow.supply.SupplyDisruption;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class SupplierOrderController {

    private final SupplierOrders orders;

    SupplierOrderController(SupplierOrders orders) {
        this.orders = orders;
    }

    /** Places an order with a partner organisation of the project (internal members). */
    @PostMapping("/api/projects/{projectId}/supplier-orders")
    @ResponseStatus(HttpStatus.CREATED)
    SupplierOrderDto place(@PathVariable UUID projectId, @RequestBody PlaceOrder body) {
        return SupplierOrderDto.of(orders.place(
                CurrentUsers.require(),
                projectId,
                new SupplierOrders.NewSupplierOrder(
                        body.supplierOrganisationId(), body.title(), body.workItemIds(), body.milestoneWorkItemId())));
    }

    /** The orders the caller sees, of one project or of all its projects, newest first. */
    @GetMapping("/api/supplier-orders")
    List<SupplierOrderDto> list(@RequestParam(required = false) UUID projectId) {
        return orders.visibleList(CurrentUsers.require(), projectId).stream()
                .map(SupplierOrderDto::of)
                .toList();
    }

    /** The order, for the project's internal users and the supplier's own organisation. */
    @GetMapping("/api/supplier-orders/{orderId}")
    SupplierOrderDto get(@PathVariable UUID orderId) {
        return SupplierOrderDto.of(orders.visible(CurrentUsers.require(), orderId));
    }

    record PlaceOrder(UUID supplierOrganisationId, String title, List<UUID> workItemIds, UUID milestoneWorkItemId) {

        PlaceOrder {
            title = UserText.name("title", title, UserText.MAX_NAME);
        }
    }

    record SupplierOrderDto(
            UUID id,
            String number,
            UUID projectId,
            String title,
            UUID supplierOrganisationId,
            UUID milestoneWorkItemId,
            List<UUID> workItemIds,
            SupplierOrderStatus status,
            String qcReportReference,
            String shipmentReference,
            Instant createdAt,
            List<DisruptionDto> disruptions) {

        static SupplierOrderDto of(SupplierOrder o) {
            return new SupplierOrderDto(
                    o.id(),
                    o.number(),
                    o.projectId(),
                    o.title(),
                    o.supplierOrganisationId(),
                    o.milestoneWorkItemId(),
                    o.workItemIds(),
                    o.status(),
                    o.qcReportReference(),
                    o.shipmentReference(),
                    o.createdAt(),
                    o.disruptions().stream()
                            .map(d -> new DisruptionDto(d.id(), d.type(), d.detail(), d.reportedAt()))
                            .toList());
        }
    }

    record DisruptionDto(UUID id, SupplyDisruption type, String detail, Instant reportedAt) {}
}
