package io.crossflow.ticket;

import io.crossflow.identity.Capability;
import io.crossflow.identity.CurrentUser;
import io.crossflow.identity.OrganisationKind;
import io.crossflow.identity.Organisations;
import io.crossflow.project.ParticipantRole;
import io.crossflow.project.ProjectAccess;
import io.crossflow.project.Standing;
import io.crossflow.project.WorkItem;
import io.crossflow.project.WorkItems;
import io.crossflow.shared.ConflictException;
import io.crossflow.shared.ForbiddenException;
import io.crossflow.shared.InvalidInputException;
import io.crossflow.shared.NotFoundException;
import io.crossflow.ticket.internal.TicketStore;
import io.crossflow.ticket.process.ChangeRequest;
import io.crossflow.ticket.process.IssueEscalation;
import io.crossflow.ticket.process.SupportRequest;
import io.crossflow.workflow.CandidateGroups;
import io.crossflow.workflow.ProcessVariables;
import io.crossflow.workflow.Processes;
import io.crossflow.workflow.StartProcess;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Raises tickets and reads them under the access policy ({@link Standing#seesTicket}): a ticket
 * the caller may not see does not exist for it (404). A support request without a project
 * ({@link #raiseWithoutProject}) is seen by the requester's organisation, the tenant's service desk
 * and its tenant admins, never by another partner or customer.
 */
@Service
public class Tickets {

    static final int MAX_TITLE = 200;
    static final int MAX_DESCRIPTION = 5000;

    static final String OUTSIDERS_ONLY = "Support requests without a project are for partners and customers;"
            + " raise a ticket on the project it concerns.";

    static final String ROUTED_ELSEWHERE =
            "can only be your own organisation; the project's internal staff route tickets to other partners";

    private final TicketStore store;
    private final TicketStages stages;
    private final ProjectAccess access;
    private final WorkItems workItems;
    private final Organisations organisations;
    private final Processes processes;
    private final TransactionTemplate transaction;
    private final TicketProperties settings;
    private final ServiceDesks serviceDesks;

    Tickets(
            TicketStore store,
            TicketStages stages,
            ProjectAccess access,
            WorkItems workItems,
            Organisations organisations,
            Processes processes,
            PlatformTransactionManager transactionManager,
            TicketProperties settings,
            ServiceDesks serviceDesks) {
        this.settings = settings;
        this.serviceDesks = serviceDesks;
        this.transaction = new TransactionTemplate(transactionManager);
        this.store = store;
        this.stages = stages;
        this.access = access;
        this.workItems = workItems;
        this.organisations = organisations;
        this.processes = processes;
    }

    /**
     * Raises a ticket on a project the caller sees, numbers it ({@code PRJ-1-CR-7}) and starts its
     * process: {@code change-request} for change requests, {@code issue-escalation} for the rest.
     *
     * <p>Two transactions, one after the other: the first checks the request and draws the number,
     * the second records the ticket and starts its process. The project's counter row is locked only
     * for the first, so tickets raised at the same time in one project are not serialised behind each
     * other's process start (issue 9). A ticket whose second transaction fails leaves a gap in the
     * numbers; a refused request (the checks) draws none.
     */
    public Ticket raise(CurrentUser user, UUID projectId, NewTicket request) {
        Numbered numbered = transaction.execute(tx -> {
            Standing standing = access.standing(user, projectId);
            validate(request);
            refuseWhileDeskClosed(user, request);
            List<WorkItem> affected = affectedItems(standing, request.affectedWorkItemIds());
            UUID routed = routedOrganisation(standing, request.routedOrganisationId(), request.type(), affected);
            return new Numbered(standing, affected, routed, store.nextNumber(projectId, request.type()));
        });
        return transaction.execute(tx -> record(user, projectId, request, numbered));
    }

    /**
     * Raises a support request that no project is about (the caller may take part in none yet):
     * partners and customers only (403), numbered per tenant ({@code SR-7}), run by the same
     * {@code support-request} process with the desk's SLAs. Refused like any ticket for bad input
     * or a closed desk, without drawing a number.
     */
    public Ticket raiseWithoutProject(CurrentUser user, NewTicket request) {
        Numbered numbered = transaction.execute(tx -> {
            if (!user.partner() && !user.customer()) {
                throw new ForbiddenException(OUTSIDERS_ONLY);
            }
            validate(request);
            if (request.type() != TicketType.SUPPORT_REQUEST) {
                throw InvalidInputException.field(
                        "type", "must be SUPPORT_REQUEST: other tickets are raised on their project");
            }
            if (!request.affectedWorkItemIds().isEmpty()) {
                throw InvalidInputException.field("affectedWorkItemIds", "is not used: work items belong to a project");
            }
            if (request.routedOrganisationId() != null) {
                throw InvalidInputException.field(
                        "routedOrganisationId", "is not used: support requests go to the service desk");
            }
            refuseWhileDeskClosed(user, request);
            return new Numbered(
                    null, List.of(), null, store.nextTenantNumber(user.tenantId(), TicketType.SUPPORT_REQUEST));
        });
        return transaction.execute(tx -> record(user, null, request, numbered));
    }

    /** @param standing null for a support request without a project */
    private record Numbered(Standing standing, List<WorkItem> affected, UUID routed, int number) {}

    private Ticket record(CurrentUser user, UUID projectId, NewTicket request, Numbered numbered) {
        Standing standing = numbered.standing();
        List<WorkItem> affected = numbered.affected();
        UUID routed = numbered.routed();
        int number = numbered.number();
        Ticket ticket = new Ticket(
                UUID.randomUUID(),
                user.tenantId(),
                projectId,
                (standing == null ? "" : standing.project().key() + "-")
                        + request.type().code() + "-" + number,
                request.type(),
                request.title().trim(),
                request.description(),
                user.id(),
                user.organisationId(),
                routed,
                user.customer(),
                affected.stream().map(WorkItem::id).toList(),
                TicketStages.RAISED,
                null,
                false,
                Instant.now().truncatedTo(ChronoUnit.MICROS),
                null,
                request.effectivePriority(),
                request.type() == TicketType.COMPLAINT
                        ? (request.severity() == null ? Severity.MAJOR : request.severity())
                        : null);
        store.insert(ticket);
        ServiceDesk desk = request.type() == TicketType.SUPPORT_REQUEST ? serviceDesks.of(user.tenantId()) : null;
        if (desk != null) {
            serviceDesks.recordResolutionDue(ticket, desk);
        }
        stages.raised(ticket);
        String instance = processes.start(new StartProcess(
                user.tenantId(),
                processKey(request.type()),
                ticket.id().toString(),
                projectId,
                user.id(),
                variables(ticket, standing, desk)));
        store.setProcessInstance(ticket.id(), instance);
        return store.find(user.tenantId(), ticket.id()).orElseThrow();
    }

    private static String processKey(TicketType type) {
        return switch (type) {
            case CHANGE_REQUEST -> ChangeRequest.PROCESS_KEY;
            case SUPPORT_REQUEST -> SupportRequest.PROCESS_KEY;
            default -> IssueEscalation.PROCESS_KEY;
        };
    }

    /** Tickets the caller sees, of one project (404 if it does not see it) or of all its projects; {@code mine}: only those it raised. */
    @Transactional(readOnly = true)
    public List<Ticket> list(CurrentUser user, boolean mine, UUID projectId) {
        List<Standing> standings = new ArrayList<>();
        for (UUID id : access.projectsFor(user, projectId)) {
            access.findStanding(user, id).ifPresent(standings::add);
        }
        Map<UUID, Standing> byProject = new HashMap<>();
        standings.forEach(s -> byProject.put(s.project().id(), s));
        List<Ticket> found = new ArrayList<>(
                store.inProjects(user.tenantId(), List.copyOf(byProject.keySet()), mine ? user.id() : null).stream()
                        .filter(t -> sees(byProject.get(t.projectId()), t))
                        .toList());
        if (projectId == null) {
            found.addAll(withoutProject(user, mine));
            found.sort(Comparator.comparing(Ticket::createdAt).reversed().thenComparing(Ticket::number));
        }
        return found;
    }

    /** The support requests without a project the caller sees: its organisation's, or all for the desk and admins. */
    private List<Ticket> withoutProject(CurrentUser user, boolean mine) {
        UUID reporter = mine ? user.id() : null;
        if (!user.internal()) {
            return store.withoutProject(user.tenantId(), user.organisationId(), reporter);
        }
        return answersSupport(user) ? store.withoutProject(user.tenantId(), null, reporter) : List.of();
    }

    /** Whether an internal user answers or oversees the tenant's support requests: the desk and the tenant admins. */
    private boolean answersSupport(CurrentUser user) {
        if (user.has(Capability.TENANT_ADMIN)) {
            return true;
        }
        String desk = serviceDesks.of(user.tenantId()).capability();
        return user.capabilities().stream().anyMatch(c -> c.name().equals(desk));
    }

    private boolean seesWithoutProject(CurrentUser user, Ticket t) {
        return user.internal() ? answersSupport(user) : user.organisationId().equals(t.reporterOrganisationId());
    }

    /** The ticket with its history; 404 unless the caller may see it. */
    @Transactional(readOnly = true)
    public TicketDetails get(CurrentUser user, UUID ticketId) {
        Ticket ticket = visible(user, ticketId);
        return new TicketDetails(ticket, store.history(ticketId));
    }

    /** A ticket by id within a tenant, without access checks: for read models (the search index). */
    public Optional<Ticket> find(UUID tenantId, UUID ticketId) {
        return store.find(tenantId, ticketId);
    }

    /**
     * The tenant's tickets among {@code ids}, in one query, without access checks: for naming
     * objects in entries the caller was already allowed to read (the activity feed).
     */
    public List<Ticket> findAll(UUID tenantId, java.util.Collection<UUID> ids) {
        return store.findAll(tenantId, ids);
    }

    /** Every ticket of every tenant, one at a time, without access checks: for read models that rebuild themselves. */
    public void forEach(Consumer<Ticket> action) {
        store.forEach(action);
    }

    /** The ticket if the caller may see it, else 404. */
    public Ticket visible(CurrentUser user, UUID ticketId) {
        Optional<Ticket> ticket = store.find(user.tenantId(), ticketId);
        return ticket.filter(t -> t.projectId() == null
                        ? seesWithoutProject(user, t)
                        : access.findStanding(user, t.projectId())
                                .filter(s -> sees(s, t))
                                .isPresent())
                .orElseThrow(() -> new NotFoundException("Ticket"));
    }

    private static boolean sees(Standing standing, Ticket t) {
        return standing != null
                && standing.seesTicket(
                        t.reporterOrganisationId(),
                        t.routedOrganisationId() == null ? Set.of() : Set.of(t.routedOrganisationId()),
                        t.customerVisible());
    }

    private static void validate(NewTicket request) {
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        if (request.type() == null) {
            errors.add(new InvalidInputException.FieldError("type", "is required"));
        }
        if (request.title() == null || request.title().isBlank()) {
            errors.add(new InvalidInputException.FieldError("title", "is required"));
        } else if (request.title().trim().length() > MAX_TITLE) {
            errors.add(new InvalidInputException.FieldError("title", "must be at most " + MAX_TITLE + " characters"));
        }
        if (request.severity() != null && request.type() != null && request.type() != TicketType.COMPLAINT) {
            errors.add(new InvalidInputException.FieldError("severity", "is only for complaints"));
        }
        if (request.description() != null && request.description().length() > MAX_DESCRIPTION) {
            errors.add(new InvalidInputException.FieldError(
                    "description", "must be at most " + MAX_DESCRIPTION + " characters"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("Please correct the highlighted fields.", errors);
        }
    }

    /** The named work items; each must be one of the project's that the caller sees. */
    private List<WorkItem> affectedItems(Standing standing, List<UUID> ids) {
        List<WorkItem> items = new ArrayList<>();
        for (UUID id : new LinkedHashSet<>(ids)) {
            WorkItem item = workItems
                    .find(standing.user().tenantId(), id)
                    .filter(i -> i.projectId().equals(standing.project().id()))
                    .filter(standing::sees)
                    .orElseThrow(() -> InvalidInputException.field(
                            "affectedWorkItemIds", "names a work item this project does not have"));
            items.add(item);
        }
        return items;
    }

    /**
     * The partner organisation that assesses or handles the ticket: the one named (a partner of
     * the project), else for a change request the partner the first affected item is assigned to.
     * A partner user routes only to its own organisation (or leaves the ticket unrouted for the
     * internal triage): putting work in another partner's inbox is internal staff's decision
     * (docs/security.md, "Decisions").
     */
    private UUID routedOrganisation(Standing standing, UUID named, TicketType type, List<WorkItem> affected) {
        UUID tenant = standing.user().tenantId();
        UUID own = standing.user().organisationId();
        if (named != null && type == TicketType.SUPPORT_REQUEST) {
            throw InvalidInputException.field(
                    "routedOrganisationId", "is not used: support requests go to the service desk");
        }
        if (named != null && standing.user().partner() && !named.equals(own)) {
            throw InvalidInputException.field("routedOrganisationId", ROUTED_ELSEWHERE);
        }
        if (named != null) {
            boolean partner = organisations
                            .find(tenant, named)
                            .filter(o -> o.kind() == OrganisationKind.PARTNER)
                            .isPresent()
                    && partnerRoles().stream()
                            .anyMatch(role -> access.organisationsInRole(
                                            tenant, standing.project().id(), role)
                                    .contains(named));
            if (!partner) {
                throw InvalidInputException.field("routedOrganisationId", "is not a partner of this project");
            }
            return named;
        }
        if (type != TicketType.CHANGE_REQUEST) {
            return null; // a support request goes to the service desk, never to a partner
        }
        return affected.stream()
                .map(WorkItem::assigneeOrganisationId)
                .filter(org -> !standing.user().partner() || own.equals(org))
                .filter(org -> org != null
                        && organisations
                                .find(tenant, org)
                                .filter(o -> o.kind() == OrganisationKind.PARTNER)
                                .isPresent())
                .findFirst()
                .orElse(null);
    }

    private static List<ParticipantRole> partnerRoles() {
        return List.of(ParticipantRole.SUPPLIER, ParticipantRole.OUTSOURCER, ParticipantRole.AGENCY);
    }

    /** A closed service desk takes no support requests (409); the other ticket types are not its business. */
    private void refuseWhileDeskClosed(CurrentUser user, NewTicket request) {
        if (request.type() == TicketType.SUPPORT_REQUEST
                && !serviceDesks.of(user.tenantId()).open()) {
            throw new ConflictException(
                    "The service desk is not taking support requests at the moment. Please try again later.");
        }
    }

    private Map<String, Object> variables(Ticket ticket, Standing standing, ServiceDesk desk) {
        Map<String, Object> variables = new HashMap<>();
        UUID project = ticket.projectId();
        String routedOrMembers = ticket.routedOrganisationId() != null
                ? CandidateGroups.organisation(ticket.routedOrganisationId())
                : CandidateGroups.projectRole(project, "MEMBER");
        if (ticket.type() == TicketType.CHANGE_REQUEST) {
            variables.put(ChangeRequest.TICKET_ID, ticket.id().toString());
            variables.put(
                    ChangeRequest.REPORTER_USER_ID, ticket.reporterUserId().toString());
            variables.put(ChangeRequest.ASSESSOR_GROUP, routedOrMembers);
            variables.put(ChangeRequest.CUSTOMER_GROUP, customerGroup(ticket, standing));
            variables.put(ChangeRequest.AFFECTED_WORK_ITEMS, affectedSummary(ticket));
        } else if (ticket.type() == TicketType.SUPPORT_REQUEST) {
            variables.put(SupportRequest.TICKET_ID, ticket.id().toString());
            variables.put(
                    SupportRequest.REPORTER_USER_ID, ticket.reporterUserId().toString());
            variables.put(
                    SupportRequest.SERVICE_GROUP, CandidateGroups.tenantRole(ticket.tenantId(), desk.capability()));
            variables.put(
                    SupportRequest.FIRST_RESPONSE_DURATION, desk.firstResponse().toString());
            variables.put(SupportRequest.RESOLUTION_DURATION, desk.resolution().toString());
        } else {
            variables.put(IssueEscalation.TICKET_ID, ticket.id().toString());
            variables.put(
                    IssueEscalation.REPORTER_USER_ID, ticket.reporterUserId().toString());
            variables.put(IssueEscalation.LEVEL_1_GROUP, routedOrMembers);
            // level 1's SLA (two days) escalates it: its reminder must come before
            variables.put(
                    ProcessVariables.OUTSIDE_REMINDER_AFTER,
                    settings.issueReminderAfter().toString());
        }
        return variables;
    }

    /** The customer who signs changes off: the reporter's organisation if it is one, else the project's first customer. */
    private String customerGroup(Ticket ticket, Standing standing) {
        if (standing.user().customer()) {
            return CandidateGroups.organisation(ticket.reporterOrganisationId());
        }
        return access.organisationsInRole(ticket.tenantId(), ticket.projectId(), ParticipantRole.CUSTOMER).stream()
                .findFirst()
                .map(CandidateGroups::organisation)
                .orElse(null);
    }

    private String affectedSummary(Ticket ticket) {
        StringBuilder out = new StringBuilder();
        for (UUID id : ticket.affectedWorkItemIds()) {
            workItems
                    .find(ticket.tenantId(), id)
                    .ifPresent(item -> out.append(item.id())
                            .append(' ')
                            .append(item.plannedStart())
                            .append(' ')
                            .append(item.plannedEnd())
                            .append("  ")
                            .append(item.title())
                            .append('\n'));
        }
        return out.toString().strip();
    }
}
