package io.crossflow.notification.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crossflow.notification.NotificationRequested;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes a request to {@code ntf_outbox} in the caller's transaction: one row per recipient and
 * channel (in-app always, e-mail when the user has an address and has not turned e-mail off for the
 * type's category, {@link NotificationPreferences}). A row that exists already for the
 * recipient, channel and dedupe key is left alone, so a re-delivered event notifies nobody twice.
 */
@Component
class Outbox {

    private final JdbcClient jdbc;
    private final Recipients recipients;
    private final ObjectMapper json;
    private final NotificationLinks links;
    private final NotificationPreferences preferences;

    Outbox(
            JdbcClient jdbc,
            Recipients recipients,
            ObjectMapper json,
            NotificationLinks links,
            NotificationPreferences preferences) {
        this.jdbc = jdbc;
        this.recipients = recipients;
        this.json = json;
        this.links = links;
        this.preferences = preferences;
    }

    /**
     * The number of outbox rows written (duplicates not counted). Each recipient gets the request's
     * link only if it may open it, else the nearest ancestor it may open, or none ({@link NotificationLinks}).
     */
    int enqueue(NotificationRequested request) {
        Objects.requireNonNull(request.tenantId(), "NotificationRequested.tenantId");
        Objects.requireNonNull(request.type(), "NotificationRequested.type");
        Objects.requireNonNull(request.dedupeKey(), "NotificationRequested.dedupeKey");
        String params = params(request.params());
        int written = 0;
        List<Recipients.Recipient> resolved = recipients.resolve(
                request.tenantId(), request.userIds(), request.organisationIds(), request.candidateGroups());
        Set<UUID> noEmail = preferences.turnedOff(
                resolved.stream().map(Recipients.Recipient::id).toList(), request.type(), Channel.EMAIL);
        for (Recipients.Recipient recipient : resolved) {
            String link = links.forRecipient(request.tenantId(), recipient.id(), request.link());
            written += insert(request, recipient.id(), Channel.IN_APP, params, link);
            if (recipient.email() != null && !recipient.email().isBlank() && !noEmail.contains(recipient.id())) {
                written += insert(request, recipient.id(), Channel.EMAIL, params, link);
            }
        }
        return written;
    }

    /**
     * One e-mail to one user, without an in-app entry: for a message whose link is a secret that
     * must not stay in the notification list (a sign-in unlock link).
     */
    int enqueueEmailOnly(NotificationRequested request, UUID recipient) {
        return insert(request, recipient, Channel.EMAIL, params(request.params()), request.link());
    }

    private int insert(NotificationRequested request, UUID recipient, Channel channel, String params, String link) {
        return jdbc.sql("""
                        insert into ntf_outbox (id, tenant_id, recipient_id, channel, dedupe_key, type, params, link,
                                                next_attempt_at)
                        values (:id, :tenant, :recipient, :channel, :key, :type, cast(:params as jsonb), :link, :now)
                        on conflict (recipient_id, channel, dedupe_key) do nothing
                        """)
                .param("id", UUID.randomUUID())
                .param("tenant", request.tenantId())
                .param("recipient", recipient)
                .param("channel", channel.name())
                .param("key", request.dedupeKey())
                .param("type", request.type())
                .param("params", params)
                .param("link", link)
                .param("now", java.sql.Timestamp.from(Instant.now()))
                .update();
    }

    private String params(Map<String, String> params) {
        try {
            return json.writeValueAsString(params);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Notification params are not serialisable", e);
        }
    }
}
