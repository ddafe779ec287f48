package io.crossflow.identity;

import java.time.Instant;
import java.util.UUID;

/**
 * Someone asked for a password reset of this user's account: the user is to be mailed the link.
 * Published in the requesting transaction; {@code linkPath} carries the secret, so it goes by
 * e-mail only and is not kept once delivered.
 */
public record PasswordResetRequested(UUID tenantId, UUID userId, String linkPath, Instant expiresAt) {}
