package io.crossflow.project.web;

import io.crossflow.identity.CurrentUser;
import io.crossflow.identity.CurrentUsers;
import io.crossflow.project.BaselineSaved;
import io.crossflow.project.Baselines;
import io.crossflow.project.Dependencies;
import io.crossflow.project.HandoffStatus;
import io.crossflow.project.PlanViews;
import io.crossflow.project.ProjectAccess;
import io.crossflow.project.WorkItem;
import io.crossflow.project.WorkItemStatus;
import io.crossflow.shared.Priority;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The plan as a whole: Gantt, board, progress, baseline, and dependencies between work items. */
@RestController
class PlanController {

    private final PlanViews views;
    private final Baselines baselines;
    private final Dependencies dependencies;
    private final ProjectAccess access;

    PlanController(PlanViews views, Baselines baselines, Dependencies dependencies, ProjectAccess access) {
        this.views = views;
        this.baselines = baselines;
        this.dependencies = dependencies;
        this.access = access;
    }

    @GetMapping("/api/projects/{projectId}/gantt")
    List<PlanViews.GanttRow> gantt(@PathVariable UUID projectId) {
        return views.gantt(access.standing(CurrentUsers.require(), projectId));
    }

    @GetMapping("/api/projects/{projectId}/board")
    List<Column> board(@PathVariable UUID projectId) {
        return views.board(access.standing(CurrentUsers.require(), projectId)).stream()
                .map(c ->
                        new Column(c.status(), c.cards().stream().map(Card::of).toList()))
                .toList();
    }

    @GetMapping("/api/projects/{projectId}/progress")
    PlanViews.Progress progress(@PathVariable UUID projectId) {
        return views.progress(access.standing(CurrentUsers.require(), projectId));
    }

    @PostMapping("/api/projects/{projectId}/baseline")
    Baseline saveBaseline(@PathVariable UUID projectId) {
        BaselineSaved saved = baselines.save(access.standing(CurrentUsers.require(), projectId));
        return new Baseline(saved.projectId(), saved.itemCount(), saved.at());
    }

    /** Makes the work item depend on (start after) the predecessor; lists the items that moved. */
    @PostMapping("/api/work-items/{workItemId}/dependencies")
    @ResponseStatus(HttpStatus.CREATED)
    DependencyAdded addDependency(@PathVariable UUID workItemId, @Valid @RequestBody NewDependency body) {
        CurrentUser user = CurrentUsers.require();
        List<WorkItem> shifted = dependencies.add(user, workItemId, body.predecessorId());
        return new DependencyAdded(body.predecessorId(), workItemId, WorkItemController.Shifted.of(shifted));
    }

    @DeleteMapping("/api/work-items/{workItemId}/dependencies/{predecessorId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeDependency(@PathVariable UUID workItemId, @PathVariable UUID predecessorId) {
        dependencies.remove(CurrentUsers.require(), workItemId, predecessorId);
    }

    record NewDependency(@NotNull UUID predecessorId) {}

    record DependencyAdded(UUID predecessorId, UUID successorId, List<WorkItemController.Shifted> shifted) {}

    record Baseline(UUID projectId, int itemCount, Instant savedAt) {}

    record Column(WorkItemStatus status, List<Card> cards) {}

    /** A board card; {@code version} is what a move (PATCH status/order) must send. */
    record Card(
            UUID id,
            UUID parentId,
            String title,
            int order,
            int progress,
            boolean milestone,
            LocalDate plannedStart,
            LocalDate plannedEnd,
            UUID assigneeUserId,
            UUID assigneeOrganisationId,
            int version,
            Priority priority,
            HandoffStatus handoffStatus) {

        static Card of(WorkItem i) {
            return new Card(
                    i.id(),
                    i.parentId(),
                    i.title(),
                    i.order(),
                    i.progress(),
                    i.milestone(),
                    i.plannedStart(),
                    i.plannedEnd(),
                    i.assigneeUserId(),
                    i.assigneeOrganisationId(),
                    i.version(),
                    i.priority(),
                    i.handoffStatus());
        }
    }
}
