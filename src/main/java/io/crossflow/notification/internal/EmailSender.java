package io.crossflow.notification.internal;

import io.crossflow.identity.UserSummary;
import io.crossflow.identity.Users;
import io.crossflow.notification.NotificationProperties;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends the notification by SMTP ({@code spring.mail.*}) in the recipient's language, to the
 * address the user has at delivery time. A refused or unreachable server throws, and the dispatcher
 * retries later.
 */
@Component
class EmailSender implements ChannelSender {

    private final ObjectProvider<JavaMailSender> mail;
    private final Users users;
    private final NotificationProperties settings;

    EmailSender(ObjectProvider<JavaMailSender> mail, Users users, NotificationProperties settings) {
        this.mail = mail;
        this.users = users;
        this.settings = settings;
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public void deliver(OutboxRow row) {
        Optional<UserSummary> user = users.find(row.tenantId(), row.recipientId());
        if (user.isEmpty() || user.get().email() == null || user.get().email().isBlank()) {
            return; // nobody to write to any more: nothing to retry
        }
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            throw new IllegalStateException("No mail server configured (spring.mail.host)");
        }
        MessageTemplates.Rendered text =
                MessageTemplates.render(row.type(), row.params(), user.get().language());
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(settings.mailFrom());
        message.setTo(user.get().email());
        message.setSubject(text.subject());
        message.setText(row.link() == null ? text.body() : text.body() + "\n\n" + settings.webBaseUrl() + row.link());
        sender.send(message);
    }
}
