package io.crossflow.notification;

import io.crossflow.identity.CurrentUser;
import io.crossflow.shared.NotFoundException;
import java.util.UUID;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * A {@link NotificationTarget} for links of one path shape whose last group is the object's id: the
 * object's own link when the owning module shows it to the recipient ({@link #visible} answers, its
 * {@link NotFoundException} means "not to this one"), else the link of its nearest ancestor.
 */
public abstract class PathTarget implements NotificationTarget {

    private final Pattern path;

    /** {@code path}: the whole link, its last group the object's id (e.g. {@code ^/tickets/([0-9a-f-]{36})$}). */
    protected PathTarget(String path) {
        this.path = Pattern.compile(path);
    }

    /** The object's link for a recipient who may open it; throws {@link NotFoundException} otherwise. */
    protected abstract String visible(CurrentUser recipient, UUID id, MatchResult link);

    /** The link of the nearest ancestor, for a recipient who may not open the object; null when there is none. */
    protected abstract String ancestor(CurrentUser recipient, UUID id, MatchResult link);

    @Override
    public final boolean owns(String link) {
        return path.matcher(link).matches();
    }

    @Override
    public final String nearestVisible(CurrentUser recipient, String link) {
        var matcher = path.matcher(link);
        if (!matcher.matches()) {
            return null;
        }
        UUID id = UUID.fromString(matcher.group(matcher.groupCount()));
        try {
            return visible(recipient, id, matcher);
        } catch (NotFoundException e) {
            return ancestor(recipient, id, matcher);
        }
    }
}
