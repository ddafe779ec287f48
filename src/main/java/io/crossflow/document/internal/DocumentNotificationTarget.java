package io.crossflow.document.internal;

import io.crossflow.identity.CurrentUser;
import io.crossflow.notification.PathTarget;
import java.util.UUID;
import java.util.regex.MatchResult;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Links to documents ({@code /projects/<projectId>/documents/<id>}): the document if its sharing
 * lets the recipient see it, else its project.
 */
@Component
@Order(10) // before the project's own links, whose paths these extend
class DocumentNotificationTarget extends PathTarget {

    private final DocumentPolicy policy;

    DocumentNotificationTarget(DocumentPolicy policy) {
        super("^/projects/([0-9a-fA-F-]{36})/documents/([0-9a-fA-F-]{36})$");
        this.policy = policy;
    }

    @Override
    protected String visible(CurrentUser recipient, UUID id, MatchResult link) {
        var document = policy.visible(recipient, id).document();
        return "/projects/" + document.projectId() + "/documents/" + document.id();
    }

    @Override
    protected String ancestor(CurrentUser recipient, UUID id, MatchResult link) {
        return "/projects/" + link.group(1);
    }
}
