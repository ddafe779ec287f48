package io.crossflow.workflow;

import io.crossflow.shared.NotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
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

    InstanceHistory(HistoryService history, RuntimeService runtime, RepositoryService repository) {
        this.history = history;
        this.runtime = runtime;
        this.repository = repository;
    }

    /** The instance's ended activities, in the order they ended. */
    public List<HistoricStep> endedSteps(UUID tenantId, String processInstanceId) {
        return finished(tenantId, processInstanceId).stream()
                .map(a -> new HistoricStep(
                        a.getActivityId(),
                        a.getActivityName(),
                        a.getActivityType(),
                        a.getAssignee(),
                        instant(a.getStartTime()),
                        instant(a.getEndTime()),
                        a.isCanceled()))
                .toList();
    }

    /** The model of the instance's version with its active and completed activities; 404 if the tenant has no such instance. */
    public ProcessDiagram diagram(UUID tenantId, String processInstanceId) {
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
        return new ProcessDiagram(xml, List.copyOf(new LinkedHashSet<>(active)), List.copyOf(completed));
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
