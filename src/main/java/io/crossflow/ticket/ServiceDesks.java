package io.crossflow.ticket;

import io.crossflow.identity.AdministrativeChange;
import io.crossflow.identity.Capability;
import io.crossflow.identity.CurrentUser;
import io.crossflow.notification.NotificationRequested;
import io.crossflow.shared.ForbiddenException;
import io.crossflow.shared.InvalidInputException;
import io.crossflow.shared.NotFoundException;
import io.crossflow.ticket.internal.ServiceDeskStore;
import io.crossflow.ticket.internal.TicketStore;
import io.crossflow.workflow.CandidateGroups;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each tenant's service desk (docs/administration.md, "Service channel"): its admins choose which
 * internal capability's holders answer support requests, the first-response and resolution SLAs
 * and whether the desk is open. A tenant that configured nothing has the deployment's capability
 * ({@code crossflow.ticket.support-service-desk-capability}), {@value #DEFAULT_FIRST_RESPONSE_HOURS} h
 * and {@value #DEFAULT_RESOLUTION_HOURS} h, open. Every save is an {@link AdministrativeChange}.
 */
@Service
public class ServiceDesks {

    public static final int DEFAULT_FIRST_RESPONSE_HOURS = 24;
    public static final int DEFAULT_RESOLUTION_HOURS = 120;
    static final int MAX_FIRST_RESPONSE_HOURS = 720;
    static final int MAX_RESOLUTION_HOURS = 2160;

    /** The capabilities whose holders may form a desk: the internal ones of people (not operators). */
    public static final List<Capability> DESK_CAPABILITIES =
            List.of(Capability.MANAGER, Capability.MEMBER, Capability.TENANT_ADMIN, Capability.DESIGNER);

    private final ServiceDeskStore store;
    private final TicketStore tickets;
    private final TicketProperties settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ServiceDesks(
            ServiceDeskStore store,
            TicketStore tickets,
            TicketProperties settings,
            ApplicationEventPublisher events,
            ObjectProvider<Clock> clock) {
        this.store = store;
        this.tickets = tickets;
        this.settings = settings;
        this.events = events;
        this.clock = clock.getIfUnique(Clock::systemUTC);
    }

    /** The candidate group of the tenant's desk: {@code tenant:<tenantId>:<capability>}. */
    public String group(UUID tenantId) {
        return CandidateGroups.tenantRole(tenantId, of(tenantId).capability());
    }

    /**
     * A support request's resolution SLA: due at raising plus the desk's resolution hours; breached
     * once its timer fired, or (between the timer's runs) once it is past due and still open.
     * Empty for other tickets and for requests raised before the desk had one.
     */
    @Transactional(readOnly = true)
    public Optional<ResolutionSla> resolution(Ticket ticket) {
        if (ticket.type() != TicketType.SUPPORT_REQUEST) {
            return Optional.empty();
        }
        return store.resolution(ticket.id())
                .map(r -> new ResolutionSla(
                        r.dueAt(),
                        r.breachedAt() != null
                                || (ticket.closedAt() == null ? clock.instant() : ticket.closedAt())
                                        .isAfter(r.dueAt())));
    }

    /** When a support request must be resolved, and whether that time ran out first. */
    public record ResolutionSla(Instant due, boolean breached) {}

    /** Records the resolution due date of a support request just raised; inside the raising transaction. */
    void recordResolutionDue(Ticket ticket, ServiceDesk desk) {
        store.insertResolution(ticket.id(), ticket.createdAt().plus(desk.resolution()));
    }

    /**
     * The resolution timer of an open support request fired: it shows breached, and the desk and
     * the tenant's admins are told, once per request. Runs inside the engine's transaction.
     */
    @Transactional
    public void resolutionBreached(UUID tenantId, UUID ticketId) {
        Ticket ticket = tickets.find(tenantId, ticketId).orElseThrow(() -> new NotFoundException("Ticket"));
        if (ticket.closedAt() != null || !store.markResolutionBreached(ticketId, clock.instant())) {
            return;
        }
        events.publishEvent(new NotificationRequested(
                tenantId,
                Set.of(),
                Set.of(),
                Set.of(group(tenantId), CandidateGroups.tenantRole(tenantId, Capability.TENANT_ADMIN.name())),
                "TICKET_RESOLUTION_BREACHED",
                Map.of("number", ticket.number(), "title", ticket.title()),
                "/tickets/" + ticket.id(),
                "ticket:" + ticketId + ":resolution"));
    }

    /** The tenant's desk, or the deployment's default when it configured none. */
    @Transactional(readOnly = true)
    public ServiceDesk of(UUID tenantId) {
        return store.find(tenantId)
                .orElseGet(() -> new ServiceDesk(
                        tenantId,
                        settings.supportServiceDeskCapability().toUpperCase(Locale.ROOT),
                        DEFAULT_FIRST_RESPONSE_HOURS,
                        DEFAULT_RESOLUTION_HOURS,
                        true,
                        false,
                        null));
    }

    /** The caller's tenant's desk; tenant admins only (403). */
    @Transactional(readOnly = true)
    public ServiceDesk get(CurrentUser caller) {
        requireAdmin(caller);
        return of(caller.tenantId());
    }

    /** What a tenant admin saves. */
    public record Settings(String capability, Integer firstResponseHours, Integer resolutionHours, Boolean open) {}

    /** Saves the caller's tenant's desk after checking every field; a refused save changes nothing. */
    @Transactional
    public ServiceDesk save(CurrentUser caller, Settings request) {
        requireAdmin(caller);
        if (request == null) {
            throw new InvalidInputException(
                    "Please correct the highlighted fields.",
                    List.of(new InvalidInputException.FieldError("capability", "is required")));
        }
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        String capability =
                request.capability() == null ? "" : request.capability().trim().toUpperCase(Locale.ROOT);
        if (capability.isEmpty()) {
            errors.add(new InvalidInputException.FieldError("capability", "is required"));
        } else if (DESK_CAPABILITIES.stream().noneMatch(c -> c.name().equals(capability))) {
            errors.add(new InvalidInputException.FieldError(
                    "capability",
                    "must be one of the internal groups: manager, member, tenant admin or process designer"));
        }
        Integer first = request.firstResponseHours();
        if (first == null) {
            errors.add(new InvalidInputException.FieldError("firstResponseHours", "is required"));
        } else if (first < 1 || first > MAX_FIRST_RESPONSE_HOURS) {
            errors.add(new InvalidInputException.FieldError(
                    "firstResponseHours", "must be between 1 and " + MAX_FIRST_RESPONSE_HOURS + " hours"));
        }
        Integer resolution = request.resolutionHours();
        if (resolution == null) {
            errors.add(new InvalidInputException.FieldError("resolutionHours", "is required"));
        } else if (resolution < 1 || resolution > MAX_RESOLUTION_HOURS) {
            errors.add(new InvalidInputException.FieldError(
                    "resolutionHours", "must be between 1 and " + MAX_RESOLUTION_HOURS + " hours"));
        } else if (first != null && resolution < first) {
            errors.add(new InvalidInputException.FieldError(
                    "resolutionHours", "must not be shorter than the first-response time"));
        }
        if (request.open() == null) {
            errors.add(new InvalidInputException.FieldError("open", "is required"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("Please correct the highlighted fields.", errors);
        }
        ServiceDesk before = of(caller.tenantId());
        ServiceDesk after = new ServiceDesk(
                caller.tenantId(),
                capability,
                first,
                resolution,
                request.open(),
                true,
                Instant.now().truncatedTo(ChronoUnit.MICROS));
        store.save(after, caller.id());
        Map<String, AdministrativeChange.Change> changes = AdministrativeChange.diff(fields(before), fields(after));
        events.publishEvent(AdministrativeChange.by(
                caller, "SERVICE_DESK", caller.tenantId(), before.configured() ? "UPDATED" : "CREATED", changes));
        return of(caller.tenantId());
    }

    private static Map<String, Object> fields(ServiceDesk desk) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("capability", desk.capability());
        out.put("firstResponseHours", desk.firstResponseHours());
        out.put("resolutionHours", desk.resolutionHours());
        out.put("open", desk.open());
        return out;
    }

    private static void requireAdmin(CurrentUser caller) {
        if (!caller.internal() || !caller.has(Capability.TENANT_ADMIN)) {
            throw new ForbiddenException("Only a tenant administrator may configure the service desk.");
        }
    }
}
