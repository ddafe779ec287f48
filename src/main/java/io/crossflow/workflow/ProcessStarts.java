package io.crossflow.workflow;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.crossflow.shared.NotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.springframework.stereotype.Service;

/**
 * Processes people start themselves (docs/processes.md, "Starting a process"): the latest version
 * of each of a tenant's processes whose model names its starters, their start forms, starting one,
 * and the instances a user started. Who may start is decided by the caller from
 * {@link StartableProcess#starterKeys}; this service only reads the models and runs the engine.
 */
@Service
public class ProcessStarts {

    static final String NAME_PROPERTY = "i18n.name.";

    private final RepositoryService repository;
    private final FormService forms;
    private final RuntimeService runtime;
    private final HistoryService history;
    private final TaskService tasks;
    private final IdentityService identity;
    private final ObjectMapper json;
    /** Deployed definitions never change: their parsed model facts are kept by definition id. */
    private final Map<String, ModelFacts> facts = new ConcurrentHashMap<>();

    ProcessStarts(
            RepositoryService repository,
            FormService forms,
            RuntimeService runtime,
            HistoryService history,
            TaskService tasks,
            IdentityService identity,
            ObjectMapper json) {
        this.repository = repository;
        this.forms = forms;
        this.runtime = runtime;
        this.history = history;
        this.tasks = tasks;
        this.identity = identity;
        this.json = json;
    }

    /** The tenant's processes that name starters in their latest version, by key. */
    public List<StartableProcess> startable(UUID tenantId) {
        return repository
                .createProcessDefinitionQuery()
                .tenantIdIn(tenantId.toString())
                .latestVersion()
                .active()
                .list()
                .stream()
                .map(this::startable)
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing(StartableProcess::key))
                .toList();
    }

    /** The latest version of the tenant's process if its model names starters; 404 otherwise. */
    public StartableProcess startable(UUID tenantId, String key) {
        ProcessDefinition definition = repository
                .createProcessDefinitionQuery()
                .tenantIdIn(tenantId.toString())
                .processDefinitionKey(key)
                .latestVersion()
                .active()
                .singleResult();
        return Optional.ofNullable(definition)
                .flatMap(this::startable)
                .orElseThrow(() -> new NotFoundException("Process"));
    }

    /**
     * Starts that version with the standard variables ({@link ProcessVariables}) and the start
     * form's values; the user is the instance's initiator. Returns the process instance id.
     */
    public String start(StartableProcess process, StartProcess request) {
        Map<String, Object> variables = new HashMap<>(request.variables());
        variables.put(ProcessVariables.TENANT_ID, request.tenantId().toString());
        variables.put(ProcessVariables.PROJECT_ID, request.projectId().toString());
        variables.put(ProcessVariables.STARTED_BY, request.startedBy().toString());
        Authentication previous = identity.getCurrentAuthentication();
        identity.setAuthentication(
                request.startedBy().toString(),
                List.of(),
                List.of(request.tenantId().toString()));
        try {
            return runtime.createProcessInstanceById(process.definitionId())
                    .businessKey(request.businessKey())
                    .setVariables(variables)
                    .execute()
                    .getId();
        } finally {
            if (previous == null) {
                identity.clearAuthentication();
            } else {
                identity.setAuthentication(previous);
            }
        }
    }

    /** The instances of the tenant the user started (any way), newest first, at most {@code limit}. */
    public List<StartedInstance> startedBy(UUID tenantId, UUID userId, int limit) {
        List<HistoricProcessInstance> instances = history.createHistoricProcessInstanceQuery()
                .tenantIdIn(tenantId.toString())
                .variableValueEquals(ProcessVariables.STARTED_BY, userId.toString())
                .orderByProcessInstanceStartTime()
                .desc()
                .listPage(0, limit);
        return instances.stream().map(this::started).toList();
    }

    /** One instance of the tenant the user started; 404 for any other. */
    public StartedInstance startedInstance(UUID tenantId, UUID userId, String processInstanceId) {
        HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
                .tenantIdIn(tenantId.toString())
                .processInstanceId(processInstanceId)
                .variableValueEquals(ProcessVariables.STARTED_BY, userId.toString())
                .singleResult();
        if (instance == null) {
            throw new NotFoundException("Process instance");
        }
        return started(instance);
    }

    private StartedInstance started(HistoricProcessInstance instance) {
        ModelFacts model = facts(instance.getProcessDefinitionId());
        List<StartedInstance.OpenStep> open = new ArrayList<>();
        if (instance.getEndTime() == null) {
            for (Task task : tasks.createTaskQuery()
                    .processInstanceId(instance.getId())
                    .orderByTaskCreateTime()
                    .asc()
                    .list()) {
                List<String> groups = tasks.getIdentityLinksForTask(task.getId()).stream()
                        .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()))
                        .map(IdentityLink::getGroupId)
                        .filter(g -> g != null)
                        .sorted()
                        .toList();
                open.add(new StartedInstance.OpenStep(task.getId(), task.getName(), task.getAssignee(), groups));
            }
        }
        Object project = Optional.ofNullable(history.createHistoricVariableInstanceQuery()
                        .processInstanceId(instance.getId())
                        .variableName(ProcessVariables.PROJECT_ID)
                        .singleResult())
                .map(v -> v.getValue())
                .orElse(null);
        return new StartedInstance(
                instance.getId(),
                instance.getProcessDefinitionKey(),
                model.name(),
                model.names(),
                instance.getBusinessKey(),
                project == null ? null : project.toString(),
                instance.getStartTime().toInstant(),
                instance.getEndTime() == null ? null : instance.getEndTime().toInstant(),
                instance.getEndActivityId(),
                open);
    }

    private Optional<StartableProcess> startable(ProcessDefinition definition) {
        ModelFacts model = facts(definition.getId());
        if (model.starterGroups().isEmpty() && model.starterUsers().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new StartableProcess(
                definition.getKey(),
                definition.getId(),
                definition.getVersion(),
                model.name(),
                model.names(),
                model.starterGroups(),
                model.starterUsers(),
                startForm(definition.getId()).orElse(null)));
    }

    private Optional<TaskForm> startForm(String definitionId) {
        if (forms.getStartFormData(definitionId).getCamundaFormRef() == null) {
            return Optional.empty();
        }
        try (InputStream in = forms.getDeployedStartForm(definitionId)) {
            return Optional.of(TaskForm.of(json.readTree(in)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ModelFacts facts(String definitionId) {
        return facts.computeIfAbsent(definitionId, id -> {
            ProcessDefinition definition = repository.getProcessDefinition(id);
            BpmnModelInstance model = repository.getBpmnModelInstance(id);
            Process process = model.getModelElementById(definition.getKey());
            Map<String, String> names = new LinkedHashMap<>();
            if (process.getExtensionElements() != null) {
                for (CamundaProperties properties :
                        process.getExtensionElements().getChildElementsByType(CamundaProperties.class)) {
                    for (CamundaProperty property : properties.getCamundaProperties()) {
                        String name = property.getCamundaName();
                        if (name != null && name.startsWith(NAME_PROPERTY) && property.getCamundaValue() != null) {
                            names.put(name.substring(NAME_PROPERTY.length()), property.getCamundaValue());
                        }
                    }
                }
            }
            return new ModelFacts(
                    process.getName(),
                    names,
                    trimmed(process.getCamundaCandidateStarterGroupsList()),
                    trimmed(process.getCamundaCandidateStarterUsersList()));
        });
    }

    private static List<String> trimmed(List<String> values) {
        return values == null
                ? List.of()
                : values.stream().map(String::trim).filter(v -> !v.isEmpty()).toList();
    }

    private record ModelFacts(
            String name, Map<String, String> names, List<String> starterGroups, List<String> starterUsers) {

        ModelFacts {
            names = Map.copyOf(names);
        }
    }
}
