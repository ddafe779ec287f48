package io.crossflow.inbox;

import java.time.Instant;
import java.util.UUID;

/**
 * A page of the caller's inbox.
 *
 * @param projectId only tasks of this project, or null
 * @param dueBefore only tasks due at or before this instant, or null
 * @param text only tasks whose title, project, process or business key contains it, or null
 * @param minPriority only tasks of at least this priority, or null
 * @param sort the order of the page; null for {@link InboxSort#DUE}
 * @param dueFrom only tasks due after this instant (not yet overdue at it), or null
 * @param assignedToMe only tasks the caller holds (claimed or assigned to it)
 */
public record InboxQuery(
        int page,
        int size,
        UUID projectId,
        Instant dueBefore,
        String text,
        Integer minPriority,
        InboxSort sort,
        Instant dueFrom,
        boolean assignedToMe) {

    public InboxQuery {
        sort = sort == null ? InboxSort.DUE : sort;
    }

    public InboxQuery(
            int page, int size, UUID projectId, Instant dueBefore, String text, Integer minPriority, InboxSort sort) {
        this(page, size, projectId, dueBefore, text, minPriority, sort, null, false);
    }

    public InboxQuery(int page, int size, UUID projectId, Instant dueBefore, String text) {
        this(page, size, projectId, dueBefore, text, null, null);
    }
}
