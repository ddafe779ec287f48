package io.crossflow.identity;

import java.util.UUID;

/**
 * A tenant admin deactivated a partner or customer organisation; its users were deactivated
 * first (one {@link UserDeactivated} each). Published inside the deactivating transaction:
 * listeners move the organisation's open work to the project's internal managers.
 */
public record OrganisationDeactivated(UUID tenantId, UUID organisationId) {}
