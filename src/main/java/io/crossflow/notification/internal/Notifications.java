package io.crossflow.notification.internal;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crossflow.identity.CurrentUser;
import io.crossflow.shared.NotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The in-app notification lists: every query is scoped to the caller, so another user's
 * notification is as missing as one that does not exist (404).
 */
@Service
public class Notifications {

    private static final TypeReference<Map<String, String>> PARAMS = new TypeReference<>() {};
    private static final String COLUMNS = "id, type, params::text as params, link, created_at, read_at";

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final LiveStreams streams;
    private final UnreadCounts counts;

    Notifications(JdbcClient jdbc, ObjectMapper json, LiveStreams streams, UnreadCounts counts) {
        this.jdbc = jdbc;
        this.json = json;
        this.streams = streams;
        this.counts = counts;
    }

    /** One page of the caller's notifications, newest first. */
    public record Page(List<NotificationView> items, long total, long unread) {}

    public Page list(CurrentUser user, boolean unreadOnly, int page, int size) {
        String filter = " where recipient_id = :user" + (unreadOnly ? " and read_at is null" : "");
        List<NotificationView> items = jdbc.sql("select " + COLUMNS + " from ntf_notification" + filter
                        + " order by created_at desc, id limit :size offset :offset")
                .param("user", user.id())
                .param("size", size)
                .param("offset", (long) page * size)
                .query((rs, i) -> view(rs, user.language()))
                .list();
        long total = jdbc.sql("select count(*) from ntf_notification" + filter)
                .param("user", user.id())
                .query(Long.class)
                .single();
        return new Page(items, total, unreadCount(user.id()));
    }

    public long unreadCount(UUID userId) {
        return counts.of(userId);
    }

    @Transactional
    public void markRead(CurrentUser user, UUID id) {
        int found = jdbc.sql(
                        "update ntf_notification set read_at = coalesce(read_at, ?) where id = ? and recipient_id = ?")
                .params(Timestamp.from(Instant.now()), id, user.id())
                .update();
        if (found == 0) {
            throw new NotFoundException("Notification");
        }
        streams.afterCommitSendUnreadCount(user.id());
    }

    @Transactional
    public int markAllRead(CurrentUser user) {
        int changed = jdbc.sql("update ntf_notification set read_at = ? where recipient_id = ? and read_at is null")
                .params(Timestamp.from(Instant.now()), user.id())
                .update();
        streams.afterCommitSendUnreadCount(user.id());
        return changed;
    }

    /** The notification as the recipient sees it, in the given language. */
    Optional<NotificationView> find(UUID recipientId, UUID id, String language) {
        return jdbc.sql("select " + COLUMNS + " from ntf_notification where id = ? and recipient_id = ?")
                .params(id, recipientId)
                .query((rs, i) -> view(rs, language))
                .optional();
    }

    private NotificationView view(ResultSet rs, String language) throws SQLException {
        Map<String, String> params = params(rs.getString("params"));
        String type = rs.getString("type");
        MessageTemplates.Rendered text = MessageTemplates.render(type, params, language);
        Timestamp readAt = rs.getTimestamp("read_at");
        return new NotificationView(
                rs.getObject("id", UUID.class),
                type,
                text.subject(),
                text.body(),
                rs.getString("link"),
                MessageTemplates.inLanguage(params, language),
                rs.getTimestamp("created_at").toInstant(),
                readAt == null ? null : readAt.toInstant());
    }

    private Map<String, String> params(String value) {
        try {
            return json.readValue(value, PARAMS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
