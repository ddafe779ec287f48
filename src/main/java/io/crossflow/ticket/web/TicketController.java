package io.crossflow.ticket.web;

import io.crossflow.identity.CurrentUsers;
import io.crossflow.inbox.TaskComment;
import io.crossflow.shared.Priority;
import io.crossflow.shared.UserText;
import io.crossflow.ticket.NewTicket;
import io.crossflow.ticket.ServiceDesks;
import io.crossflow.ticket.Severity;
import io.crossflow.ticket.StageChange;
import io.crossflow.ticket.Ticket;
import io.crossflow.ticket.TicketDetails;
import io.crossflow.ticket.TicketPage;
import io.crossflow.ticket.TicketPages;
import io.crossflow.ticket.TicketType;
import io.crossflow.ticket.Tickets;
import io.crossflow.workflow.ProcessDiagram;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class TicketController {

    private final Tickets tickets;
    private final ServiceDesks desks;
    private final TicketPages pages;

    TicketController(Tickets tickets, ServiceDesks desks, TicketPages pages) {
        this.tickets = tickets;
        this.desks = desks;
        this.pages = pages;
    }

    @PostMapping("/api/projects/{projectId}/tickets")
    @ResponseStatus(HttpStatus.CREATED)
    TicketDto raise(@PathVariable UUID projectId, @RequestBody NewTicketDto body) {
        return dto(tickets.raise(CurrentUsers.require(), projectId, body.toNewTicket()));
    }

    /** A support request without a project: partners and customers ask the service desk directly. */
    @PostMapping("/api/tickets")
    @ResponseStatus(HttpStatus.CREATED)
    TicketDto raiseWithoutProject(@RequestBody NewTicketDto body) {
        return dto(tickets.raiseWithoutProject(CurrentUsers.require(), body.toNewTicket()));
    }

    @GetMapping("/api/tickets")
    List<TicketDto> list(
            @RequestParam(defaultValue = "false") boolean mine, @RequestParam(required = false) UUID projectId) {
        return tickets.list(CurrentUsers.require(), mine, projectId).stream()
                .map(this::dto)
                .toList();
    }

    @GetMapping("/api/tickets/{ticketId}")
    TicketDetailsDto get(@PathVariable UUID ticketId) {
        TicketPage page = pages.page(CurrentUsers.require(), ticketId);
        TicketDetails details = page.details();
        return new TicketDetailsDto(
                dto(details.ticket()),
                details.history().stream().map(HistoryDto::of).toList(),
                page.reporterName(),
                page.project(),
                page.workItems(),
                page.openSteps(),
                page.commentable());
    }

    @GetMapping("/api/tickets/{ticketId}/comments")
    List<TaskComment> comments(@PathVariable UUID ticketId) {
        return pages.comments(CurrentUsers.require(), ticketId);
    }

    @PostMapping("/api/tickets/{ticketId}/comments")
    @ResponseStatus(HttpStatus.CREATED)
    TaskComment comment(@PathVariable UUID ticketId, @RequestBody(required = false) NewComment body) {
        return pages.comment(CurrentUsers.require(), ticketId, body == null ? null : body.text());
    }

    @GetMapping("/api/tickets/{ticketId}/diagram")
    ProcessDiagram diagram(@PathVariable UUID ticketId) {
        return pages.diagram(CurrentUsers.require(), ticketId);
    }

    record NewComment(String text) {}

    record NewTicketDto(
            TicketType type,
            String title,
            String description,
            List<UUID> affectedWorkItemIds,
            UUID routedOrganisationId,
            Priority priority,
            Severity severity) {

        NewTicketDto {
            title = UserText.name("title", title, UserText.MAX_NAME);
        }

        NewTicket toNewTicket() {
            return new NewTicket(
                    type, title, description, affectedWorkItemIds, routedOrganisationId, priority, severity);
        }
    }

    record TicketDto(
            UUID id,
            UUID projectId,
            String number,
            TicketType type,
            String title,
            String description,
            UUID reporterUserId,
            UUID reporterOrganisationId,
            UUID routedOrganisationId,
            List<UUID> affectedWorkItemIds,
            String stage,
            Sla sla,
            Instant createdAt,
            Instant closedAt,
            Priority priority,
            Severity severity,
            Sla resolution) {

        static TicketDto of(Ticket t, Sla resolution) {
            return new TicketDto(
                    t.id(),
                    t.projectId(),
                    t.number(),
                    t.type(),
                    t.title(),
                    t.description(),
                    t.reporterUserId(),
                    t.reporterOrganisationId(),
                    t.routedOrganisationId(),
                    t.affectedWorkItemIds(),
                    t.stage(),
                    new Sla(t.stageDueAt(), t.slaBreached()),
                    t.createdAt(),
                    t.closedAt(),
                    t.priority(),
                    t.severity(),
                    resolution);
        }
    }

    private TicketDto dto(Ticket t) {
        return TicketDto.of(
                t, desks.resolution(t).map(r -> new Sla(r.due(), r.breached())).orElse(null));
    }

    /**
     * The current stage's SLA: when it is due (null: none) and whether it ran out. {@code resolution}
     * (support requests only, else null): when the whole request must be resolved, and whether it was not.
     */
    record Sla(Instant due, boolean breached) {}

    record HistoryDto(String stage, String previousStage, UUID actorId, String actorName, Instant at, String note) {

        static HistoryDto of(StageChange c) {
            return new HistoryDto(c.stage(), c.previousStage(), c.actorId(), c.actorName(), c.at(), c.note());
        }
    }

    /**
     * A ticket's page: the ticket, its stage timeline, who raised it, its project (null when it has
     * none), the affected work items the caller sees, the open steps and whether it takes comments.
     */
    record TicketDetailsDto(
            TicketDto ticket,
            List<HistoryDto> history,
            String reporterName,
            TicketPage.ProjectRef project,
            List<TicketPage.WorkItemRef> workItems,
            List<TicketPage.Step> openSteps,
            boolean commentable) {}
}
