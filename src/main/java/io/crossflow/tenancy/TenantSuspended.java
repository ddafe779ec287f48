package io.crossflow.tenancy;

import java.util.UUID;

/**
 * Published inside the suspending transaction: the tenant's users are signed out at their next
 * request, and the modules that run work on a schedule (the engine's jobs, the outbox, automation)
 * pause it. Nothing is deleted.
 */
public record TenantSuspended(UUID tenantId) {}
