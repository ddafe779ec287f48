package io.crossflow.workflow.internal;

import io.crossflow.identity.OrganisationDeactivated;
import io.crossflow.identity.UserDeactivated;
import io.crossflow.workflow.CandidateGroups;
import io.crossflow.workflow.ProcessVariables;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Hands the open work of people who left back to those who remain, in the deactivating
 * transaction (a plain listener: the deactivation and the hand-over commit or roll back together,
 * and no second connection is needed). A deactivated user's claimed tasks return to their
 * candidates; a task nobody else could take goes to the project's internal managers. A
 * deactivated organisation's tasks leave its queue for the project's internal managers' queue.
 * The engine fires {@code update}/{@code assignment} for each change, so the inbox read model
 * follows in the same transaction.
 */
@Component
class DeactivationHandover {

    private final TaskService taskService;

    DeactivationHandover(TaskService taskService) {
        this.taskService = taskService;
    }

    @EventListener
    void on(UserDeactivated event) {
        String user = event.userId().toString();
        for (Task task : taskService
                .createTaskQuery()
                .tenantIdIn(event.tenantId().toString())
                .taskAssignee(user)
                .list()) {
            taskService.setAssignee(task.getId(), null);
        }
        for (Task task : taskService
                .createTaskQuery()
                .tenantIdIn(event.tenantId().toString())
                .taskCandidateUser(user)
                .includeAssignedTasks()
                .list()) {
            taskService.deleteCandidateUser(task.getId(), user);
            ensureSomeoneCanAct(task, event.tenantId());
        }
    }

    @EventListener
    void on(OrganisationDeactivated event) {
        String group = CandidateGroups.organisation(event.organisationId());
        List<Task> tasks = taskService
                .createTaskQuery()
                .tenantIdIn(event.tenantId().toString())
                .taskCandidateGroup(group)
                .includeAssignedTasks()
                .list();
        for (Task task : tasks) {
            // removed first, as in Tasks.handOverOrganisationQueue: the inbox read model takes the
            // candidates from the update event of the last change
            taskService.deleteCandidateGroup(task.getId(), group);
            taskService.addCandidateGroup(task.getId(), managers(task, event.tenantId()));
        }
    }

    private void ensureSomeoneCanAct(Task task, UUID tenantId) {
        boolean anyone = taskService.getIdentityLinksForTask(task.getId()).stream()
                .anyMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType()));
        if (!anyone) {
            taskService.addCandidateGroup(task.getId(), managers(task, tenantId));
        }
    }

    /** The project's managers, or the tenant's when the task belongs to no project. */
    private String managers(Task task, UUID tenantId) {
        Object project = taskService.getVariable(task.getId(), ProcessVariables.PROJECT_ID);
        return project == null
                ? CandidateGroups.tenantRole(tenantId, "MANAGER")
                : CandidateGroups.projectRole(UUID.fromString(project.toString()), "MANAGER");
    }
}
