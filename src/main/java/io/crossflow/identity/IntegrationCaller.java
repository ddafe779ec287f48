package io.crossflow.identity;

import java.util.UUID;

/**
 * The caller of an integration request: an API token with the {@code integration} scope, its
 * owner as it is now, and for whom it acts ({@link ApiTokenPolicy#reach}); obtained only through
 * {@link CurrentUsers#requireIntegration()}.
 *
 * @param reach null when the owner may no longer hold the scope: the integration acts for nobody
 */
public record IntegrationCaller(CurrentUser user, IntegrationReach reach) {

    /**
     * Whether it may act for an object of this tenant that belongs to this organisation (e.g. a
     * supplier order and its supplier). Objects it may not act for must answer as missing ones.
     */
    public boolean actsFor(UUID tenantId, UUID organisationId) {
        return reach != null && reach.actsFor(tenantId, organisationId);
    }
}
