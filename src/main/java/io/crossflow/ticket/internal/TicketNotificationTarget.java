package io.crossflow.ticket.internal;

import io.crossflow.identity.CurrentUser;
import io.crossflow.notification.NotificationTarget;
import io.crossflow.shared.NotFoundException;
import io.crossflow.ticket.Tickets;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Links to tickets ({@code /tickets/<id>}): the ticket if the recipient sees it, else its project;
 * none for a support request without a project that the recipient does not see.
 */
@Component
class TicketNotificationTarget implements NotificationTarget {

    private static final Pattern TICKET = Pattern.compile("^/tickets/([0-9a-fA-F-]{36})$");

    private final Tickets tickets;

    TicketNotificationTarget(Tickets tickets) {
        this.tickets = tickets;
    }

    @Override
    public boolean owns(String link) {
        return TICKET.matcher(link).matches();
    }

    @Override
    public String nearestVisible(CurrentUser recipient, String link) {
        var matcher = TICKET.matcher(link);
        if (!matcher.matches()) {
            return null;
        }
        UUID id = UUID.fromString(matcher.group(1));
        try {
            return "/tickets/" + tickets.visible(recipient, id).id();
        } catch (NotFoundException e) {
            return tickets.find(recipient.tenantId(), id)
                    .filter(t -> t.projectId() != null)
                    .map(t -> "/projects/" + t.projectId())
                    .orElse(null);
        }
    }
}
