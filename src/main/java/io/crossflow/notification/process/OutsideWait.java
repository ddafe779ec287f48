package io.crossflow.notification.process;

import io.crossflow.notification.NotificationRequested;
import io.crossflow.project.Project;
import io.crossflow.project.Projects;
import io.crossflow.workflow.CandidateGroups;
import io.crossflow.workflow.ProcessVariables;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.springframework.context.ApplicationEventPublisher;

/**
 * A timer on a step that waits on an outside party (a partner's or customer's user task) fired:
 * the service task after it tells someone about the step's open tasks. Which step is read from the
 * model (the service task follows the timer attached to it), so one bean serves every process.
 */
abstract class OutsideWait implements JavaDelegate {

    private final ApplicationEventPublisher events;
    private final Projects projects;

    OutsideWait(ApplicationEventPublisher events, Projects projects) {
        this.events = events;
        this.projects = projects;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String step = waitingStep(execution);
        TaskService tasks = execution.getProcessEngineServices().getTaskService();
        UUID tenantId = UUID.fromString((String) execution.getVariable(ProcessVariables.TENANT_ID));
        Object project = execution.getVariable(ProcessVariables.PROJECT_ID);
        UUID projectId = project == null ? null : UUID.fromString(project.toString());
        String projectName = projectId == null
                ? ""
                : projects.find(tenantId, projectId).map(Project::name).orElse("");
        List<Task> open = tasks.createTaskQuery()
                .processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(step)
                .active()
                .list();
        for (Task task : open) {
            events.publishEvent(notification(tenantId, projectId, projectName, task, tasks));
        }
    }

    /** What to tell whom about the open task. */
    abstract NotificationRequested notification(
            UUID tenantId, UUID projectId, String projectName, Task task, TaskService tasks);

    static Map<String, String> params(Task task, String projectName) {
        return Map.of("task", task.getName() == null ? "" : task.getName(), "project", projectName);
    }

    /** The assignee, else the candidate users and groups, as candidate-group names. */
    static Set<String> waitingOn(Task task, TaskService tasks) {
        Set<String> recipients = new HashSet<>();
        if (task.getAssignee() != null) {
            recipients.add(CandidateGroups.user(task.getAssignee()));
            return recipients;
        }
        for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
            if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
                continue;
            }
            if (link.getGroupId() != null) {
                recipients.add(link.getGroupId());
            } else if (link.getUserId() != null) {
                recipients.add(CandidateGroups.user(link.getUserId()));
            }
        }
        return recipients;
    }

    /** The id of the activity whose timer led to this service task. */
    static String waitingStep(DelegateExecution execution) {
        FlowElement element = execution.getBpmnModelElementInstance();
        if (element instanceof FlowNode node) {
            for (SequenceFlow incoming : node.getIncoming()) {
                if (incoming.getSource() instanceof BoundaryEvent timer && timer.getAttachedTo() != null) {
                    return timer.getAttachedTo().getId();
                }
            }
        }
        throw new IllegalStateException("Element " + execution.getCurrentActivityId()
                + " must directly follow a timer attached to the waiting step");
    }
}
