package io.crossflow.identity;

import java.time.Instant;
import java.util.UUID;

/**
 * A user's username was locked by failed sign-ins (someone else's, maybe). Published inside the
 * transaction that locked it, so the user is told by e-mail exactly once per lock, and only if the
 * lock is recorded. The path holds a single-use secret: it is for the user's e-mail only, never for
 * a list or a log.
 *
 * @param unlockPath the web app path that unlocks the username, e.g. {@code /unlock?token=…}
 * @param lockedUntil when the lock ends by itself
 * @param linkExpiresAt after this the link no longer unlocks
 */
public record SignInLocked(UUID tenantId, UUID userId, String unlockPath, Instant lockedUntil, Instant linkExpiresAt) {}
