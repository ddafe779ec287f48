package io.crossflow.identity;

import java.util.UUID;

/** An organisation inside a tenant. */
public record Organisation(UUID id, UUID tenantId, String name, OrganisationKind kind) {}
