package io.crossflow.document;

import io.crossflow.document.internal.DocumentPolicy;
import io.crossflow.document.internal.DocumentRecords;
import io.crossflow.identity.CurrentUser;
import io.crossflow.identity.Users;
import io.crossflow.notification.NotificationRequested;
import io.crossflow.project.ProjectAccess;
import io.crossflow.shared.InvalidInputException;
import io.crossflow.shared.NotFoundException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Comments on documents, seen by whoever sees the document. An {@code @username} in a comment
 * notifies that user ({@value #MENTIONED}) if, and only if, it may see the document itself.
 */
@Service
public class DocumentComments {

    /** Notification type of a mention. Params: author, document, project. */
    public static final String MENTIONED = "DOCUMENT_MENTION";

    static final int MAX_LENGTH = 10_000;
    private static final Pattern MENTION = Pattern.compile("(?<![\\w.@])@([A-Za-z0-9][A-Za-z0-9._-]{0,99})");

    private final DocumentRecords records;
    private final DocumentPolicy policy;
    private final ProjectAccess access;
    private final Users users;
    private final ApplicationEventPublisher events;

    DocumentComments(
            DocumentRecords records,
            DocumentPolicy policy,
            ProjectAccess access,
            Users users,
            ApplicationEventPublisher events) {
        this.records = records;
        this.policy = policy;
        this.access = access;
        this.users = users;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<DocumentComment> list(CurrentUser user, UUID documentId) {
        return records.comments(policy.visible(user, documentId).document().id());
    }

    /** Adds a comment (optionally on a version) and notifies the mentioned users who see the document. */
    @Transactional
    public DocumentComment add(CurrentUser user, UUID documentId, Integer version, String body) {
        Document document = policy.visible(user, documentId).document();
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            throw InvalidInputException.field("body", "is required");
        }
        if (text.length() > MAX_LENGTH) {
            throw InvalidInputException.field("body", "must be at most " + MAX_LENGTH + " characters");
        }
        if (version != null && records.version(document.id(), version).isEmpty()) {
            throw new NotFoundException("Version");
        }
        UUID id = records.insertComment(document.id(), version, user.id(), text);
        Set<UUID> recipients = new LinkedHashSet<>();
        Matcher m = MENTION.matcher(text);
        while (m.find()) {
            users.currentUserByUsername(m.group(1))
                    .filter(u -> u.tenantId().equals(user.tenantId()))
                    .filter(u -> !u.id().equals(user.id()))
                    .filter(u -> access.findStanding(u, document.projectId())
                            .filter(s -> DocumentPolicy.sees(s, document))
                            .isPresent())
                    .ifPresent(u -> recipients.add(u.id()));
        }
        if (!recipients.isEmpty()) {
            events.publishEvent(new NotificationRequested(
                    user.tenantId(),
                    recipients,
                    Set.of(),
                    Set.of(),
                    MENTIONED,
                    Map.of(
                            "author", user.displayName() == null ? user.username() : user.displayName(),
                            "document", document.name(),
                            "project",
                                    access.standing(user, document.projectId())
                                            .project()
                                            .name()),
                    "/projects/" + document.projectId() + "/documents/" + document.id(),
                    "document-comment:" + id));
        }
        return records.comments(document.id()).stream()
                .filter(c -> c.id().equals(id))
                .findFirst()
                .orElseThrow();
    }
}
