package io.crossflow.notification.internal;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A notification as its recipient sees it, worded in the recipient's language.
 *
 * @param readAt null while unread
 */
public record NotificationView(
        UUID id,
        String type,
        String title,
        String body,
        String link,
        Map<String, String> params,
        Instant createdAt,
        Instant readAt) {}
