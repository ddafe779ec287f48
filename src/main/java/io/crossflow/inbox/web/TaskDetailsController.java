package io.crossflow.inbox.web;

import io.crossflow.identity.CurrentUsers;
import io.crossflow.inbox.TaskComment;
import io.crossflow.inbox.TaskDetails;
import io.crossflow.workflow.ProcessDiagram;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The task page's comments, history and diagram (docs/inbox.md). */
@RestController
@RequestMapping("/api/tasks/{taskId}")
class TaskDetailsController {

    private final TaskDetails details;

    TaskDetailsController(TaskDetails details) {
        this.details = details;
    }

    @GetMapping("/comments")
    List<TaskComment> comments(@PathVariable String taskId) {
        return details.comments(CurrentUsers.require(), taskId);
    }

    @PostMapping("/comments")
    @ResponseStatus(HttpStatus.CREATED)
    TaskComment comment(@PathVariable String taskId, @RequestBody NewComment body) {
        return details.comment(CurrentUsers.require(), taskId, body == null ? null : body.text());
    }

    @GetMapping("/history")
    List<StepDto> history(@PathVariable String taskId) {
        return details.history(CurrentUsers.require(), taskId).stream()
                .map(StepDto::of)
                .toList();
    }

    @GetMapping("/diagram")
    ProcessDiagram diagram(@PathVariable String taskId) {
        return details.diagram(CurrentUsers.require(), taskId);
    }

    record NewComment(String text) {}

    record StepDto(
            String activityId,
            String name,
            String type,
            String completedById,
            String completedBy,
            Instant startedAt,
            Instant endedAt,
            boolean canceled) {

        static StepDto of(TaskDetails.Step s) {
            return new StepDto(
                    s.step().activityId(),
                    s.step().name(),
                    s.step().type(),
                    s.step().assignee(),
                    s.completedBy(),
                    s.step().startedAt(),
                    s.step().endedAt(),
                    s.step().canceled());
        }
    }
}
