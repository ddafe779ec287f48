package io.crossflow.notification.internal;

import io.crossflow.identity.CurrentUser;
import io.crossflow.shared.InvalidInputException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What each person chose to receive on which channel, per {@link NotificationCategories category}
 * ({@code ntf_preference}, this class owns its SQL). Every channel is on until its owner turns it
 * off; the in-app list always receives everything (it is the record of what happened), and the
 * security mails (sign-in lock, invitation, password reset) are never held back. A choice applies
 * to notifications raised after it, never to those already in the outbox.
 */
@Service
public class NotificationPreferences {

    /** A channel a person may turn off for a category, and whether this person can receive it at all. */
    public record ChannelView(String channel, boolean changeable, String address) {}

    /** One category and what is on for it, per channel. */
    public record CategoryView(String category, Map<String, Boolean> enabled) {}

    /** The caller's choices as the profile shows them. */
    public record View(List<ChannelView> channels, List<CategoryView> categories) {}

    /** One choice to save. */
    public record Choice(String category, String channel, Boolean enabled) {}

    private final JdbcClient jdbc;

    NotificationPreferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public View of(CurrentUser user) {
        String address = jdbc.sql("select email from idn_user where id = ?")
                .param(user.id())
                .query(String.class)
                .optional()
                .filter(email -> !email.isBlank())
                .orElse(null);
        Set<String> off = new HashSet<>(
                jdbc.sql("select category || '/' || channel from ntf_preference where user_id = ? and not enabled")
                        .param(user.id())
                        .query(String.class)
                        .list());
        List<CategoryView> categories = new ArrayList<>();
        for (String category : NotificationCategories.all()) {
            Map<String, Boolean> enabled = new LinkedHashMap<>();
            enabled.put(Channel.IN_APP.name(), true);
            enabled.put(Channel.EMAIL.name(), !off.contains(category + "/" + Channel.EMAIL.name()));
            categories.add(new CategoryView(category, enabled));
        }
        return new View(
                List.of(
                        new ChannelView(Channel.IN_APP.name(), false, null),
                        new ChannelView(Channel.EMAIL.name(), true, address)),
                categories);
    }

    /** Saves the choices, all or none: one that names no category or channel, or turns the app off, refuses them all. */
    @Transactional
    public View save(CurrentUser user, List<Choice> choices) {
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        if (choices == null || choices.isEmpty()) {
            throw InvalidInputException.field("choices", "Say at least one choice to save.");
        }
        for (int i = 0; i < choices.size(); i++) {
            Choice choice = choices.get(i);
            String at = "choices[" + i + "].";
            if (choice == null || !NotificationCategories.all().contains(choice.category())) {
                errors.add(
                        new InvalidInputException.FieldError(at + "category", "This is not a kind of notification."));
                continue;
            }
            if (Channel.IN_APP.name().equals(choice.channel())) {
                errors.add(new InvalidInputException.FieldError(
                        at + "channel", "The notification list in the app always receives everything."));
            } else if (!Channel.EMAIL.name().equals(choice.channel())) {
                errors.add(new InvalidInputException.FieldError(at + "channel", "This is not a channel."));
            }
            if (choice.enabled() == null) {
                errors.add(new InvalidInputException.FieldError(at + "enabled", "Say whether it is on or off."));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("Please correct the highlighted fields.", errors);
        }
        Timestamp now = Timestamp.from(Instant.now());
        for (Choice choice : choices) {
            jdbc.sql("""
                            insert into ntf_preference (user_id, tenant_id, category, channel, enabled, updated_at)
                            values (:user, :tenant, :category, :channel, :enabled, :now)
                            on conflict (user_id, category, channel)
                            do update set enabled = excluded.enabled, updated_at = excluded.updated_at
                            """)
                    .param("user", user.id())
                    .param("tenant", user.tenantId())
                    .param("category", choice.category())
                    .param("channel", choice.channel())
                    .param("enabled", choice.enabled())
                    .param("now", now)
                    .update();
        }
        return of(user);
    }

    /** Of the given people, those who turned the channel off for the type's category. */
    Set<UUID> turnedOff(Collection<UUID> userIds, String type, Channel channel) {
        Optional<String> category = NotificationCategories.of(type);
        if (userIds.isEmpty() || category.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("""
                        select user_id from ntf_preference
                        where user_id in (:users) and category = :category and channel = :channel and not enabled
                        """)
                .param("users", List.copyOf(userIds))
                .param("category", category.get())
                .param("channel", channel.name())
                .query(UUID.class)
                .list());
    }
}
