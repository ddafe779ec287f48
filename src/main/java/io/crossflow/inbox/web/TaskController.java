package io.crossflow.inbox.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.crossflow.identity.CurrentUsers;
import io.crossflow.inbox.InboxItem;
import io.crossflow.inbox.TaskView;
import io.crossflow.inbox.TaskWork;
import io.crossflow.workflow.Delivery;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/tasks/{taskId}")
class TaskController {

    private final TaskWork work;

    TaskController(TaskWork work) {
        this.work = work;
    }

    @GetMapping
    TaskDto get(@PathVariable String taskId) {
        return TaskDto.of(work.open(CurrentUsers.require(), taskId));
    }

    @PostMapping("/claim")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void claim(@PathVariable String taskId) {
        work.claim(CurrentUsers.require(), taskId);
    }

    @PostMapping("/unclaim")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unclaim(@PathVariable String taskId) {
        work.unclaim(CurrentUsers.require(), taskId);
    }

    /** Completes the task with the form's data: an object of field key to value. */
    @PostMapping("/complete")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void complete(@PathVariable String taskId, @RequestBody(required = false) Map<String, Object> data) {
        work.complete(CurrentUsers.require(), taskId, data);
    }

    record TaskDto(Task task, JsonNode form, Map<String, Object> variables, Context context, DeliveryDto delivery) {

        static TaskDto of(TaskView view) {
            InboxItem i = view.task();
            TaskView.Context c = view.context();
            return new TaskDto(
                    new Task(
                            i.taskId(),
                            i.title(),
                            new Ref(i.processKey(), i.processName()),
                            i.projectId() == null
                                    ? null
                                    : new ProjectRef(i.projectId(), i.projectName(), i.projectKey()),
                            i.due(),
                            i.priority(),
                            i.assignee(),
                            i.created(),
                            i.object()),
                    view.form(),
                    view.variables(),
                    new Context(
                            c.businessKey(),
                            c.workItemId() == null ? null : new WorkItemRef(c.workItemId(), c.workItemTitle())),
                    view.delivery() == null ? null : DeliveryDto.of(view.delivery()));
        }
    }

    /**
     * What the step a review task reviews was completed with: its task, who (name, organisation)
     * and when, its form's values labelled in the reader's language, and its note.
     */
    record DeliveryDto(
            String taskId,
            String name,
            String byId,
            String by,
            String organisation,
            Instant at,
            List<ValueDto> values,
            String note) {

        static DeliveryDto of(TaskView.Delivered delivered) {
            Delivery d = delivered.delivery();
            return new DeliveryDto(
                    d.taskId(),
                    d.name(),
                    d.completedBy(),
                    delivered.byName(),
                    delivered.organisationName(),
                    d.completedAt(),
                    d.values().stream()
                            .map(v -> new ValueDto(v.key(), v.label(), v.value()))
                            .toList(),
                    d.note());
        }
    }

    /** One submitted field: its label in the reader's language and its value (an option's label, a list, a text, a number or a yes/no). */
    record ValueDto(String key, String label, Object value) {}

    record Task(
            String id,
            String name,
            Ref process,
            ProjectRef project,
            Instant due,
            int priority,
            String assignee,
            Instant created,
            InboxItem.ObjectRef object) {}

    record Ref(String key, String name) {}

    record ProjectRef(UUID id, String name, String key) {}

    record Context(String businessKey, WorkItemRef workItem) {}

    record WorkItemRef(UUID id, String title) {}
}
