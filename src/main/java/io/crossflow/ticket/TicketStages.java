package io.crossflow.ticket;

import io.crossflow.notification.NotificationRequested;
import io.crossflow.shared.NotFoundException;
import io.crossflow.ticket.internal.TicketStore;
import io.crossflow.workflow.CandidateGroups;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves tickets through their stages, for the ticket processes: every move is recorded in the
 * ticket's history, publishes {@link TicketChanged} and tells the reporter
 * ({@link NotificationRequested}); SLA breaches and escalations notify the people who must act.
 * Runs inside the engine's transaction.
 */
@Service
public class TicketStages {

    public static final String RAISED = "RAISED";
    public static final String CLOSED = "CLOSED";
    public static final String REJECTED = "REJECTED";

    private final TicketStore store;
    private final ApplicationEventPublisher events;
    private final ServiceDesks serviceDesks;

    TicketStages(TicketStore store, ApplicationEventPublisher events, ServiceDesks serviceDesks) {
        this.store = store;
        this.events = events;
        this.serviceDesks = serviceDesks;
    }

    /**
     * The ticket entered a stage that is due at {@code dueAt} (null: no SLA).
     *
     * @param actorId who moved it there; null when the process did on its own (a timer). Right
     *     after raising, the reporter counts as the actor.
     */
    @Transactional
    public void enter(UUID tenantId, UUID ticketId, String stage, Instant dueAt, UUID actorId, String note) {
        move(tenantId, ticketId, stage, dueAt, actorId, note, false);
    }

    /** The ticket is done: {@link #CLOSED} or {@link #REJECTED}. */
    @Transactional
    public void finish(UUID tenantId, UUID ticketId, String stage, UUID actorId, String note) {
        move(tenantId, ticketId, stage, null, actorId, note, true);
    }

    /**
     * The current stage's SLA ran out: the ticket shows it breached and the project's managers
     * are told.
     */
    @Transactional
    public void slaBreached(UUID tenantId, UUID ticketId) {
        Ticket ticket = ticket(tenantId, ticketId);
        String stage = ticket.stage();
        if (!store.markBreached(ticketId, stage)) {
            return;
        }
        events.publishEvent(new NotificationRequested(
                tenantId,
                Set.of(),
                Set.of(),
                Set.of(slaGroup(ticket)),
                "TICKET_SLA_BREACHED",
                params(ticket, stage),
                link(ticket),
                "ticket:" + ticketId + ":sla:" + stage + ":" + ticket.stageDueAt()));
    }

    /**
     * The ticket reached an escalation level: the level's people are notified, exactly once per
     * ticket and level however often the level is reached. Returns whether this was the first time.
     */
    @Transactional
    public boolean escalate(UUID tenantId, UUID ticketId, String level, String candidateGroup) {
        Ticket ticket = ticket(tenantId, ticketId);
        if (!store.recordEscalation(ticketId, level)) {
            return false;
        }
        events.publishEvent(new NotificationRequested(
                tenantId,
                Set.of(),
                Set.of(),
                Set.of(candidateGroup),
                "TICKET_ESCALATED",
                Map.of("number", ticket.number(), "title", ticket.title(), "level", level),
                link(ticket),
                "ticket:" + ticketId + ":" + level));
        return true;
    }

    /** The ticket is now routed to a partner organisation, which from now on sees it. */
    @Transactional
    public void route(UUID tenantId, UUID ticketId, UUID organisationId) {
        ticket(tenantId, ticketId);
        store.setRouted(ticketId, organisationId);
        events.publishEvent(new TicketShared(tenantId, ticketId));
    }

    /** The project's customers see the ticket from now on (e.g. to sign a change off). */
    @Transactional
    public void shareWithCustomers(UUID tenantId, UUID ticketId) {
        ticket(tenantId, ticketId);
        store.shareWithCustomers(ticketId);
        events.publishEvent(new TicketShared(tenantId, ticketId));
    }

    /** Publishes the raising of a ticket; {@link Tickets} calls it in the raising transaction. */
    void raised(Ticket ticket) {
        events.publishEvent(changed(ticket, RAISED, null, ticket.reporterUserId()));
    }

    private void move(
            UUID tenantId, UUID ticketId, String stage, Instant dueAt, UUID actorId, String note, boolean closes) {
        Ticket before = store.lock(tenantId, ticketId).orElseThrow(() -> new NotFoundException("Ticket"));
        UUID actor = actorId == null && RAISED.equals(before.stage()) ? before.reporterUserId() : actorId;
        long change = store.moveTo(before, stage, dueAt, actor, note, closes);
        Ticket after = ticket(tenantId, ticketId);
        events.publishEvent(changed(after, stage, before.stage(), actor));
        events.publishEvent(new NotificationRequested(
                tenantId,
                Set.of(after.reporterUserId()),
                Set.of(),
                Set.of(),
                "TICKET_STAGE_CHANGED",
                params(after, stage),
                link(after),
                "ticket:" + ticketId + ":stage-change:" + change));
    }

    /** Who hears of a breached stage: the project's managers; for a support request without a project, the desk. */
    private String slaGroup(Ticket ticket) {
        return ticket.projectId() == null
                ? serviceDesks.group(ticket.tenantId())
                : CandidateGroups.projectRole(ticket.projectId(), "MANAGER");
    }

    private Ticket ticket(UUID tenantId, UUID ticketId) {
        return store.find(tenantId, ticketId).orElseThrow(() -> new NotFoundException("Ticket"));
    }

    private static TicketChanged changed(Ticket t, String stage, String previousStage, UUID actorId) {
        return new TicketChanged(
                t.tenantId(),
                t.projectId(),
                t.id(),
                t.number(),
                t.type().name(),
                stage,
                previousStage,
                actorId,
                t.reporterUserId(),
                t.reporterOrganisationId(),
                t.routedOrganisationId() == null ? Set.of() : Set.of(t.routedOrganisationId()),
                t.customerVisible(),
                Instant.now());
    }

    private static Map<String, String> params(Ticket t, String stage) {
        return Map.of("number", t.number(), "title", t.title(), "stage", stage);
    }

    private static String link(Ticket t) {
        return "/tickets/" + t.id();
    }
}
