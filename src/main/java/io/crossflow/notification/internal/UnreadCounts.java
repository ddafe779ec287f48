package io.crossflow.notification.internal;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** How many of a user's notifications are unread (index {@code ntf_notification_unread}). */
@Component
class UnreadCounts {

    private final JdbcClient jdbc;

    UnreadCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long of(UUID userId) {
        return jdbc.sql("select count(*) from ntf_notification where recipient_id = ? and read_at is null")
                .param(userId)
                .query(Long.class)
                .single();
    }
}
