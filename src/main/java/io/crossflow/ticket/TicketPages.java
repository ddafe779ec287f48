package io.crossflow.ticket;

import io.crossflow.identity.CurrentUser;
import io.crossflow.identity.Organisations;
import io.crossflow.identity.UserSummary;
import io.crossflow.identity.Users;
import io.crossflow.inbox.TaskComment;
import io.crossflow.inbox.TaskDetails;
import io.crossflow.inbox.TaskWork;
import io.crossflow.project.ProjectAccess;
import io.crossflow.project.Standing;
import io.crossflow.project.WorkItem;
import io.crossflow.project.WorkItems;
import io.crossflow.shared.ConflictException;
import io.crossflow.ticket.internal.TicketStore;
import io.crossflow.workflow.InstanceHistory;
import io.crossflow.workflow.LocalizedNames;
import io.crossflow.workflow.ProcessDiagram;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a ticket's page shows besides the ticket itself (docs/web.md, "Ticket page"): its project,
 * the affected work items the reader sees, the open steps and who holds them, the comments and the
 * diagram of its process. Everything is read for a ticket the reader sees ({@link Tickets#visible});
 * any other ticket is 404, whatever is asked about it. Outsiders (partners, customers) learn of a
 * step only its name, its due time and whether it waits on them: never the internal people or the
 * other organisations who hold it.
 */
@Service
public class TicketPages {

    private final Tickets tickets;
    private final TicketStore store;
    private final ProjectAccess access;
    private final WorkItems workItems;
    private final TaskWork tasks;
    private final TaskDetails threads;
    private final InstanceHistory history;
    private final Users users;
    private final Organisations organisations;

    TicketPages(
            Tickets tickets,
            TicketStore store,
            ProjectAccess access,
            WorkItems workItems,
            TaskWork tasks,
            TaskDetails threads,
            InstanceHistory history,
            Users users,
            Organisations organisations) {
        this.tickets = tickets;
        this.store = store;
        this.access = access;
        this.workItems = workItems;
        this.tasks = tasks;
        this.threads = threads;
        this.history = history;
        this.users = users;
        this.organisations = organisations;
    }

    /** The ticket's page as {@code reader} may see it; 404 unless it sees the ticket. */
    @Transactional(readOnly = true)
    public TicketPage page(CurrentUser reader, UUID ticketId) {
        TicketDetails details = tickets.get(reader, ticketId);
        Ticket ticket = details.ticket();
        Optional<Standing> standing =
                ticket.projectId() == null ? Optional.empty() : access.findStanding(reader, ticket.projectId());
        TicketPage.ProjectRef project = standing.map(s -> new TicketPage.ProjectRef(
                        s.project().id(), s.project().name(), s.project().key()))
                .orElse(null);
        List<TicketPage.WorkItemRef> items = new ArrayList<>();
        for (UUID id : ticket.affectedWorkItemIds()) {
            workItems
                    .find(reader.tenantId(), id)
                    .filter(i -> standing.map(s -> s.sees(i)).orElse(false))
                    .map(TicketPages::ref)
                    .ifPresent(items::add);
        }
        boolean internal = reader.internal();
        List<TicketPage.Step> steps = tasks
                .openSteps(reader, store.processInstance(ticketId).orElse(null))
                .stream()
                .map(s -> step(reader, internal, s))
                .toList();
        String reporter = ticket.reporterUserId() == null
                ? null
                : users.find(reader.tenantId(), ticket.reporterUserId())
                        .map(UserSummary::displayName)
                        .orElse(null);
        return new TicketPage(details, reporter, project, items, steps, ticket.closedAt() == null);
    }

    /** The comments of the ticket's process (also those written on its tasks), oldest first; 404 unless it sees the ticket. */
    @Transactional(readOnly = true)
    public List<TaskComment> comments(CurrentUser reader, UUID ticketId) {
        Ticket ticket = tickets.visible(reader, ticketId);
        return threads.instanceComments(
                reader.tenantId(), store.processInstance(ticket.id()).orElse(null));
    }

    /**
     * Adds the reader's comment to the ticket's thread: everyone who sees an open ticket may comment
     * on it. 404 unless it sees the ticket, 409 once the ticket is closed, 400 for an empty or too long text.
     */
    @Transactional
    public TaskComment comment(CurrentUser reader, UUID ticketId, String text) {
        Ticket ticket = tickets.visible(reader, ticketId);
        if (ticket.closedAt() != null) {
            throw new ConflictException("This ticket is closed and takes no more comments.");
        }
        String instance = store.processInstance(ticket.id())
                .orElseThrow(() -> new ConflictException("This ticket takes comments once its process has started."));
        return threads.commentOnInstance(reader, instance, ticket.number(), text);
    }

    /** The diagram of the ticket's process, where it stands, in the reader's language; 404 unless it sees the ticket. */
    @Transactional(readOnly = true)
    public ProcessDiagram diagram(CurrentUser reader, UUID ticketId) {
        Ticket ticket = tickets.visible(reader, ticketId);
        String instance = store.processInstance(ticket.id())
                .orElseThrow(() -> new io.crossflow.shared.NotFoundException("Process instance"));
        return history.diagram(reader.tenantId(), instance, LocalizedNames.readerLocale(reader.language()));
    }

    private static TicketPage.WorkItemRef ref(WorkItem i) {
        return new TicketPage.WorkItemRef(
                i.id(), i.title(), i.status().name(), i.plannedEnd(), i.milestone(), i.progress());
    }

    private TicketPage.Step step(CurrentUser reader, boolean internal, TaskWork.OpenStep open) {
        var task = open.task();
        if (!internal) {
            return new TicketPage.Step(
                    open.workable() ? task.taskId() : null,
                    task.title(),
                    task.created(),
                    task.due(),
                    open.workable(),
                    open.workable() && reader.id().toString().equals(task.assignee()) ? reader.displayName() : null,
                    List.of());
        }
        List<String> holders = new ArrayList<>();
        for (String candidate : open.candidates()) {
            holders.add(holder(reader.tenantId(), candidate));
        }
        String assignee = task.assignee() == null
                ? null
                : uuid(task.assignee())
                        .flatMap(id -> users.find(reader.tenantId(), id))
                        .map(UserSummary::displayName)
                        .orElse(task.assignee());
        return new TicketPage.Step(
                task.taskId(), task.title(), task.created(), task.due(), open.workable(), assignee, holders);
    }

    /**
     * A candidate as the page names it: {@code ORGANISATION:<name>}, {@code USER:<name>}, {@code
     * ROLE:<project role>} or {@code DESK:<capability>}; the page words the kinds in the reader's language.
     */
    private String holder(UUID tenantId, String candidate) {
        String[] parts = candidate.split(":");
        if (parts.length == 2 && parts[0].equals("org")) {
            return "ORGANISATION:"
                    + uuid(parts[1])
                            .flatMap(id -> organisations.find(tenantId, id))
                            .map(o -> o.name())
                            .orElse(parts[1]);
        }
        if (parts.length == 2 && parts[0].equals("user")) {
            return "USER:"
                    + uuid(parts[1])
                            .flatMap(id -> users.find(tenantId, id))
                            .map(UserSummary::displayName)
                            .orElse(parts[1]);
        }
        if (parts.length == 3 && parts[0].equals("project")) {
            return "ROLE:" + parts[2];
        }
        if (parts.length == 3 && parts[0].equals("tenant")) {
            return "DESK:" + parts[2];
        }
        return "OTHER:" + candidate;
    }

    private static Optional<UUID> uuid(String value) {
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
