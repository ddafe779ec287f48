package io.crossflow.notification.process;

import io.crossflow.notification.NotificationRequested;
import io.crossflow.notification.NotificationTypes;
import io.crossflow.project.Projects;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** The waiting step's assignee or candidates are reminded of its open task ({@code TASK_REMINDER}). */
@Component("remindOutsideWait")
class RemindOutsideWait extends OutsideWait {

    RemindOutsideWait(ApplicationEventPublisher events, Projects projects) {
        super(events, projects);
    }

    @Override
    NotificationRequested notification(
            UUID tenantId, UUID projectId, String projectName, Task task, TaskService tasks) {
        return new NotificationRequested(
                tenantId,
                Set.of(),
                Set.of(),
                waitingOn(task, tasks),
                NotificationTypes.TASK_REMINDER,
                params(task, projectName),
                "/inbox/" + task.getId(),
                "task-reminder:" + task.getId());
    }
}
