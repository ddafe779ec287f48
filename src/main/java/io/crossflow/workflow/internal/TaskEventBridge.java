package io.crossflow.workflow.internal;

import io.crossflow.workflow.BusinessObject;
import io.crossflow.workflow.BusinessObjects;
import io.crossflow.workflow.LocalizedNames;
import io.crossflow.workflow.ProcessVariables;
import io.crossflow.workflow.TaskChanged;
import io.crossflow.workflow.TaskSnapshot;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns the engine's task events into {@link TaskChanged}. The starter's eventing plugin
 * ({@code camunda.bpm.eventing.task: true}) publishes each {@link DelegateTask} from a built-in
 * task listener, inside the engine command; re-publishing from here keeps the listeners of
 * {@link TaskChanged} in that same thread and transaction. Candidate changes arrive as
 * {@code update}: the engine fires it after adding or removing an identity link.
 */
@Component
class TaskEventBridge {

    private final ApplicationEventPublisher events;
    private final LocalizedNames names;
    private final BusinessObjects objects;

    TaskEventBridge(ApplicationEventPublisher events, LocalizedNames names, BusinessObjects objects) {
        this.events = events;
        this.names = names;
        this.objects = objects;
    }

    @EventListener
    void on(DelegateTask task) {
        kind(task.getEventName()).ifPresent(kind -> {
            BusinessObject object = kind.ends() ? null : object(task);
            if (kind == TaskChanged.Kind.CREATED && object != null && object.priority() != null) {
                // the object's priority is the task's: set before anyone reads the new task
                task.setPriority(object.priority());
            }
            events.publishEvent(new TaskChanged(kind, snapshot(task, object)));
        });
    }

    static Optional<TaskChanged.Kind> kind(String eventName) {
        if (eventName == null) {
            return Optional.empty();
        }
        return switch (eventName) {
            case TaskListener.EVENTNAME_CREATE -> Optional.of(TaskChanged.Kind.CREATED);
            case TaskListener.EVENTNAME_ASSIGNMENT -> Optional.of(TaskChanged.Kind.ASSIGNED);
            case TaskListener.EVENTNAME_UPDATE -> Optional.of(TaskChanged.Kind.UPDATED);
            case TaskListener.EVENTNAME_COMPLETE -> Optional.of(TaskChanged.Kind.COMPLETED);
            case TaskListener.EVENTNAME_DELETE -> Optional.of(TaskChanged.Kind.DELETED);
            default -> Optional.empty();
        };
    }

    private BusinessObject object(DelegateTask task) {
        DelegateExecution execution = task.getExecution();
        if (execution == null) {
            return null;
        }
        return objects.resolve(uuid(task.getTenantId()), execution.getProcessBusinessKey())
                .orElse(null);
    }

    private TaskSnapshot snapshot(DelegateTask task, BusinessObject object) {
        Set<String> groups = new LinkedHashSet<>();
        Set<String> users = new LinkedHashSet<>();
        for (IdentityLink link : task.getCandidates()) {
            if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
                continue;
            }
            if (link.getGroupId() != null) {
                groups.add(link.getGroupId());
            }
            if (link.getUserId() != null) {
                users.add(link.getUserId());
            }
        }
        ProcessDefinition definition = task.getProcessDefinitionId() == null
                ? null
                : task.getProcessEngineServices()
                        .getRepositoryService()
                        .getProcessDefinition(task.getProcessDefinitionId());
        DelegateExecution execution = task.getExecution();
        return new TaskSnapshot(
                task.getId(),
                uuid(task.getTenantId()),
                task.getProcessInstanceId(),
                definition == null ? null : definition.getKey(),
                definition == null ? null : definition.getName(),
                task.getTaskDefinitionKey(),
                task.getName(),
                task.getAssignee(),
                instant(task.getDueDate()),
                task.getPriority(),
                instant(task.getCreateTime()),
                groups,
                users,
                execution == null ? null : uuid(variable(task, ProcessVariables.PROJECT_ID)),
                execution == null ? null : execution.getProcessBusinessKey(),
                task.getProcessDefinitionId(),
                names(task),
                object);
    }

    /** The task's names per language, its variables filled in as the engine fills {@code name}. */
    private Map<String, String> names(DelegateTask task) {
        Map<String, String> result = new HashMap<>();
        names.names(task.getProcessDefinitionId(), task.getTaskDefinitionKey())
                .forEach((tag, name) -> result.put(
                        tag,
                        LocalizedNames.fill(
                                name, variable -> task.getExecution() == null ? null : task.getVariable(variable))));
        return result;
    }

    private static String variable(DelegateTask task, String name) {
        Object value = task.getVariable(name);
        return value == null ? null : value.toString();
    }

    private static UUID uuid(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
