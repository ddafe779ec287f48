package io.crossflow.identity;

import java.util.UUID;

/** What other modules may know of a user: enough to show and to address it. */
public record UserSummary(
        UUID id,
        UUID tenantId,
        UUID organisationId,
        String username,
        String displayName,
        String email,
        String language) {}
