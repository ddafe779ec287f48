package io.crossflow.search;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One searchable object as the index holds it. {@code (tenantId, kind, objectId)} identifies it;
 * putting it again replaces it.
 *
 * @param kind what the object is, one of {@link SearchKinds}
 * @param objectId the object's id in its own module
 * @param title the name shown in results and weighted above the body
 * @param body the text to search: a document's extracted text, a page's content, a description
 * @param projectId the object's project; null only for a {@link SearchKinds#HELP} entry of a tenant help page
 * @param audience who besides the project's internal members may find it
 */
public record SearchEntry(
        UUID tenantId,
        UUID projectId,
        String kind,
        String objectId,
        String title,
        String body,
        Audience audience,
        Instant updatedAt) {

    public SearchEntry {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(kind, "kind");
        if (projectId == null && !SearchKinds.HELP.equals(kind)) {
            throw new NullPointerException("projectId");
        }
        Objects.requireNonNull(objectId, "objectId");
        title = title == null ? "" : title;
        body = body == null ? "" : body;
        audience = audience == null ? Audience.INTERNAL : audience;
        updatedAt = updatedAt == null ? Instant.now() : updatedAt;
    }
}
