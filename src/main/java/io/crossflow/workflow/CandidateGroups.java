package io.crossflow.workflow;

import java.util.Locale;
import java.util.UUID;

/**
 * The candidate-group names Crossflow's processes use. The inbox read model resolves a caller's
 * groups with the same functions, so a BPMN model and the inbox can never disagree.
 */
public final class CandidateGroups {

    private CandidateGroups() {}

    /** Everyone in the organisation: {@code org:<organisationId>}. */
    public static String organisation(UUID organisationId) {
        return "org:" + organisationId;
    }

    /** Everyone holding the role in the project: {@code project:<projectId>:<ROLE>}. */
    public static String projectRole(UUID projectId, String role) {
        return "project:" + projectId + ":" + role.toUpperCase(Locale.ROOT);
    }

    /**
     * Everyone in the tenant holding an internal capability (e.g. {@code MANAGER},
     * {@code TENANT_ADMIN}): {@code tenant:<tenantId>:<CAPABILITY>}. Used by the higher levels of
     * the {@code approval} process.
     */
    public static String tenantRole(UUID tenantId, String capability) {
        return "tenant:" + tenantId + ":" + capability.toUpperCase(Locale.ROOT);
    }

    /** A single user, for candidate users: {@code user:<userId>}. */
    public static String user(String userId) {
        return "user:" + userId;
    }
}
