package io.crossflow.tenancy;

import java.util.UUID;

/** Published inside the resuming transaction: what {@link TenantSuspended} paused runs again. */
public record TenantResumed(UUID tenantId) {}
