package io.crossflow.page.internal;

import java.time.Instant;
import java.util.UUID;

/** A page as it is now: its latest version's title and content, and who it is shared with. */
public record Page(
        UUID id,
        UUID tenantId,
        UUID projectId,
        String title,
        String content,
        int version,
        Sharing sharing,
        UUID createdBy,
        Instant createdAt,
        UUID updatedBy,
        Instant updatedAt) {

    PageVersion current() {
        return new PageVersion(version, title, content, updatedBy, updatedAt);
    }
}
