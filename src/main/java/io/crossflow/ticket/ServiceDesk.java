package io.crossflow.ticket;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A tenant's service desk: who answers its support requests and how fast.
 *
 * @param capability the internal capability whose holders form the desk (candidate group
 *     {@code tenant:<tenantId>:<capability>})
 * @param firstResponseHours hours the desk has for its first answer
 * @param resolutionHours hours from raising until the request must be closed
 * @param open whether partners and customers may raise support requests now
 * @param configured false while the tenant uses the deployment's defaults
 * @param updatedAt when a tenant admin last saved it; null while not configured
 */
public record ServiceDesk(
        UUID tenantId,
        String capability,
        int firstResponseHours,
        int resolutionHours,
        boolean open,
        boolean configured,
        Instant updatedAt) {

    public Duration firstResponse() {
        return Duration.ofHours(firstResponseHours);
    }

    public Duration resolution() {
        return Duration.ofHours(resolutionHours);
    }
}
