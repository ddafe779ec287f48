package io.crossflow.document.internal;

import io.crossflow.identity.CurrentUser;
import io.crossflow.notification.NotificationTarget;
import io.crossflow.shared.NotFoundException;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Links to documents ({@code /projects/<projectId>/documents/<id>}): the document if its sharing
 * lets the recipient see it, else its project.
 */
@Component
@Order(10) // before the project's own links, whose paths these extend
class DocumentNotificationTarget implements NotificationTarget {

    private static final Pattern DOCUMENT =
            Pattern.compile("^/projects/([0-9a-fA-F-]{36})/documents/([0-9a-fA-F-]{36})$");

    private final DocumentPolicy policy;

    DocumentNotificationTarget(DocumentPolicy policy) {
        this.policy = policy;
    }

    @Override
    public boolean owns(String link) {
        return DOCUMENT.matcher(link).matches();
    }

    @Override
    public String nearestVisible(CurrentUser recipient, String link) {
        var matcher = DOCUMENT.matcher(link);
        if (!matcher.matches()) {
            return null;
        }
        try {
            var document =
                    policy.visible(recipient, UUID.fromString(matcher.group(2))).document();
            return "/projects/" + document.projectId() + "/documents/" + document.id();
        } catch (NotFoundException e) {
            return "/projects/" + matcher.group(1);
        }
    }
}
