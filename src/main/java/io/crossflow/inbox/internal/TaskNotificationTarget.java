package io.crossflow.inbox.internal;

import io.crossflow.identity.CurrentUser;
import io.crossflow.inbox.TaskWork;
import io.crossflow.notification.NotificationTarget;
import org.springframework.stereotype.Component;

/** Links to tasks ({@code /inbox/<taskId>}), answered by the inbox's rule (candidates, assignee). */
@Component
class TaskNotificationTarget implements NotificationTarget {

    private static final String PREFIX = "/inbox/";

    private final TaskWork tasks;

    TaskNotificationTarget(TaskWork tasks) {
        this.tasks = tasks;
    }

    @Override
    public boolean owns(String link) {
        return link.startsWith(PREFIX) && link.length() > PREFIX.length() && link.indexOf('/', PREFIX.length()) < 0;
    }

    @Override
    public String nearestVisible(CurrentUser recipient, String link) {
        // a task the recipient may not work on (or one completed since): nothing to open
        return tasks.findWorkable(recipient, link.substring(PREFIX.length()))
                .map(task -> PREFIX + task.taskId())
                .orElse(null);
    }
}
