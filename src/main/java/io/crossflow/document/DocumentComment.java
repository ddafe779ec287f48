package io.crossflow.document;

import java.time.Instant;
import java.util.UUID;

/** A comment on a document, optionally on one of its versions. */
public record DocumentComment(
        UUID id, UUID documentId, Integer version, UUID authorId, String body, Instant createdAt) {}
