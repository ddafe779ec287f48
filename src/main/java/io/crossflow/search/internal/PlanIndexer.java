package io.crossflow.search.internal;

import io.crossflow.project.WorkItem;
import io.crossflow.project.WorkItemChanged;
import io.crossflow.project.WorkItems;
import io.crossflow.search.Audience;
import io.crossflow.search.SearchEntry;
import io.crossflow.search.SearchKinds;
import io.crossflow.ticket.Ticket;
import io.crossflow.ticket.TicketChanged;
import io.crossflow.ticket.TicketShared;
import io.crossflow.ticket.Tickets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Indexes work items and tickets. Listens synchronously, in the changing transaction (like the
 * audit trail): the object and its index entry commit or roll back together, so search never
 * shows what the object no longer says, nor to whom it is no longer shared. The audience mirrors
 * {@link io.crossflow.project.Standing}: a work item is found by its assignee's organisation (and
 * a partner user it is assigned to), by customers when it is a milestone; a ticket by its
 * reporter's organisation and the one it is routed to, by customers when shared with them
 * ({@code Standing.seesTicket}).
 */
@Component
class PlanIndexer {

    private final JdbcSearchIndex index;
    private final WorkItems workItems;
    private final Tickets tickets;

    PlanIndexer(JdbcSearchIndex index, WorkItems workItems, Tickets tickets) {
        this.index = index;
        this.workItems = workItems;
        this.tickets = tickets;
    }

    @EventListener
    void on(WorkItemChanged event) {
        workItems.find(event.tenantId(), event.workItemId()).ifPresent(this::index);
    }

    @EventListener
    void on(TicketChanged event) {
        tickets.find(event.tenantId(), event.ticketId()).ifPresent(this::index);
    }

    @EventListener
    void on(TicketShared event) {
        tickets.find(event.tenantId(), event.ticketId()).ifPresent(this::index);
    }

    void index(WorkItem item) {
        index.put(
                new SearchEntry(
                        item.tenantId(),
                        item.projectId(),
                        SearchKinds.WORK_ITEM,
                        item.id().toString(),
                        item.title(),
                        item.description(),
                        Audience.of(Arrays.asList(item.assigneeOrganisationId()), item.milestone()),
                        Instant.now()),
                Arrays.asList(item.assigneeUserId()));
    }

    /** A ticket of a project; a support request without one is no project's and never found by search. */
    void index(Ticket ticket) {
        if (ticket.projectId() == null) {
            return;
        }
        List<java.util.UUID> organisations = new ArrayList<>();
        organisations.add(ticket.reporterOrganisationId());
        organisations.add(ticket.routedOrganisationId());
        index.put(new SearchEntry(
                ticket.tenantId(),
                ticket.projectId(),
                SearchKinds.TICKET,
                ticket.id().toString(),
                ticket.number() + " " + ticket.title(),
                ticket.description(),
                Audience.of(organisations, ticket.customerVisible()),
                ticket.closedAt() != null ? ticket.closedAt() : Instant.now()));
    }
}
