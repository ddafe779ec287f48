package io.crossflow.workflow;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.springframework.stereotype.Service;

/**
 * Reads what a user task's model requires before it completes. A model declares it with a camunda
 * extension property on the user task, e.g. {@code <camunda:property
 * name="crossflow:requiresDocument" value="QC_REPORT"/>}; the engine then asks every {@link
 * CompletionGuard} when the task completes.
 */
@Service
public class TaskRequirements {

    /** The extension property naming the document type(s) a task requires, comma-separated. */
    public static final String REQUIRES_DOCUMENT = "crossflow:requiresDocument";

    private final TaskService taskService;
    private final RepositoryService repositoryService;
    private final RuntimeService runtimeService;

    TaskRequirements(TaskService taskService, RepositoryService repositoryService, RuntimeService runtimeService) {
        this.taskService = taskService;
        this.repositoryService = repositoryService;
        this.runtimeService = runtimeService;
    }

    /** The open task's requirements, or empty if the tenant has no such open task. */
    public Optional<TaskRequirement> of(UUID tenantId, String taskId) {
        Task task = taskService
                .createTaskQuery()
                .taskId(taskId)
                .tenantIdIn(tenantId.toString())
                .singleResult();
        if (task == null) {
            return Optional.empty();
        }
        List<String> types = List.of();
        if (task.getProcessDefinitionId() != null) {
            UserTask element = repositoryService
                    .getBpmnModelInstance(task.getProcessDefinitionId())
                    .getModelElementById(task.getTaskDefinitionKey());
            types = element == null ? List.of() : requiredDocumentTypes(element.getExtensionElements());
        }
        String businessKey = task.getProcessInstanceId() == null
                ? null
                : Optional.ofNullable(runtimeService
                                .createProcessInstanceQuery()
                                .processInstanceId(task.getProcessInstanceId())
                                .singleResult())
                        .map(ProcessInstance::getBusinessKey)
                        .orElse(null);
        return Optional.of(new TaskRequirement(
                tenantId, taskId, task.getTaskDefinitionKey(), task.getProcessInstanceId(), businessKey, types));
    }

    /** The document types named by the {@value #REQUIRES_DOCUMENT} properties of the extension elements. */
    public static List<String> requiredDocumentTypes(ExtensionElements extensions) {
        if (extensions == null) {
            return List.of();
        }
        return extensions.getElementsQuery().filterByType(CamundaProperties.class).list().stream()
                .flatMap(p -> p.getCamundaProperties().stream())
                .filter(p -> REQUIRES_DOCUMENT.equals(p.getCamundaName()))
                .map(CamundaProperty::getCamundaValue)
                .filter(v -> v != null && !v.isBlank())
                .flatMap(v -> Arrays.stream(v.split(",")))
                .map(String::trim)
                .filter(v -> !v.isEmpty())
                .distinct()
                .toList();
    }
}
