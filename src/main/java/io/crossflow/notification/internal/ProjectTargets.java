package io.crossflow.notification.internal;

import io.crossflow.identity.CurrentUser;
import io.crossflow.notification.NotificationTarget;
import io.crossflow.project.ProjectAccess;
import io.crossflow.project.Standing;
import io.crossflow.project.WorkItem;
import io.crossflow.project.WorkItems;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Links to projects ({@code /projects/<id>}) and work items ({@code /projects/<id>/work-items/<id>},
 * or the short {@code /work-items/<id>}), answered by the project module's policy ({@link
 * Standing#sees}): a work item the recipient does not see leads to its nearest ancestor it sees,
 * else to the project, if the recipient takes part in it.
 */
@Component
@Order(100) // after the targets of the objects inside a project (documents: /projects/<id>/documents/<id>)
class ProjectTargets implements NotificationTarget {

    private static final String ID = "([0-9a-fA-F-]{36})";
    private static final Pattern PROJECT = Pattern.compile("^/projects/" + ID + "/?$");
    private static final Pattern WORK_ITEM = Pattern.compile("^(?:/projects/" + ID + ")?/work-items/" + ID + "$");

    private final ProjectAccess access;
    private final WorkItems workItems;

    ProjectTargets(ProjectAccess access, WorkItems workItems) {
        this.access = access;
        this.workItems = workItems;
    }

    static String projectLink(UUID projectId) {
        return "/projects/" + projectId;
    }

    static String workItemLink(WorkItem item) {
        return "/projects/" + item.projectId() + "/work-items/" + item.id();
    }

    @Override
    public boolean owns(String link) {
        return PROJECT.matcher(link).matches() || WORK_ITEM.matcher(link).matches();
    }

    @Override
    public String nearestVisible(CurrentUser recipient, String link) {
        Matcher project = PROJECT.matcher(link);
        if (project.matches()) {
            UUID id = UUID.fromString(project.group(1));
            return access.findStanding(recipient, id).isPresent() ? projectLink(id) : null;
        }
        Matcher workItem = WORK_ITEM.matcher(link);
        if (!workItem.matches()) {
            return null;
        }
        Optional<WorkItem> item = workItems.find(recipient.tenantId(), UUID.fromString(workItem.group(2)));
        if (item.isEmpty()) {
            return null;
        }
        Optional<Standing> standing = access.findStanding(recipient, item.get().projectId());
        if (standing.isEmpty()) {
            return null;
        }
        WorkItem current = item.get();
        for (int depth = 0; current != null && depth < 64; depth++) {
            if (standing.get().sees(current)) {
                return workItemLink(current);
            }
            current = current.parentId() == null
                    ? null
                    : workItems.find(recipient.tenantId(), current.parentId()).orElse(null);
        }
        return projectLink(item.get().projectId());
    }
}
