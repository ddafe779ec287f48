package io.crossflow.notification.internal;

import io.crossflow.identity.CurrentUser;
import io.crossflow.identity.Users;
import io.crossflow.notification.NotificationTarget;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The one check every notification's link passes, per recipient: target → may the recipient open
 * it → else its nearest visible ancestor (a partner told about a work item it does not see gets the
 * work package handed to it, or the project; a customer the milestone or the project). A link
 * leading nowhere the recipient may go is dropped: the notification has no link rather than one
 * answering 404. A link no target owns is not an object's (every object link the product writes
 * has its target, {@code NotificationLinksIT}) and passes unchanged.
 */
@Component
class NotificationLinks {

    /** Ancestors are few (work item → parent work items → project); this only stops a faulty target's loop. */
    private static final int MAX_STEPS = 32;

    private final List<NotificationTarget> targets;
    private final Users users;

    NotificationLinks(List<NotificationTarget> targets, Users users) {
        this.targets = List.copyOf(targets);
        this.users = users;
    }

    /** The link the recipient gets for {@code link}; null for none. */
    String forRecipient(UUID tenantId, UUID recipientId, String link) {
        if (link == null) {
            return null;
        }
        CurrentUser recipient = users.currentUser(recipientId)
                .filter(u -> u.tenantId().equals(tenantId))
                .orElse(null);
        return recipient == null ? null : forRecipient(recipient, link);
    }

    String forRecipient(CurrentUser recipient, String link) {
        String current = link;
        for (int step = 0; step < MAX_STEPS && current != null; step++) {
            String candidate = current;
            NotificationTarget target =
                    targets.stream().filter(t -> t.owns(candidate)).findFirst().orElse(null);
            if (target == null) {
                return candidate;
            }
            String next = target.nearestVisible(recipient, candidate);
            if (Objects.equals(next, candidate)) {
                return candidate;
            }
            current = next;
        }
        return null;
    }
}
