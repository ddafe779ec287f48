package io.crossflow.notification.web;

import io.crossflow.identity.CurrentUser;
import io.crossflow.identity.CurrentUsers;
import io.crossflow.notification.internal.LiveStreams;
import io.crossflow.notification.internal.Notifications;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** The caller's own in-app notifications and its live stream of new ones. */
@RestController
@RequestMapping("/api/notifications")
class NotificationController {

    private final Notifications notifications;
    private final LiveStreams streams;

    NotificationController(Notifications notifications, LiveStreams streams) {
        this.notifications = notifications;
        this.streams = streams;
    }

    @GetMapping
    Notifications.Page list(
            @RequestParam(defaultValue = "false") boolean unread,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return notifications.list(CurrentUsers.require(), unread, page, size);
    }

    @GetMapping("/unread-count")
    Map<String, Long> unreadCount() {
        return Map.of("unread", notifications.unreadCount(CurrentUsers.require().id()));
    }

    @PostMapping("/{id}/read")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void read(@PathVariable UUID id) {
        notifications.markRead(CurrentUsers.require(), id);
    }

    @PostMapping("/read-all")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void readAll() {
        notifications.markAllRead(CurrentUsers.require());
    }

    /**
     * Server-Sent Events: {@code unread-count} at once, then {@code notification} and {@code
     * unread-count} as they happen. Only served as {@code text/event-stream}: any other Accept
     * header answers 406 at once instead of holding the connection open.
     */
    @GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream() {
        CurrentUser user = CurrentUsers.require();
        return streams.open(user.id());
    }
}
