package io.crossflow.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Service;

/**
 * The submitted form of a completed task, for modules that must not touch the engine. The values
 * are the variable updates the completion made (history level full records each with the task's
 * activity instance), so a later step or a rework loop never changes what this task shows. Callers
 * decide who may read it (the inbox's ended-task rule).
 */
@Service
public class TaskSubmissions {

    private static final Set<String> LISTS = Set.of("checklist", "taglist");

    private final HistoryService history;
    private final RepositoryService repository;
    private final LocalizedNames names;
    private final ObjectMapper json;

    TaskSubmissions(HistoryService history, RepositoryService repository, LocalizedNames names, ObjectMapper json) {
        this.history = history;
        this.repository = repository;
        this.names = names;
        this.json = json;
    }

    /** The completed task of the tenant with its form in {@code locale}; empty if it is open, cancelled or unknown. */
    public Optional<TaskSubmission> completed(UUID tenantId, String taskId, Locale locale) {
        HistoricTaskInstance task = history.createHistoricTaskInstanceQuery()
                .taskId(taskId)
                .tenantIdIn(tenantId.toString())
                .finished()
                .singleResult();
        if (task == null || !"completed".equals(task.getDeleteReason())) {
            return Optional.empty();
        }
        Optional<TaskForm> form = form(task);
        Map<String, Object> values = new LinkedHashMap<>();
        form.ifPresent(f -> values.putAll(submitted(task, f)));
        String definitionId = task.getProcessDefinitionId();
        String name = LocalizedNames.fill(
                names.name(definitionId, task.getTaskDefinitionKey(), locale, task.getName()),
                variable -> variable(task.getProcessInstanceId(), variable));
        ProcessDefinition definition = repository.getProcessDefinition(definitionId);
        return Optional.of(new TaskSubmission(
                taskId,
                name,
                task.getProcessDefinitionKey(),
                names.name(definitionId, definition.getKey(), locale, definition.getName()),
                task.getProcessInstanceId(),
                task.getEndTime().toInstant(),
                task.getAssignee(),
                form.map(f -> FormTexts.localized(f.schema(), locale)).orElse(null),
                values));
    }

    /** The task's form from its own process version's deployment ({@code camunda:formRef}, binding deployment). */
    private Optional<TaskForm> form(HistoricTaskInstance task) {
        BpmnModelInstance model = repository.getBpmnModelInstance(task.getProcessDefinitionId());
        if (model == null
                || !(model.getModelElementById(task.getTaskDefinitionKey()) instanceof UserTask userTask)
                || userTask.getCamundaFormRef() == null) {
            return Optional.empty();
        }
        String deploymentId =
                repository.getProcessDefinition(task.getProcessDefinitionId()).getDeploymentId();
        String resource = ProcessModels.formResource(userTask.getCamundaFormRef());
        if (!repository.getDeploymentResourceNames(deploymentId).contains(resource)) {
            return Optional.empty();
        }
        try (InputStream in = repository.getResourceAsStream(deploymentId, resource)) {
            return Optional.of(TaskForm.of(json.readTree(in)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The last value the completion gave each of the form's fields, in the form's order. */
    private Map<String, Object> submitted(HistoricTaskInstance task, TaskForm form) {
        Map<String, Object> updates = new HashMap<>();
        for (HistoricDetail detail : history.createHistoricDetailQuery()
                .variableUpdates()
                .activityInstanceId(task.getActivityInstanceId())
                .orderPartiallyByOccurrence()
                .asc()
                .list()) {
            if (detail instanceof HistoricVariableUpdate update) {
                updates.put(update.getVariableName(), update.getValue());
            }
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (FormField field : form.fields()) {
            if (updates.containsKey(field.key())) {
                values.put(field.key(), shown(form.schema(), field.key(), updates.get(field.key())));
            }
        }
        return values;
    }

    /** A checklist or tag list is stored as a JSON array string (FormValidator): shown as the list again. */
    private Object shown(JsonNode schema, String key, Object value) {
        if (value instanceof String s && s.startsWith("[") && LISTS.contains(type(schema, key))) {
            try {
                return json.readValue(s, java.util.List.class);
            } catch (IOException e) {
                return value;
            }
        }
        return value;
    }

    private static String type(JsonNode node, String key) {
        for (JsonNode component : node.path("components")) {
            if (key.equals(component.path("key").asText())) {
                return component.path("type").asText();
            }
            String nested = type(component, key);
            if (nested != null) {
                return nested;
            }
        }
        return null;
    }

    private Object variable(String processInstanceId, String name) {
        HistoricVariableInstance variable = history
                .createHistoricVariableInstanceQuery()
                .processInstanceId(processInstanceId)
                .variableName(name)
                .disableCustomObjectDeserialization()
                .list()
                .stream()
                .findFirst()
                .orElse(null);
        return variable == null ? null : variable.getValue();
    }
}
