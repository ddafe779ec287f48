package io.crossflow.notification.internal;

import io.crossflow.notification.NotificationProperties;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The open Server-Sent-Event streams of this node, per user. Events: {@code notification} (a
 * {@link NotificationView}) and {@code unread-count} ({@code {"unread": n}}, also sent when a stream
 * opens). Pushes happen only after the delivering transaction committed. Streams are held in this
 * node's memory: with several nodes a user's stream may be open on another one (see
 * docs/notifications.md, PostgreSQL LISTEN/NOTIFY).
 */
@Component
public class LiveStreams {

    private static final Logger log = LoggerFactory.getLogger(LiveStreams.class);

    private final Map<UUID, Set<SseEmitter>> open = new ConcurrentHashMap<>();
    private final UnreadCounts counts;
    private final NotificationProperties settings;

    LiveStreams(UnreadCounts counts, NotificationProperties settings) {
        this.counts = counts;
        this.settings = settings;
    }

    /** Opens a stream for the user and sends it the current unread count. */
    public SseEmitter open(UUID userId) {
        SseEmitter emitter = new SseEmitter(settings.streamTimeout().toMillis());
        Set<SseEmitter> mine = open.computeIfAbsent(userId, id -> ConcurrentHashMap.newKeySet());
        mine.add(emitter);
        Runnable remove = () -> close(userId, emitter);
        emitter.onCompletion(remove);
        emitter.onTimeout(remove);
        emitter.onError(e -> remove.run());
        send(userId, emitter, "unread-count", Map.of("unread", counts.of(userId)));
        return emitter;
    }

    /**
     * Ends every open stream when the application stops. Tomcat's graceful shutdown would otherwise
     * wait for them (up to the shutdown timeout); the browsers reconnect to another node.
     */
    @EventListener(ContextClosedEvent.class)
    void closeAll() {
        open.values()
                .forEach(set -> set.forEach(emitter -> {
                    try {
                        emitter.complete();
                    } catch (RuntimeException e) {
                        // already gone
                    }
                }));
        open.clear();
    }

    boolean hasStreams(UUID userId) {
        Set<SseEmitter> mine = open.get(userId);
        return mine != null && !mine.isEmpty();
    }

    void afterCommitSend(UUID userId, NotificationView view) {
        afterCommit(() -> {
            sendAll(userId, "notification", view);
            sendAll(userId, "unread-count", Map.of("unread", counts.of(userId)));
        });
    }

    void afterCommitSendUnreadCount(UUID userId) {
        if (hasStreams(userId)) {
            afterCommit(() -> sendAll(userId, "unread-count", Map.of("unread", counts.of(userId))));
        }
    }

    private void afterCommit(Runnable push) {
        Runnable safe = () -> {
            try {
                push.run();
            } catch (RuntimeException e) {
                log.warn("Could not push to a live notification stream", e);
            }
        };
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    safe.run();
                }
            });
        } else {
            safe.run();
        }
    }

    private void sendAll(UUID userId, String event, Object data) {
        Set<SseEmitter> mine = open.get(userId);
        if (mine != null) {
            mine.forEach(emitter -> send(userId, emitter, event, data));
        }
    }

    private void send(UUID userId, SseEmitter emitter, String event, Object data) {
        try {
            emitter.send(SseEmitter.event().name(event).data(data, MediaType.APPLICATION_JSON));
        } catch (Exception e) {
            // the browser went away: forget the stream, it reconnects with a new one
            close(userId, emitter);
            emitter.completeWithError(e);
        }
    }

    private void close(UUID userId, SseEmitter emitter) {
        open.computeIfPresent(userId, (id, set) -> {
            set.remove(emitter);
            return set.isEmpty() ? null : set;
        });
    }
}
