package io.crossflow.inbox;

import io.crossflow.identity.CurrentUser;
import io.crossflow.inbox.internal.FormValidator;
import io.crossflow.inbox.internal.ReviewedDelivery;
import io.crossflow.project.ProjectAccess;
import io.crossflow.project.WorkItem;
import io.crossflow.project.WorkItems;
import io.crossflow.shared.ConflictException;
import io.crossflow.shared.ForbiddenException;
import io.crossflow.shared.NotFoundException;
import io.crossflow.workflow.EndedTask;
import io.crossflow.workflow.FormField;
import io.crossflow.workflow.FormTexts;
import io.crossflow.workflow.TaskForm;
import io.crossflow.workflow.Tasks;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Working on one task: open it, claim, unclaim, complete. The caller may work on a task of its
 * tenant that is assigned to it or has one of its candidate keys among its candidates (whoever
 * holds it); for anyone else the task does not exist (404). Every change first locks the task's
 * {@code inbox_item} row, so concurrent claims and completions of one task run one after the
 * other: the first wins, the others find it held or gone and answer 409.
 */
@Service
public class TaskWork {

    static final String ALREADY_COMPLETED = "This task has already been completed.";
    static final String HELD_BY_SOMEONE_ELSE = "Someone else is already working on this task.";

    private final JdbcClient jdbc;
    private final ProjectAccess access;
    private final Tasks tasks;
    private final WorkItems workItems;
    private final ReviewedDelivery deliveries;

    TaskWork(JdbcClient jdbc, ProjectAccess access, Tasks tasks, WorkItems workItems, ReviewedDelivery deliveries) {
        this.jdbc = jdbc;
        this.access = access;
        this.tasks = tasks;
        this.workItems = workItems;
        this.deliveries = deliveries;
    }

    @Transactional
    public TaskView open(CurrentUser user, String taskId) {
        InboxItem task = workable(user, taskId).orElseThrow(() -> new NotFoundException("Task"));
        Optional<TaskForm> form = tasks.form(taskId);
        Map<String, Object> variables = form.map(f -> tasks.variables(
                        taskId, f.fields().stream().map(FormField::key).toList()))
                .orElse(Map.of());
        return new TaskView(
                task,
                form.map(f -> FormTexts.localized(f.schema(), Inbox.locale(user)))
                        .orElse(null),
                variables,
                context(user, task),
                deliveries.of(user, taskId, Inbox.locale(user)).orElse(null));
    }

    /** The open task if the caller may work on it (the inbox rule); 404 otherwise, as for a missing task. */
    @Transactional(readOnly = true)
    public InboxItem visible(CurrentUser user, String taskId) {
        return workable(user, taskId).orElseThrow(() -> new NotFoundException("Task"));
    }

    /**
     * The open task if the caller may work on it, else empty. It never throws, so a caller inside
     * another transaction (a notification's link check in the publisher's transaction) is not
     * marked for rollback by a task the recipient may not open.
     */
    @Transactional(readOnly = true)
    public Optional<InboxItem> findWorkable(CurrentUser user, String taskId) {
        return workable(user, taskId);
    }

    /**
     * The process instance of a task whose comments, history and diagram the caller may read: an
     * open task it may work on, or an ended one it held or was a candidate for. 404 otherwise.
     */
    @Transactional(readOnly = true)
    public String readableInstance(CurrentUser user, String taskId) {
        Optional<InboxItem> open = workable(user, taskId);
        if (open.isPresent()) {
            return open.get().processInstanceId();
        }
        Set<String> keys = access.candidateKeys(user);
        return tasks.ended(user.tenantId(), taskId)
                .filter(t -> user.id().toString().equals(t.assignee())
                        || t.candidates().stream().anyMatch(keys::contains))
                .map(EndedTask::processInstanceId)
                .orElseThrow(() -> new NotFoundException("Task"));
    }

    @Transactional
    public void claim(CurrentUser user, String taskId) {
        InboxItem task = locked(user, taskId);
        if (task.assignee() != null && !task.assignee().equals(user.id().toString())) {
            throw new ConflictException(HELD_BY_SOMEONE_ELSE);
        }
        tasks.claim(taskId, user.id().toString());
    }

    @Transactional
    public void unclaim(CurrentUser user, String taskId) {
        InboxItem task = locked(user, taskId);
        if (task.assignee() == null) {
            return;
        }
        if (!task.assignee().equals(user.id().toString())) {
            throw new ForbiddenException("Only the person working on this task can give it back.");
        }
        tasks.unclaim(taskId);
    }

    /**
     * Completes the task with the form's data, checked against the form's schema first
     * ({@link FormValidator}): on any error nothing is stored and the task stays open. Keys that
     * are no field of the form are ignored, so a form can only set its own variables.
     */
    @Transactional
    public void complete(CurrentUser user, String taskId, Map<String, Object> data) {
        InboxItem task = locked(user, taskId);
        if (task.assignee() != null && !task.assignee().equals(user.id().toString())) {
            throw new ConflictException(HELD_BY_SOMEONE_ELSE);
        }
        Map<String, Object> variables =
                formVariables(tasks.form(taskId), data == null ? Map.of() : data, Inbox.locale(user));
        tasks.complete(user.tenantId(), taskId, user.id().toString(), variables);
    }

    /** The form's variables from the data; errors name the options in the reader's language. */
    static Map<String, Object> formVariables(Optional<TaskForm> form, Map<String, Object> data, Locale locale) {
        return form.map(f -> FormValidator.variables(FormTexts.localized(f.schema(), locale), data))
                .orElse(Map.of());
    }

    /** The task locked for a change; 409 if the caller could have worked on it but it has ended, else 404. */
    private InboxItem locked(CurrentUser user, String taskId) {
        Set<String> keys = access.candidateKeys(user);
        Optional<InboxItem> row = jdbc.sql("select " + Inbox.COLUMNS
                        + " from inbox_item i where i.task_id = ? and i.tenant_id = ? for update")
                .params(taskId, user.tenantId())
                .query(Inbox.ITEM)
                .optional();
        if (row.isEmpty()) {
            boolean couldHave = tasks.ended(user.tenantId(), taskId)
                    .filter(EndedTask::completed)
                    .filter(t -> user.id().toString().equals(t.assignee())
                            || t.candidates().stream().anyMatch(keys::contains))
                    .isPresent();
            throw couldHave ? new ConflictException(ALREADY_COMPLETED) : new NotFoundException("Task");
        }
        if (!mayWork(user, keys, row.get())) {
            throw new NotFoundException("Task");
        }
        return row.get();
    }

    /**
     * The open steps of a process instance, oldest first, for the page of the object the instance
     * is about (a ticket): the caller of this method has already decided that {@code reader} sees
     * that object. Each step says who may act ({@link OpenStep#candidates}) and whether the reader
     * may work on it itself; nothing here is filtered for the reader, so callers show outsiders no
     * more than whether the step is theirs.
     */
    @Transactional(readOnly = true)
    public List<OpenStep> openSteps(CurrentUser reader, String processInstanceId) {
        if (processInstanceId == null) {
            return List.of();
        }
        Set<String> keys = access.candidateKeys(reader);
        return jdbc
                .sql(
                        "select " + Inbox.COLUMNS
                                + " from inbox_item i where i.tenant_id = ? and i.process_instance_id = ? order by i.created, i.task_id")
                .params(reader.tenantId(), processInstanceId)
                .query(Inbox.item(Inbox.locale(reader)))
                .list()
                .stream()
                .map(task -> {
                    List<String> candidates = jdbc.sql(
                                    "select candidate from inbox_candidate where task_id = ? order by candidate")
                            .param(task.taskId())
                            .query(String.class)
                            .list();
                    boolean yours = reader.id().toString().equals(task.assignee())
                            || candidates.stream().anyMatch(keys::contains);
                    return new OpenStep(task, candidates, yours);
                })
                .toList();
    }

    /**
     * An open step of a process instance.
     *
     * @param candidates who may act: {@code org:<id>}, {@code project:<id>:<ROLE>}, {@code tenant:<id>:<CAP>}, {@code user:<id>}
     * @param workable whether the reader may open and work on the task itself
     */
    public record OpenStep(InboxItem task, List<String> candidates, boolean workable) {}

    private Optional<InboxItem> workable(CurrentUser user, String taskId) {
        Set<String> keys = access.candidateKeys(user);
        return jdbc.sql("select " + Inbox.COLUMNS + " from inbox_item i where i.task_id = ? and i.tenant_id = ?")
                .params(taskId, user.tenantId())
                .query(Inbox.item(Inbox.locale(user)))
                .optional()
                .filter(task -> mayWork(user, keys, task));
    }

    private boolean mayWork(CurrentUser user, Set<String> keys, InboxItem task) {
        if (user.id().toString().equals(task.assignee())) {
            return true;
        }
        return jdbc.sql("select exists (select 1 from inbox_candidate where task_id = :task and candidate in (:keys))")
                .param("task", task.taskId())
                .param("keys", List.copyOf(keys))
                .query(Boolean.class)
                .single();
    }

    private TaskView.Context context(CurrentUser user, InboxItem task) {
        UUID workItemId = uuid(task.businessKey());
        if (workItemId != null) {
            try {
                WorkItem item = workItems.visible(user, workItemId).item();
                return new TaskView.Context(task.businessKey(), item.id(), item.title());
            } catch (NotFoundException e) {
                // not a work item, or one the caller does not see: the business key is all it gets
            }
        }
        return new TaskView.Context(task.businessKey(), null, null);
    }

    private static UUID uuid(String value) {
        try {
            return value == null ? null : UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
