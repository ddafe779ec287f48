package io.crossflow.notification.process;

import io.crossflow.notification.NotificationRequested;
import io.crossflow.notification.NotificationTypes;
import io.crossflow.project.ProjectRole;
import io.crossflow.project.Projects;
import io.crossflow.workflow.CandidateGroups;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The waiting step has waited too long: the project's managers are told ({@code TASK_ESCALATED});
 * the step stays open. Its link is the project: the managers need not be able to open the outside
 * party's task.
 */
@Component("escalateOutsideWait")
class EscalateOutsideWait extends OutsideWait {

    EscalateOutsideWait(ApplicationEventPublisher events, Projects projects) {
        super(events, projects);
    }

    @Override
    NotificationRequested notification(
            UUID tenantId, UUID projectId, String projectName, Task task, TaskService tasks) {
        return new NotificationRequested(
                tenantId,
                Set.of(),
                Set.of(),
                projectId == null
                        ? Set.of()
                        : Set.of(CandidateGroups.projectRole(projectId, ProjectRole.MANAGER.name())),
                NotificationTypes.TASK_ESCALATED,
                params(task, projectName),
                projectId == null ? null : "/projects/" + projectId,
                "task-escalated:" + task.getId());
    }
}
