package io.crossflow.document;

import java.time.Instant;
import java.util.UUID;

/**
 * A document as its readers see it.
 *
 * @param ownerOrganisationId the organisation of the uploader; a partner may add versions to its own
 * @param latest the newest version
 */
public record Document(
        UUID id,
        UUID tenantId,
        UUID projectId,
        TargetType targetType,
        String targetId,
        String processInstanceId,
        DocumentType type,
        String name,
        Sharing sharing,
        UUID ownerOrganisationId,
        UUID createdBy,
        Instant createdAt,
        DocumentVersion latest) {}
