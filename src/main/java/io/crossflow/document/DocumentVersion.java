package io.crossflow.document;

import java.time.Instant;
import java.util.UUID;

/**
 * One stored version of a document.
 *
 * @param contentType detected from the bytes, never the client's claim
 * @param fileName the sanitised display name; never used as a storage path
 * @param restoredFrom the earlier version this one restores, or null
 * @param indexedAt when its text reached the search index (after extraction), or null
 */
public record DocumentVersion(
        UUID documentId,
        int number,
        long size,
        String sha256,
        String contentType,
        String fileName,
        Integer restoredFrom,
        UUID uploadedBy,
        Instant uploadedAt,
        ExtractionStatus extractionStatus,
        String extractionError,
        Instant indexedAt) {}
