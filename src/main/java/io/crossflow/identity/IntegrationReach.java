package io.crossflow.identity;

import java.util.Objects;
import java.util.UUID;

/**
 * For whom an integration acts ({@link ApiTokenPolicy#reach}): every organisation of its tenant,
 * or only one.
 *
 * @param organisationId null for the whole tenant (an internal service user); else the partner
 *     organisation a partner manager's token acts for
 */
public record IntegrationReach(UUID tenantId, UUID organisationId) {

    public IntegrationReach {
        Objects.requireNonNull(tenantId, "tenantId");
    }

    /** Whether the integration may act for an object of this tenant that belongs to this organisation. */
    public boolean actsFor(UUID objectTenantId, UUID objectOrganisationId) {
        return tenantId.equals(objectTenantId)
                && (organisationId == null || organisationId.equals(objectOrganisationId));
    }
}
