package io.crossflow.inbox;

import java.time.Instant;
import java.util.UUID;

/** A comment on a task of a process instance; {@code taskTitle} names the step it was written on. */
public record TaskComment(
        UUID id, String taskId, String taskTitle, UUID authorId, String authorName, String text, Instant createdAt) {}
