package io.crossflow.workflow;

import java.util.Locale;
import java.util.UUID;

/**
 * Candidate groups for tenant-wide roles, beside {@link CandidateGroups}' organisation and project
 * ones: {@code tenant:<tenantId>:<CAPABILITY>}, e.g. everyone with capability MANAGER in the
 * tenant. Used by the higher levels of the {@code approval} process.
 */
public final class TenantCandidateGroups {

    private TenantCandidateGroups() {}

    /** Everyone holding the capability (e.g. {@code MANAGER}, {@code TENANT_ADMIN}) in the tenant. */
    public static String tenantRole(UUID tenantId, String capability) {
        return "tenant:" + tenantId + ":" + capability.toUpperCase(Locale.ROOT);
    }
}
