package io.crossflow.inbox;

import java.time.Instant;
import java.util.UUID;

/**
 * A page of the caller's inbox.
 *
 * @param projectId only tasks of this project, or null
 * @param dueBefore only tasks due at or before this instant, or null
 * @param text only tasks whose title, project, process or business key contains it, or null
 */
public record InboxQuery(int page, int size, UUID projectId, Instant dueBefore, String text) {}
