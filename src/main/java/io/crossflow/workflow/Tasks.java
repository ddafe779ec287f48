package io.crossflow.workflow;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.crossflow.shared.ConflictException;
import io.crossflow.shared.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Service;

/**
 * Task operations on the engine, for modules that must not touch it. Callers decide who may act
 * (the inbox read model); this service only performs the step and turns the engine's ways of
 * saying "someone was faster" into {@link ConflictException}s. Lists never come from here.
 */
@Service
public class Tasks {

    static final String ALREADY_COMPLETED = "This task has already been completed.";
    static final String HELD_BY_SOMEONE_ELSE = "Someone else is already working on this task.";
    static final String NO_LONGER_OPEN = "This task is no longer open.";

    private final TaskService taskService;
    private final FormService formService;
    private final HistoryService historyService;
    private final IdentityService identityService;
    private final ObjectMapper objectMapper;

    Tasks(
            TaskService taskService,
            FormService formService,
            HistoryService historyService,
            IdentityService identityService,
            ObjectMapper objectMapper) {
        this.taskService = taskService;
        this.formService = formService;
        this.historyService = historyService;
        this.identityService = identityService;
        this.objectMapper = objectMapper;
    }

    /** The deployed form of the open task, if its model names one with {@code camunda:formRef}. */
    public Optional<TaskForm> form(String taskId) {
        if (formService.getTaskFormData(taskId).getCamundaFormRef() == null) {
            return Optional.empty();
        }
        try (InputStream in = formService.getDeployedTaskForm(taskId)) {
            return Optional.of(TaskForm.of(objectMapper.readTree(in)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The named variables visible from the task (its own and its process instance's); absent ones are left out. */
    public Map<String, Object> variables(String taskId, Collection<String> names) {
        if (names.isEmpty()) {
            return Map.of();
        }
        return taskService.getVariables(taskId, names);
    }

    /** Makes the user the task's assignee; 409 if someone else holds it or it has ended. */
    public void claim(String taskId, String userId) {
        engine(NO_LONGER_OPEN, () -> {
            taskService.claim(taskId, userId);
            return null;
        });
    }

    /** Returns the task to its candidates. */
    public void unclaim(String taskId) {
        engine(NO_LONGER_OPEN, () -> {
            taskService.setAssignee(taskId, null);
            return null;
        });
    }

    /**
     * Completes the task as the user: claims it first if nobody holds it (so history records who
     * did it), then completes it with the variables. 409 if it has ended or someone else holds it;
     * an {@link InvalidInputException} a task listener throws (wrapped by the engine) reaches the
     * caller as itself, so a model can refuse a completion with field errors (400).
     */
    public void complete(UUID tenantId, String taskId, String userId, Map<String, Object> variables) {
        engine(ALREADY_COMPLETED, () -> {
            // the user acts within its tenant only: the engine checks the task's tenant against it
            identityService.setAuthentication(userId, List.of(), List.of(tenantId.toString()));
            try {
                taskService.claim(taskId, userId);
                taskService.complete(taskId, variables);
            } finally {
                identityService.clearAuthentication();
            }
            return null;
        });
    }

    /**
     * Moves an organisation's open tasks of one project (its {@code org:} queue, claimed by its
     * people or not) to the project's internal managers, when the organisation leaves the project:
     * a claimed one returns to the queue first. The engine's task events keep the inbox read model
     * in step within the caller's transaction.
     */
    public void handOverOrganisationQueue(UUID tenantId, UUID projectId, UUID organisationId) {
        String group = CandidateGroups.organisation(organisationId);
        for (org.camunda.bpm.engine.task.Task task : taskService
                .createTaskQuery()
                .tenantIdIn(tenantId.toString())
                .processVariableValueEquals(ProcessVariables.PROJECT_ID, projectId.toString())
                .taskCandidateGroup(group)
                .includeAssignedTasks()
                .list()) {
            if (task.getAssignee() != null) {
                taskService.setAssignee(task.getId(), null);
            }
            // removed first: the inbox read model takes the candidates from the update event of the
            // last change, and the engine fires it reliably when a link is added
            taskService.deleteCandidateGroup(task.getId(), group);
            taskService.addCandidateGroup(task.getId(), CandidateGroups.projectRole(projectId, "MANAGER"));
        }
    }

    /** The task of the tenant if it has ended (completed or cancelled), from history. */
    public Optional<EndedTask> ended(UUID tenantId, String taskId) {
        HistoricTaskInstance task = historyService
                .createHistoricTaskInstanceQuery()
                .taskId(taskId)
                .tenantIdIn(tenantId.toString())
                .finished()
                .singleResult();
        if (task == null) {
            return Optional.empty();
        }
        Set<String> candidates = new HashSet<>();
        List<HistoricIdentityLinkLog> links = historyService
                .createHistoricIdentityLinkLogQuery()
                .taskId(taskId)
                .type(IdentityLinkType.CANDIDATE)
                .list();
        for (HistoricIdentityLinkLog link : links) {
            if (link.getGroupId() != null) {
                candidates.add(link.getGroupId());
            }
            if (link.getUserId() != null) {
                candidates.add(CandidateGroups.user(link.getUserId()));
            }
        }
        return Optional.of(new EndedTask(
                taskId,
                tenantId,
                task.getAssignee(),
                candidates,
                "completed".equals(task.getDeleteReason()),
                task.getProcessInstanceId()));
    }

    private static <T> T engine(String endedMessage, Supplier<T> call) {
        try {
            return call.get();
        } catch (TaskAlreadyClaimedException e) {
            throw new ConflictException(HELD_BY_SOMEONE_ELSE);
        } catch (OptimisticLockingException | NullValueException e) {
            throw new ConflictException(endedMessage);
        } catch (org.camunda.bpm.engine.exception.NotFoundException e) {
            throw new ConflictException(endedMessage);
        } catch (ProcessEngineException e) {
            // a task listener refusing the step (e.g. a missing QC report): the person corrects it, 400
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof InvalidInputException invalid) {
                    throw invalid;
                }
            }
            if (e.getMessage() != null && e.getMessage().startsWith("Cannot find task with id")) {
                throw new ConflictException(endedMessage);
            }
            throw e;
        }
    }
}
