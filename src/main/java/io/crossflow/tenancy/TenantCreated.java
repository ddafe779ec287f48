package io.crossflow.tenancy;

import java.util.UUID;

/** Published inside the creating transaction; the workflow module deploys the tenant's processes on it. */
public record TenantCreated(UUID tenantId) {}
