package io.crossflow.workflow;

import io.crossflow.shared.NotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.springframework.stereotype.Service;

/**
 * Where a process instance of a tenant has been and where it stands, from the engine's history,
 * for modules that must not touch the engine. Callers decide who may see an instance (the inbox's
 * task rule); an instance of another tenant is not found.
 */
@Service
public class InstanceHistory {

    private final HistoryService history;
    private final RuntimeService runtime;
    private final RepositoryService repository;
    private final LocalizedNames names;

    InstanceHistory(
            HistoryService history, RuntimeService runtime, RepositoryService repository, LocalizedNames names) {
        this.history = history;
        this.runtime = runtime;
        this.repository = repository;
        this.names = names;
    }

    /** The instance's ended activities, in the order they ended, with the model's default names. */
    public List<HistoricStep> endedSteps(UUID tenantId, String processInstanceId) {
        return endedSteps(tenantId, processInstanceId, null);
    }

    /** The instance's ended activities, in the order they ended, named in {@code locale}. */
    public List<HistoricStep> endedSteps(UUID tenantId, String processInstanceId, Locale locale) {
        return finished(tenantId, processInstanceId).stream()
                .map(a -> new HistoricStep(
                        a.getActivityId(),
                        stepName(a, locale),
                        a.getActivityType(),
                        a.getAssignee(),
                        instant(a.getStartTime()),
                        instant(a.getEndTime()),
                        a.isCanceled()))
                .toList();
    }

    /** The model of the instance's version with its active and completed activities; 404 if the tenant has no such instance. */
    public ProcessDiagram diagram(UUID tenantId, String processInstanceId) {
        return diagram(tenantId, processInstanceId, null);
    }

    /**
     * The model of the instance's version with its active and completed activities and its
     * elements' names in {@code locale}; 404 if the tenant has no such instance.
     */
    public ProcessDiagram diagram(UUID tenantId, String processInstanceId, Locale locale) {
        HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
                .processInstanceId(processInstanceId)
                .tenantIdIn(tenantId.toString())
                .singleResult();
        if (instance == null) {
            throw new NotFoundException("Process instance");
        }
        String xml;
        try (InputStream in = repository.getProcessModel(instance.getProcessDefinitionId())) {
            xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> active = instance.getEndTime() == null
                ? runtime.createExecutionQuery()
                                        .processInstanceId(processInstanceId)
                                        .count()
                                > 0
                        ? runtime.getActiveActivityIds(processInstanceId)
                        : List.of()
                : List.of();
        LinkedHashSet<String> completed = new LinkedHashSet<>();
        finished(tenantId, processInstanceId).stream()
                .filter(a -> !a.isCanceled())
                .forEach(a -> completed.add(a.getActivityId()));
        return new ProcessDiagram(
                xml,
                List.copyOf(new LinkedHashSet<>(active)),
                List.copyOf(completed),
                elementNames(instance.getProcessDefinitionId(), locale));
    }

    /**
     * A step's name in {@code locale}. A name with variables in it (e.g. the approval's level)
     * keeps the engine's own text, filled when the step ran; the model's template cannot be
     * filled again from history.
     */
    private String stepName(HistoricActivityInstance a, Locale locale) {
        String localized = names.name(a.getProcessDefinitionId(), a.getActivityId(), locale, a.getActivityName());
        return localized != null && localized.contains("${") ? a.getActivityName() : localized;
    }

    private Map<String, String> elementNames(String processDefinitionId, Locale locale) {
        Map<String, String> result = new HashMap<>();
        BpmnModelInstance model = repository.getBpmnModelInstance(processDefinitionId);
        for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
            if (element.getName() != null && !element.getName().isBlank()) {
                result.put(
                        element.getId(), names.name(processDefinitionId, element.getId(), locale, element.getName()));
            }
        }
        for (Process process : model.getModelElementsByType(Process.class)) {
            if (process.getName() != null && !process.getName().isBlank()) {
                result.put(
                        process.getId(), names.name(processDefinitionId, process.getId(), locale, process.getName()));
            }
        }
        return result;
    }

    private List<HistoricActivityInstance> finished(UUID tenantId, String processInstanceId) {
        return history.createHistoricActivityInstanceQuery()
                .processInstanceId(processInstanceId)
                .tenantIdIn(tenantId.toString())
                .finished()
                .orderByHistoricActivityInstanceEndTime()
                .asc()
                .orderPartiallyByOccurrence()
                .asc()
                .list();
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
