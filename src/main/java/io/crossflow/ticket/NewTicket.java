package io.crossflow.ticket;

import java.util.List;
import java.util.UUID;

/**
 * A ticket to raise on a project.
 *
 * @param affectedWorkItemIds work items of the project the caller sees; may be empty
 * @param routedOrganisationId a partner organisation of the project that assesses or handles it; may be null
 */
public record NewTicket(
        TicketType type, String title, String description, List<UUID> affectedWorkItemIds, UUID routedOrganisationId) {

    public NewTicket {
        affectedWorkItemIds = affectedWorkItemIds == null ? List.of() : List.copyOf(affectedWorkItemIds);
    }
}
