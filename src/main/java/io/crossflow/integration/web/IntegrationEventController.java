package io.crossflow.integration.web;

import io.crossflow.identity.CurrentUsers;
import io.crossflow.identity.IntegrationCaller;
import io.crossflow.shared.InvalidInputException;
import io.crossflow.supply.SupplierOrder;
import io.crossflow.supply.SupplierOrders;
import io.crossflow.supply.SupplyDisruption;
import io.crossflow.supply.SupplyDisruptions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Events from ERP/MES systems. Only API tokens with scope {@code integration} reach it: the token
 * filter refuses tokens without it, and {@link CurrentUsers#requireIntegration()} refuses signed-in
 * people (403), so a browser session can never pose as a machine. For which orders the token acts
 * is the supply module's question to the identity policy, not this controller's.
 */
@RestController
class IntegrationEventController {

    static final int MAX_REFERENCE = 100;
    static final int MAX_DETAIL = 2000;

    /** The event type that ends an order's open disruptions (its work items are unblocked). */
    static final String DISRUPTION_RESOLVED = "DISRUPTION_RESOLVED";

    private final SupplierOrders orders;
    private final SupplyDisruptions disruptions;

    IntegrationEventController(SupplierOrders orders, SupplyDisruptions disruptions) {
        this.orders = orders;
        this.disruptions = disruptions;
    }

    /**
     * A disruption of a supplier order the token may act for, delivered to the order's running
     * process: 202. An order it may not act for answers 404 like an unknown one (nothing recorded),
     * a completed order 409, an invalid body 400 with field errors. Type {@code DISRUPTION_RESOLVED}
     * ends the order's open disruptions and unblocks its work items (409 when none is open); its
     * answer's {@code id} is the order's.
     */
    @PostMapping("/api/integrations/events")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Accepted report(@RequestBody(required = false) IntegrationEvent body) {
        IntegrationCaller caller = CurrentUsers.requireIntegration();
        IntegrationEvent event = body == null ? new IntegrationEvent(null, null, null) : body;
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        boolean resolved = event.type() != null
                && DISRUPTION_RESOLVED.equalsIgnoreCase(event.type().trim());
        SupplyDisruption type = resolved ? null : type(event.type(), errors);
        if (event.orderReference() == null || event.orderReference().isBlank()) {
            errors.add(new InvalidInputException.FieldError("orderReference", "is required"));
        } else if (event.orderReference().length() > MAX_REFERENCE) {
            errors.add(new InvalidInputException.FieldError(
                    "orderReference", "must be at most " + MAX_REFERENCE + " characters"));
        }
        if (event.detail() != null && event.detail().length() > MAX_DETAIL) {
            errors.add(new InvalidInputException.FieldError("detail", "must be at most " + MAX_DETAIL + " characters"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("Please correct the highlighted fields.", errors);
        }
        if (resolved) {
            SupplierOrder order = disruptions.resolve(caller, event.orderReference(), event.detail());
            return new Accepted(order.id(), DISRUPTION_RESOLVED, Instant.now());
        }
        SupplierOrder.Disruption disruption =
                orders.reportDisruption(caller, event.orderReference(), type, event.detail());
        return new Accepted(disruption.id(), disruption.type().name(), disruption.reportedAt());
    }

    private static SupplyDisruption type(String value, List<InvalidInputException.FieldError> errors) {
        String allowed = String.join(
                        ", ",
                        Arrays.stream(SupplyDisruption.values()).map(Enum::name).toList()) + ", " + DISRUPTION_RESOLVED;
        if (value == null || value.isBlank()) {
            errors.add(new InvalidInputException.FieldError("type", "is required: one of " + allowed));
            return null;
        }
        try {
            return SupplyDisruption.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new InvalidInputException.FieldError("type", "must be one of " + allowed));
            return null;
        }
    }

    record IntegrationEvent(String type, String orderReference, String detail) {}

    record Accepted(UUID id, String type, Instant receivedAt) {}
}
