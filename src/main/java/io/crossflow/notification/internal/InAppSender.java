package io.crossflow.notification.internal;

import io.crossflow.identity.Users;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Puts the notification into the recipient's list and, once that is committed, pushes it to the
 * recipient's open live streams. The list is unique per recipient and dedupe key as well.
 */
@Component
class InAppSender implements ChannelSender {

    private final JdbcClient jdbc;
    private final Notifications notifications;
    private final LiveStreams streams;
    private final Users users;

    InAppSender(JdbcClient jdbc, Notifications notifications, LiveStreams streams, Users users) {
        this.jdbc = jdbc;
        this.notifications = notifications;
        this.streams = streams;
        this.users = users;
    }

    @Override
    public Channel channel() {
        return Channel.IN_APP;
    }

    @Override
    public void deliver(OutboxRow row) {
        Optional<UUID> created = jdbc.sql("""
                        insert into ntf_notification (id, tenant_id, recipient_id, dedupe_key, type, params, link, created_at)
                        select gen_random_uuid(), tenant_id, recipient_id, dedupe_key, type, params, link, now()
                          from ntf_outbox where id = ?
                        on conflict (recipient_id, dedupe_key) do nothing
                        returning id
                        """).param(row.id()).query(UUID.class).optional();
        if (created.isEmpty() || !streams.hasStreams(row.recipientId())) {
            return;
        }
        String language = users.find(row.tenantId(), row.recipientId())
                .map(u -> u.language())
                .orElse("en");
        notifications
                .find(row.recipientId(), created.get(), language)
                .ifPresent(view -> streams.afterCommitSend(row.recipientId(), view));
    }
}
