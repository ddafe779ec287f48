package io.crossflow.ticket;

import io.crossflow.shared.Priority;
import java.util.List;
import java.util.UUID;

/**
 * A ticket to raise on a project.
 *
 * @param affectedWorkItemIds work items of the project the caller sees; may be empty
 * @param routedOrganisationId a partner organisation of the project that assesses or handles it; may be null
 * @param priority ignored for a complaint, whose priority follows {@code severity}; null for NORMAL
 * @param severity a complaint's (null for MAJOR); refused for other types
 */
public record NewTicket(
        TicketType type,
        String title,
        String description,
        List<UUID> affectedWorkItemIds,
        UUID routedOrganisationId,
        Priority priority,
        Severity severity) {

    public NewTicket {
        affectedWorkItemIds = affectedWorkItemIds == null ? List.of() : List.copyOf(affectedWorkItemIds);
    }

    public NewTicket(
            TicketType type,
            String title,
            String description,
            List<UUID> affectedWorkItemIds,
            UUID routedOrganisationId) {
        this(type, title, description, affectedWorkItemIds, routedOrganisationId, null, null);
    }

    /** A complaint's priority follows its severity (MAJOR when none is given); others' is as asked, NORMAL by default. */
    public Priority effectivePriority() {
        if (type == TicketType.COMPLAINT) {
            return (severity == null ? Severity.MAJOR : severity).priority();
        }
        return priority == null ? Priority.NORMAL : priority;
    }
}
