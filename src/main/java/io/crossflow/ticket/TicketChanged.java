package io.crossflow.ticket;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * A ticket was raised, moved to another stage, or closed. Published inside the changing
 * transaction; carries what audit and notifications need to scope and address it.
 *
 * @param number the ticket's number, e.g. {@code PRJ-1-CR-7}
 * @param type {@code CHANGE_REQUEST}, {@code ISSUE}, {@code COMPLAINT} or {@code SUPPORT_REQUEST}
 * @param previousStage null when raised
 * @param actorId the user who caused the change; null when a process timer did
 * @param routedOrganisationIds partner organisations the ticket is routed to (they may see it)
 * @param customerVisible whether the project's customers may see the ticket
 */
public record TicketChanged(
        UUID tenantId,
        UUID projectId,
        UUID ticketId,
        String number,
        String type,
        String stage,
        String previousStage,
        UUID actorId,
        UUID reporterUserId,
        UUID reporterOrganisationId,
        Set<UUID> routedOrganisationIds,
        boolean customerVisible,
        Instant at) {

    public TicketChanged {
        routedOrganisationIds = Set.copyOf(routedOrganisationIds);
    }
}
