package io.crossflow.project;

import java.time.Instant;
import java.util.UUID;

/**
 * An organisation joined a project, or an internal user joined it or changed role. Published
 * inside the changing transaction.
 *
 * @param organisationId set when an organisation joined
 * @param userId set when a user joined or changed role
 * @param role the participant or project role, by name
 */
public record ProjectMembershipChanged(
        UUID tenantId, UUID projectId, UUID actorId, UUID organisationId, UUID userId, String role, Instant at) {}
