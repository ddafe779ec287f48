package io.crossflow.notification.internal;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crossflow.notification.NotificationProperties;
import io.crossflow.notification.NotificationTypes;
import io.crossflow.tenancy.Tenants;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the outbox after the business transactions committed. Each row is locked with {@code
 * FOR UPDATE SKIP LOCKED} and delivered in its own short transaction, so several nodes share the
 * work without sending anything twice, and one failing row never holds up the others. A failed
 * attempt is recorded with its error and retried after an exponentially growing pause
 * ({@link NotificationProperties#backoff}); after {@code maxAttempts} the row is marked {@code
 * GAVE_UP}. Business transactions never wait for a channel. Rows of a suspended tenant stay
 * pending, untouched, and are delivered once it is resumed.
 */
@Service
public class OutboxDispatcher {

    private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);
    private static final TypeReference<Map<String, String>> PARAMS = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final NotificationProperties settings;
    private final ObjectMapper json;
    private final Map<Channel, ChannelSender> senders = new EnumMap<>(Channel.class);
    private final Tenants tenants;

    OutboxDispatcher(
            Tenants tenants,
            JdbcClient jdbc,
            PlatformTransactionManager transactionManager,
            NotificationProperties settings,
            ObjectMapper json,
            List<ChannelSender> senders) {
        this.tenants = tenants;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.settings = settings;
        this.json = json;
        senders.forEach(sender -> this.senders.put(sender.channel(), sender));
    }

    /** What one pass did. */
    public record Pass(int delivered, int failed, int gaveUp) {}

    @Scheduled(
            initialDelayString = "${crossflow.notification.dispatch-interval}",
            fixedDelayString = "${crossflow.notification.dispatch-interval}")
    void scheduledPass() {
        try {
            dispatchDue();
        } catch (RuntimeException e) {
            log.warn("Notification dispatch pass failed; the next pass retries", e);
        }
    }

    /** Delivers what is due now: one pass, synchronously (production runs it on a schedule). */
    public Pass dispatchDue() {
        return dispatchDueAt(Instant.now());
    }

    /**
     * Delivers what is due at {@code now}, up to {@code batchSize} rows. Passing a later instant lets
     * a test reach a retry without waiting for its back-off.
     */
    public Pass dispatchDueAt(Instant now) {
        int delivered = 0;
        int failed = 0;
        int gaveUp = 0;
        UUID[] paused = tenants.suspendedIds().toArray(UUID[]::new);
        for (int i = 0; i < settings.batchSize(); i++) {
            Outcome outcome = transactions.execute(status -> dispatchNext(now, paused, status));
            if (outcome == null || outcome == Outcome.NOTHING_DUE) {
                break;
            }
            switch (outcome) {
                case DELIVERED -> delivered++;
                case FAILED -> failed++;
                case GAVE_UP -> gaveUp++;
                default -> {}
            }
        }
        return new Pass(delivered, failed, gaveUp);
    }

    private enum Outcome {
        NOTHING_DUE,
        DELIVERED,
        FAILED,
        GAVE_UP
    }

    private Outcome dispatchNext(Instant now, UUID[] pausedTenants, TransactionStatus status) {
        Optional<OutboxRow> next = lockNextDue(now, pausedTenants);
        if (next.isEmpty()) {
            return Outcome.NOTHING_DUE;
        }
        OutboxRow row = next.get();
        Object savepoint = status.createSavepoint();
        try {
            sender(row.channel()).deliver(row);
            status.releaseSavepoint(savepoint);
        } catch (Exception e) {
            status.rollbackToSavepoint(savepoint);
            return recordFailure(row, now, e);
        }
        jdbc.sql("update ntf_outbox set status = 'SENT', attempts = attempts + 1, sent_at = ?, last_error = null,"
                        + " link = case when type = any(?) then null else link end where id = ?")
                .params(Timestamp.from(Instant.now()), SECRET_LINKS, row.id())
                .update();
        return Outcome.DELIVERED;
    }

    private static final String[] SECRET_LINKS = NotificationTypes.SECRET_LINKS.toArray(String[]::new);

    private ChannelSender sender(Channel channel) {
        ChannelSender sender = senders.get(channel);
        if (sender == null) {
            throw new IllegalStateException("No sender for channel " + channel);
        }
        return sender;
    }

    private Outcome recordFailure(OutboxRow row, Instant now, Exception e) {
        int attempts = row.attempts() + 1;
        boolean giveUp = attempts >= settings.maxAttempts();
        String error = e.getClass().getSimpleName() + ": " + e.getMessage();
        // an unlock link is a secret: once delivered or given up, the outbox keeps no copy of it
        jdbc.sql("update ntf_outbox set attempts = ?, status = ?, next_attempt_at = ?, last_error = ?,"
                        + " link = case when ? and type = any(?) then null else link end where id = ?")
                .params(
                        attempts,
                        giveUp ? "GAVE_UP" : "PENDING",
                        Timestamp.from(now.plus(settings.backoff(attempts))),
                        error.length() > 1000 ? error.substring(0, 1000) : error,
                        giveUp,
                        SECRET_LINKS,
                        row.id())
                .update();
        if (giveUp) {
            log.warn(
                    "Gave up {} notification {} to user {} after {} attempts: {}",
                    row.channel(),
                    row.dedupeKey(),
                    row.recipientId(),
                    attempts,
                    error);
            return Outcome.GAVE_UP;
        }
        log.info(
                "{} notification {} to user {} failed (attempt {}), retrying later: {}",
                row.channel(),
                row.dedupeKey(),
                row.recipientId(),
                attempts,
                error);
        return Outcome.FAILED;
    }

    private Optional<OutboxRow> lockNextDue(Instant now, UUID[] pausedTenants) {
        return jdbc.sql("""
                        select id, tenant_id, recipient_id, channel, dedupe_key, type, params::text as params, link, attempts
                          from ntf_outbox
                         where status = 'PENDING' and next_attempt_at <= ? and tenant_id <> all(cast(? as uuid[]))
                         order by next_attempt_at
                         limit 1
                           for update skip locked
                        """)
                .params(Timestamp.from(now), pausedTenants)
                .query((rs, i) -> new OutboxRow(
                        rs.getObject("id", UUID.class),
                        rs.getObject("tenant_id", UUID.class),
                        rs.getObject("recipient_id", UUID.class),
                        Channel.valueOf(rs.getString("channel")),
                        rs.getString("dedupe_key"),
                        rs.getString("type"),
                        params(rs.getString("params")),
                        rs.getString("link"),
                        rs.getInt("attempts")))
                .optional();
    }

    private Map<String, String> params(String value) {
        try {
            return json.readValue(value, PARAMS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
