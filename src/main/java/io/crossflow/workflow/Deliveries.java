package io.crossflow.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.springframework.stereotype.Service;

/**
 * The delivery an open review task looks at. A model declares it on the reviewing user task with
 * {@code <camunda:property name="crossflow:reviews" value="DeliverWorkPackage"/>} (the id of the
 * delivering user task) and, on the delivering task, {@code crossflow:deliveryNote} naming its note
 * field. The delivery is the last completion of that task in the same process instance before the
 * review task was created, so after a rework loop the review shows the newest delivery.
 */
@Service
public class Deliveries {

    /** On a reviewing user task: the id of the user task whose completion it reviews. */
    public static final String REVIEWS = "crossflow:reviews";

    /** On a delivering user task: the key of its form field that holds the delivery's note. */
    public static final String NOTE = "crossflow:deliveryNote";

    private final TaskService tasks;
    private final HistoryService history;
    private final RepositoryService repository;
    private final TaskSubmissions submissions;

    Deliveries(TaskService tasks, HistoryService history, RepositoryService repository, TaskSubmissions submissions) {
        this.tasks = tasks;
        this.history = history;
        this.repository = repository;
        this.submissions = submissions;
    }

    /** The delivery the tenant's open task reviews, in {@code locale}; empty if it reviews none or none was completed. */
    public Optional<Delivery> reviewedBy(UUID tenantId, String taskId, Locale locale) {
        Task review = tasks.createTaskQuery()
                .taskId(taskId)
                .tenantIdIn(tenantId.toString())
                .singleResult();
        if (review == null || review.getProcessDefinitionId() == null) {
            return Optional.empty();
        }
        BpmnModelInstance model = repository.getBpmnModelInstance(review.getProcessDefinitionId());
        String reviewed = property(model.getModelElementById(review.getTaskDefinitionKey()), REVIEWS);
        if (reviewed == null || !(model.getModelElementById(reviewed) instanceof UserTask delivering)) {
            return Optional.empty();
        }
        String noteKey = property(delivering, NOTE);
        return history
                .createHistoricTaskInstanceQuery()
                .processInstanceId(review.getProcessInstanceId())
                .taskDefinitionKey(reviewed)
                .finished()
                .orderByHistoricTaskInstanceEndTime()
                .desc()
                .list()
                .stream()
                .filter(t -> "completed".equals(t.getDeleteReason()))
                .filter(t -> !t.getEndTime().after(review.getCreateTime()))
                .map(HistoricTaskInstance::getId)
                .findFirst()
                .flatMap(id -> submissions.completed(tenantId, id, locale))
                .map(s -> delivery(s, noteKey));
    }

    static Delivery delivery(TaskSubmission submitted, String noteKey) {
        List<Delivery.Value> values = new ArrayList<>();
        String note = null;
        JsonNode form = submitted.form();
        for (FormField field :
                form == null ? List.<FormField>of() : TaskForm.of(form).fields()) {
            if (!submitted.values().containsKey(field.key())) {
                continue;
            }
            Object value = submitted.values().get(field.key());
            if (field.key().equals(noteKey)) {
                note = value == null || value.toString().isBlank() ? null : value.toString();
            } else if (value != null && !"".equals(value)) {
                values.add(new Delivery.Value(field.key(), field.label(), shown(component(form, field.key()), value)));
            }
        }
        return new Delivery(
                submitted.taskId(), submitted.name(), submitted.completedAt(), submitted.completedBy(), values, note);
    }

    /** An option's value as the (already localized) form labels it; anything else as submitted. */
    private static Object shown(JsonNode component, Object value) {
        if (component == null || !component.path("values").isArray()) {
            return value;
        }
        Map<String, String> labels = new HashMap<>();
        component
                .path("values")
                .forEach(o ->
                        labels.put(o.path("value").asText(), o.path("label").asText()));
        if (value instanceof List<?> list) {
            return list.stream()
                    .map(v -> labels.getOrDefault(String.valueOf(v), String.valueOf(v)))
                    .toList();
        }
        return labels.getOrDefault(String.valueOf(value), String.valueOf(value));
    }

    private static JsonNode component(JsonNode node, String key) {
        for (JsonNode component : node.path("components")) {
            if (key.equals(component.path("key").asText())) {
                return component;
            }
            JsonNode nested = component(component, key);
            if (nested != null) {
                return nested;
            }
        }
        return null;
    }

    private static String property(Object element, String name) {
        if (!(element instanceof BaseElement base)) {
            return null;
        }
        ExtensionElements extensions = base.getExtensionElements();
        if (extensions == null) {
            return null;
        }
        return extensions.getElementsQuery().filterByType(CamundaProperties.class).list().stream()
                .flatMap(p -> p.getCamundaProperties().stream())
                .filter(p -> name.equals(p.getCamundaName()))
                .map(CamundaProperty::getCamundaValue)
                .filter(v -> v != null && !v.isBlank())
                .map(String::trim)
                .findFirst()
                .orElse(null);
    }
}
