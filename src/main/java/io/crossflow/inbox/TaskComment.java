package io.crossflow.inbox;

import java.time.Instant;
import java.util.UUID;

/**
 * A comment in a process instance's thread; {@code taskTitle} names the step it was written on, or,
 * for one written on the page of the instance's object (a ticket; {@code taskId} null), that object.
 */
public record TaskComment(
        UUID id, String taskId, String taskTitle, UUID authorId, String authorName, String text, Instant createdAt) {}
