package io.crossflow.ticket;

import java.util.UUID;

/**
 * Who may see a ticket changed without a change of stage: it was routed to a partner organisation
 * or shared with the project's customers. Published inside the changing transaction, for read
 * models that store a ticket's audience (search); people are told through {@link TicketChanged}.
 */
public record TicketShared(UUID tenantId, UUID ticketId) {}
