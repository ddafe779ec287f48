package io.crossflow.inbox.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.crossflow.identity.CurrentUsers;
import io.crossflow.inbox.TaskComment;
import io.crossflow.inbox.TaskDetails;
import io.crossflow.workflow.ProcessDiagram;
import io.crossflow.workflow.TaskSubmission;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The task page's comments, history and diagram, and a completed task's submission (docs/inbox.md). */
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

    /** A completed task's form, read-only, with the values it was completed with. */
    @GetMapping("/submission")
    SubmissionDto submission(@PathVariable String taskId) {
        return SubmissionDto.of(details.submission(CurrentUsers.require(), taskId));
    }

    record NewComment(String text) {}

    record SubmissionDto(
            String taskId,
            String name,
            ProcessRef process,
            Instant completedAt,
            String completedById,
            String completedBy,
            JsonNode form,
            Map<String, Object> values) {

        static SubmissionDto of(TaskDetails.Submission s) {
            TaskSubmission t = s.submission();
            return new SubmissionDto(
                    t.taskId(),
                    t.name(),
                    new ProcessRef(t.processKey(), t.processName()),
                    t.completedAt(),
                    t.completedBy(),
                    s.completedByName(),
                    t.form(),
                    t.values());
        }
    }

    record ProcessRef(String key, String name) {}

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
