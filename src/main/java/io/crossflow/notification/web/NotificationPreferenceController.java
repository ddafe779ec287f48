package io.crossflow.notification.web;

import io.crossflow.identity.CurrentUsers;
import io.crossflow.notification.internal.NotificationPreferences;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own choice of channels per kind of notification (profile, "Notifications"). */
@RestController
@RequestMapping("/api/me/notification-preferences")
class NotificationPreferenceController {

    private final NotificationPreferences preferences;

    NotificationPreferenceController(NotificationPreferences preferences) {
        this.preferences = preferences;
    }

    /** The changes to save; channels and categories not named keep their choice. */
    record Changes(List<NotificationPreferences.Choice> choices) {}

    @GetMapping
    NotificationPreferences.View get() {
        return preferences.of(CurrentUsers.require());
    }

    @PutMapping
    NotificationPreferences.View save(@RequestBody Changes changes) {
        return preferences.save(CurrentUsers.require(), changes.choices());
    }
}
