package io.crossflow.document;

import java.time.Instant;
import java.util.UUID;

/**
 * A document was created, got a version, was restored, re-shared or deleted. Published inside the
 * changing transaction (the audit trail records it there).
 *
 * @param action {@code CREATED}, {@code VERSION_ADDED}, {@code RESTORED}, {@code SHARED} or {@code DELETED}
 */
public record DocumentChanged(
        UUID tenantId,
        UUID projectId,
        UUID documentId,
        String name,
        String action,
        int version,
        Sharing sharing,
        UUID actorId,
        Instant at) {}
