package io.crossflow.ticket;

import java.util.List;

/** A ticket with its history, oldest first. */
public record TicketDetails(Ticket ticket, List<StageChange> history) {

    public TicketDetails {
        history = List.copyOf(history);
    }
}
