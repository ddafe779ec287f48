package io.crossflow.workflow;

import java.util.Set;
import java.util.UUID;

/**
 * Names the candidate groups ({@link CandidateGroups}) a user belongs to. Implemented by the module
 * that owns organisations and project roles, so the engine's identity view and the inbox agree
 * without {@code workflow} depending on it.
 */
public interface GroupDirectory {

    /** The groups of the user in its tenant; empty for an unknown user or another tenant. */
    Set<String> groupsOf(UUID tenantId, UUID userId);
}
