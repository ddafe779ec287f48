package io.crossflow.ticket.internal;

import io.crossflow.identity.CurrentUser;
import io.crossflow.notification.PathTarget;
import io.crossflow.ticket.Tickets;
import java.util.UUID;
import java.util.regex.MatchResult;
import org.springframework.stereotype.Component;

/**
 * Links to tickets ({@code /tickets/<id>}): the ticket if the recipient sees it, else its project;
 * none for a support request without a project that the recipient does not see.
 */
@Component
class TicketNotificationTarget extends PathTarget {

    private final Tickets tickets;

    TicketNotificationTarget(Tickets tickets) {
        super("^/tickets/([0-9a-fA-F-]{36})$");
        this.tickets = tickets;
    }

    @Override
    protected String visible(CurrentUser recipient, UUID id, MatchResult link) {
        return "/tickets/" + tickets.visible(recipient, id).id();
    }

    @Override
    protected String ancestor(CurrentUser recipient, UUID id, MatchResult link) {
        return tickets.find(recipient.tenantId(), id)
                .filter(t -> t.projectId() != null)
                .map(t -> "/projects/" + t.projectId())
                .orElse(null);
    }
}
