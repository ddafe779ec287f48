package io.crossflow.notification;

import io.crossflow.identity.CurrentUser;

/**
 * The owning module's answer for the web-app links to its objects that notifications carry. The
 * notification module asks it for every recipient before it writes the recipient's notification,
 * so a notification links only to what its recipient may open ({@code docs/notifications.md}).
 * A module whose objects notifications link to registers one bean per kind of link; the
 * project module, which the notification module depends on itself, is answered inside it.
 */
public interface NotificationTarget {

    /** Whether {@code link} names an object of this target (by its path). */
    boolean owns(String link);

    /**
     * Where the recipient may go for {@code link}: the link itself when the recipient may open the
     * object, else the link of the object's nearest ancestor (e.g. its project; the notification
     * module checks that one again), or null when there is none the recipient may open.
     */
    String nearestVisible(CurrentUser recipient, String link);
}
