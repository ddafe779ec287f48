package io.crossflow.project.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.crossflow.identity.CurrentUser;
import io.crossflow.identity.CurrentUsers;
import io.crossflow.project.HandoffStatus;
import io.crossflow.project.Handoffs;
import io.crossflow.project.MilestoneAcceptance;
import io.crossflow.project.MilestoneAcceptances;
import io.crossflow.project.ProjectAccess;
import io.crossflow.project.WorkItem;
import io.crossflow.project.WorkItemFlags;
import io.crossflow.project.WorkItemStatus;
import io.crossflow.project.WorkItems;
import io.crossflow.shared.Priority;
import io.crossflow.shared.UserText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class WorkItemController {

    private final WorkItems workItems;
    private final Handoffs handoffs;
    private final ProjectAccess access;
    private final MilestoneAcceptances acceptances;
    private final WorkItemFlags flags;

    WorkItemController(
            WorkItems workItems,
            Handoffs handoffs,
            ProjectAccess access,
            MilestoneAcceptances acceptances,
            WorkItemFlags flags) {
        this.workItems = workItems;
        this.handoffs = handoffs;
        this.access = access;
        this.acceptances = acceptances;
        this.flags = flags;
    }

    @GetMapping("/api/projects/{projectId}/work-items")
    List<WorkItemDto> list(@PathVariable UUID projectId) {
        return workItems.visibleIn(access.standing(CurrentUsers.require(), projectId)).stream()
                .map(WorkItemDto::of)
                .toList();
    }

    @PostMapping("/api/projects/{projectId}/work-items")
    @ResponseStatus(HttpStatus.CREATED)
    WorkItemDto create(@PathVariable UUID projectId, @Valid @RequestBody CreateWorkItem body) {
        CurrentUser user = CurrentUsers.require();
        return WorkItemDto.of(workItems.create(
                access.standing(user, projectId),
                new WorkItems.NewWorkItem(
                        body.title(),
                        body.description(),
                        body.assigneeUserId(),
                        body.assigneeOrganisationId(),
                        body.plannedStart(),
                        body.plannedEnd(),
                        body.parentId(),
                        Boolean.TRUE.equals(body.milestone()),
                        body.priority())));
    }

    /** The item; a milestone also shows the customer's latest acceptance decision (or null). */
    @GetMapping("/api/work-items/{workItemId}")
    WorkItemDto get(@PathVariable UUID workItemId) {
        WorkItem item = workItems.visible(CurrentUsers.require(), workItemId).item();
        return WorkItemDto.of(item, null, item.milestone() ? acceptance(item) : null);
    }

    /** The customer accepts ({@code accepted: true}) or refuses a delivered milestone. */
    @PostMapping("/api/work-items/{workItemId}/acceptance")
    @ResponseStatus(HttpStatus.CREATED)
    AcceptanceDto accept(@PathVariable UUID workItemId, @Valid @RequestBody Acceptance body) {
        return AcceptanceDto.of(
                acceptances.decide(CurrentUsers.require(), workItemId, body.accepted(), body.comment()));
    }

    /** A project manager sets ({@code flagged: true}) or clears the item's flag, with a reason. */
    @PostMapping("/api/work-items/{workItemId}/flag")
    WorkItemDto flag(@PathVariable UUID workItemId, @RequestBody(required = false) Flag body) {
        Flag flag = body == null ? new Flag(null, null) : body;
        return WorkItemDto.of(flags.change(CurrentUsers.require(), workItemId, flag.flagged(), flag.reason()));
    }

    record Flag(Boolean flagged, String reason) {}

    private AcceptanceDto acceptance(WorkItem item) {
        return acceptances
                .latest(item.tenantId(), item.id())
                .map(AcceptanceDto::of)
                .orElse(null);
    }

    record Acceptance(Boolean accepted, @Size(max = 2000) String comment) {}

    record AcceptanceDto(boolean accepted, String comment, UUID decidedBy, String decidedByName, Instant decidedAt) {
        static AcceptanceDto of(MilestoneAcceptance a) {
            return new AcceptanceDto(a.accepted(), a.comment(), a.decidedBy(), a.decidedByName(), a.decidedAt());
        }
    }

    /** Edits the item; the answer lists under {@code shifted} the dependants that moved with it. */
    @PatchMapping("/api/work-items/{workItemId}")
    WorkItemDto update(@PathVariable UUID workItemId, @Valid @RequestBody UpdateWorkItem body) {
        WorkItems.Replanned replanned = workItems.replan(
                CurrentUsers.require(),
                workItemId,
                new WorkItems.WorkItemChanges(
                        body.version(),
                        body.title(),
                        body.description(),
                        body.assigneeUserId(),
                        body.assigneeOrganisationId(),
                        body.plannedStart(),
                        body.plannedEnd(),
                        body.status(),
                        body.progress(),
                        body.milestone(),
                        body.order(),
                        body.priority()));
        return WorkItemDto.of(replanned.item(), replanned.shifted());
    }

    @PostMapping("/api/work-items/{workItemId}/handoff")
    @ResponseStatus(HttpStatus.CREATED)
    HandoffDto handoff(@PathVariable UUID workItemId, @Valid @RequestBody(required = false) StartHandoff body) {
        Handoffs.Started started = handoffs.start(
                CurrentUsers.require(),
                workItemId,
                body == null ? null : body.organisationId(),
                body == null ? null : body.dueDate());
        return new HandoffDto(started.processInstanceId(), WorkItemDto.of(started.workItem()));
    }

    record CreateWorkItem(
            @NotBlank @Size(max = 200) String title,
            @Size(max = 10000) String description,
            UUID assigneeUserId,
            UUID assigneeOrganisationId,
            LocalDate plannedStart,
            LocalDate plannedEnd,
            UUID parentId,
            Boolean milestone,
            Priority priority) {

        CreateWorkItem {
            title = UserText.name("title", title);
        }
    }

    record UpdateWorkItem(
            @NotNull(message = "is required: send the version you edited")
            Integer version,

            @Size(min = 1, max = 200) String title,
            @Size(max = 10000) String description,
            UUID assigneeUserId,
            UUID assigneeOrganisationId,
            LocalDate plannedStart,
            LocalDate plannedEnd,
            WorkItemStatus status,
            @Min(0) @Max(100) Integer progress,
            Boolean milestone,
            @Min(0) Integer order,
            Priority priority) {

        UpdateWorkItem {
            title = UserText.name("title", title);
        }
    }

    /** The partner organisation (the item's assignee organisation when absent) and the due day. */
    record StartHandoff(UUID organisationId, LocalDate dueDate) {}

    record HandoffDto(String processInstanceId, WorkItemDto workItem) {}

    record WorkItemDto(
            UUID id,
            UUID projectId,
            UUID parentId,
            String title,
            String description,
            UUID assigneeUserId,
            UUID assigneeOrganisationId,
            LocalDate plannedStart,
            LocalDate plannedEnd,
            LocalDate actualStart,
            LocalDate actualEnd,
            WorkItemStatus status,
            int progress,
            boolean milestone,
            HandoffStatus handoffStatus,
            Instant overdueEscalatedAt,
            int version,
            int order,
            LocalDate baselineStart,
            LocalDate baselineEnd,
            String flagReason,
            Priority priority,
            @JsonInclude(JsonInclude.Include.NON_NULL) List<Shifted> shifted,
            @JsonInclude(JsonInclude.Include.NON_NULL) AcceptanceDto acceptance) {

        static WorkItemDto of(WorkItem w) {
            return of(w, null, null);
        }

        static WorkItemDto of(WorkItem w, List<WorkItem> shifted) {
            return of(w, shifted, null);
        }

        static WorkItemDto of(WorkItem w, List<WorkItem> shifted, AcceptanceDto acceptance) {
            return new WorkItemDto(
                    w.id(),
                    w.projectId(),
                    w.parentId(),
                    w.title(),
                    w.description(),
                    w.assigneeUserId(),
                    w.assigneeOrganisationId(),
                    w.plannedStart(),
                    w.plannedEnd(),
                    w.actualStart(),
                    w.actualEnd(),
                    w.status(),
                    w.progress(),
                    w.milestone(),
                    w.handoffStatus(),
                    w.overdueEscalatedAt(),
                    w.version(),
                    w.order(),
                    w.baselineStart(),
                    w.baselineEnd(),
                    w.flagReason(),
                    w.priority(),
                    shifted == null ? null : Shifted.of(shifted),
                    acceptance);
        }
    }

    /** A dependant that moved with a re-planned item: its new dates and version. */
    record Shifted(UUID id, String title, LocalDate plannedStart, LocalDate plannedEnd, int version) {

        static List<Shifted> of(List<WorkItem> items) {
            return items.stream()
                    .map(i -> new Shifted(i.id(), i.title(), i.plannedStart(), i.plannedEnd(), i.version()))
                    .toList();
        }
    }
}
