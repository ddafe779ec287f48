package io.crossflow.inbox;

import io.crossflow.identity.CurrentUser;
import io.crossflow.identity.UserSummary;
import io.crossflow.identity.Users;
import io.crossflow.shared.InvalidInputException;
import io.crossflow.shared.NotFoundException;
import io.crossflow.workflow.HistoricStep;
import io.crossflow.workflow.InstanceHistory;
import io.crossflow.workflow.ProcessDiagram;
import io.crossflow.workflow.TaskSubmission;
import io.crossflow.workflow.TaskSubmissions;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the task page shows besides the form: the comments of the task's process instance, its
 * history and its diagram. Readable by whoever may work on the task (the inbox rule of
 * {@link TaskWork#visible}) and, once it has ended, by whoever held it or was among its candidates
 * ({@link TaskWork#readableInstance}); everyone else gets 404. Only open tasks take new comments.
 */
@Service
public class TaskDetails {

    static final int MAX_COMMENT = 4000;

    private final JdbcClient jdbc;
    private final TaskWork work;
    private final InstanceHistory history;
    private final Users users;
    private final TaskSubmissions submissions;

    TaskDetails(JdbcClient jdbc, TaskWork work, InstanceHistory history, Users users, TaskSubmissions submissions) {
        this.jdbc = jdbc;
        this.work = work;
        this.history = history;
        this.users = users;
        this.submissions = submissions;
    }

    /** The comments written on any task of the task's process instance, oldest first. */
    @Transactional(readOnly = true)
    public List<TaskComment> comments(CurrentUser user, String taskId) {
        return thread(user.tenantId(), work.readableInstance(user, taskId));
    }

    /** Adds the caller's comment to the task; 400 for an empty or too long text. */
    @Transactional
    public TaskComment comment(CurrentUser user, String taskId, String text) {
        InboxItem task = work.visible(user, taskId);
        return write(user, task.processInstanceId(), taskId, task.title(), text);
    }

    /**
     * The comments of a process instance, oldest first, for the page of the object it is about (a
     * ticket): the caller has already decided that the reader sees that object.
     */
    @Transactional(readOnly = true)
    public List<TaskComment> instanceComments(UUID tenantId, String processInstanceId) {
        return processInstanceId == null ? List.of() : thread(tenantId, processInstanceId);
    }

    /**
     * Adds the caller's comment to a process instance's thread from the page of its object (no task:
     * {@code taskId} stays null and {@code on} names the object, e.g. the ticket's number); the
     * caller has decided that {@code user} may comment there. 400 for an empty or too long text.
     */
    @Transactional
    public TaskComment commentOnInstance(CurrentUser user, String processInstanceId, String on, String text) {
        return write(user, processInstanceId, null, on, text);
    }

    private List<TaskComment> thread(UUID tenantId, String processInstanceId) {
        return jdbc.sql("""
                        select id, task_id, task_title, author_id, author_name, text, created_at
                          from inbox_task_comment
                         where tenant_id = ? and process_instance_id = ?
                         order by created_at, id
                        """)
                .params(tenantId, processInstanceId)
                .query((rs, i) -> new TaskComment(
                        rs.getObject("id", UUID.class),
                        rs.getString("task_id"),
                        rs.getString("task_title"),
                        rs.getObject("author_id", UUID.class),
                        rs.getString("author_name"),
                        rs.getString("text"),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    /** One comment in an instance's thread: on a task ({@code taskId}) or on the object's page (null). */
    private TaskComment write(CurrentUser user, String processInstanceId, String taskId, String on, String text) {
        String trimmed = checkedText(text);
        UUID id = UUID.randomUUID();
        Instant now = Instant.now();
        jdbc.sql("""
                        insert into inbox_task_comment (id, tenant_id, process_instance_id, task_id, task_title, author_id,
                                                        author_name, text, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        id,
                        user.tenantId(),
                        processInstanceId,
                        taskId,
                        on,
                        user.id(),
                        user.displayName(),
                        trimmed,
                        Timestamp.from(now))
                .update();
        return new TaskComment(id, taskId, on, user.id(), user.displayName(), trimmed, now);
    }

    private static String checkedText(String text) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            throw InvalidInputException.field("text", "is required");
        }
        if (trimmed.length() > MAX_COMMENT) {
            throw InvalidInputException.field("text", "must be at most " + MAX_COMMENT + " characters");
        }
        return trimmed;
    }

    /** The ended steps of the task's process instance, with the name of who completed each user task. */
    @Transactional(readOnly = true)
    public List<Step> history(CurrentUser user, String taskId) {
        String instance = work.readableInstance(user, taskId);
        Map<String, String> names = new HashMap<>();
        return history.endedSteps(user.tenantId(), instance, Inbox.locale(user)).stream()
                .map(step -> new Step(
                        step,
                        step.assignee() == null ? null : names.computeIfAbsent(step.assignee(), id -> name(user, id))))
                .toList();
    }

    /** The diagram of the task's process instance, with where it stands. */
    @Transactional(readOnly = true)
    public ProcessDiagram diagram(CurrentUser user, String taskId) {
        return history.diagram(user.tenantId(), work.readableInstance(user, taskId), Inbox.locale(user));
    }

    /**
     * What was submitted when the task was completed, its form in the reader's language, for those
     * who may read the ended task ({@link TaskWork#readableInstance}); 404 for everyone else, and
     * for a task that is still open or was cancelled (nothing was submitted).
     */
    @Transactional(readOnly = true)
    public Submission submission(CurrentUser user, String taskId) {
        work.readableInstance(user, taskId);
        TaskSubmission submitted = submissions
                .completed(user.tenantId(), taskId, Inbox.locale(user))
                .orElseThrow(() -> new NotFoundException("Completed task"));
        return new Submission(submitted, submitted.completedBy() == null ? null : name(user, submitted.completedBy()));
    }

    private String name(CurrentUser user, String userId) {
        try {
            return users.find(user.tenantId(), UUID.fromString(userId))
                    .map(UserSummary::displayName)
                    .orElse(userId);
        } catch (IllegalArgumentException e) {
            return userId;
        }
    }

    /** A completed task's submission and the display name of who completed it. */
    public record Submission(TaskSubmission submission, String completedByName) {}

    /** An ended step and the display name of who completed it (null for steps without a person). */
    public record Step(HistoricStep step, String completedBy) {}
}
