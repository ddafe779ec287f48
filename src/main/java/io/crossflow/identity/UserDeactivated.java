package io.crossflow.identity;

import java.util.UUID;

/**
 * A tenant admin deactivated a user (or its whole organisation). Published inside the deactivating
 * transaction, so listeners that hand the user's work back (its claimed tasks return to their
 * candidates) commit or roll back with it. The user's history stays attributed to it.
 */
public record UserDeactivated(UUID tenantId, UUID userId) {}
