package io.crossflow.document.internal;

import io.crossflow.document.Document;
import io.crossflow.document.TargetType;
import io.crossflow.identity.CurrentUser;
import io.crossflow.identity.UserSummary;
import io.crossflow.identity.Users;
import io.crossflow.inbox.InboxItem;
import io.crossflow.inbox.TaskWork;
import io.crossflow.project.ProjectAccess;
import io.crossflow.project.Standing;
import io.crossflow.project.WorkItem;
import io.crossflow.project.WorkItems;
import io.crossflow.ticket.Ticket;
import io.crossflow.ticket.Tickets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The documents library: every document the caller sees in one project or in all of its projects,
 * with the folder it sits in named as its reader knows it (the work item's title, the ticket's
 * number and title, the task's name), its comment count, its uploader's name and what the caller
 * may do with it. Who sees a document is {@link DocumentPolicy#sees}; a folder's title is given
 * only when the reader may also see the object the folder stands for.
 */
@Component
public class DocumentLibrary {

    private final DocumentRecords records;
    private final ProjectAccess access;
    private final WorkItems workItems;
    private final Tickets tickets;
    private final TaskWork tasks;
    private final Users users;

    DocumentLibrary(
            DocumentRecords records,
            ProjectAccess access,
            WorkItems workItems,
            Tickets tickets,
            TaskWork tasks,
            Users users) {
        this.records = records;
        this.access = access;
        this.workItems = workItems;
        this.tickets = tickets;
        this.tasks = tasks;
        this.users = users;
    }

    /** The documents of the project (404 if the caller does not see it), or of all its projects when null. */
    @Transactional(readOnly = true)
    public List<Entry> list(CurrentUser user, UUID projectId) {
        List<Entry> entries = new ArrayList<>();
        Map<UUID, String> names = new HashMap<>();
        for (UUID id : access.projectsFor(user, projectId)) {
            Optional<Standing> found = access.findStanding(user, id);
            if (found.isEmpty()) {
                continue;
            }
            Standing standing = found.get();
            List<Document> documents = records.inProject(user.tenantId(), id, null, null).stream()
                    .filter(d -> DocumentPolicy.sees(standing, d))
                    .toList();
            Map<UUID, Integer> comments =
                    records.commentCounts(documents.stream().map(Document::id).toList());
            Map<String, Folder> folders = new HashMap<>();
            for (Document d : documents) {
                Folder folder =
                        folders.computeIfAbsent(d.targetType() + ":" + d.targetId(), k -> folder(user, standing, d));
                UUID uploader = d.latest() == null ? d.createdBy() : d.latest().uploadedBy();
                String uploaderName = uploader == null
                        ? null
                        : names.computeIfAbsent(
                                uploader,
                                u -> users.find(user.tenantId(), u)
                                        .map(UserSummary::displayName)
                                        .orElse(null));
                entries.add(new Entry(
                        d,
                        standing.project().name(),
                        folder,
                        comments.getOrDefault(d.id(), 0),
                        uploaderName,
                        standing.editsDocument(d.ownerOrganisationId()),
                        standing.sharesDocuments(),
                        standing.deletesDocuments()));
            }
        }
        return entries;
    }

    private Folder folder(CurrentUser user, Standing standing, Document d) {
        return switch (d.targetType()) {
            case PROJECT ->
                new Folder(TargetType.PROJECT, d.targetId(), standing.project().name(), null);
            case WORK_ITEM ->
                new Folder(
                        TargetType.WORK_ITEM,
                        d.targetId(),
                        uuid(d.targetId())
                                .flatMap(id -> workItems.find(user.tenantId(), id))
                                .filter(standing::sees)
                                .map(WorkItem::title)
                                .orElse(null),
                        null);
            case TICKET -> {
                Optional<Ticket> ticket = uuid(d.targetId())
                        .flatMap(id -> tickets.find(user.tenantId(), id))
                        .filter(t -> standing.seesTicket(
                                t.reporterOrganisationId(),
                                t.routedOrganisationId() == null ? Set.of() : Set.of(t.routedOrganisationId()),
                                t.customerVisible()));
                yield new Folder(
                        TargetType.TICKET,
                        d.targetId(),
                        ticket.map(Ticket::title).orElse(null),
                        ticket.map(Ticket::number).orElse(null));
            }
            // an open task the reader may work on is named; an ended one (or another's) stays a "step"
            case TASK ->
                new Folder(
                        TargetType.TASK,
                        d.targetId(),
                        tasks.findWorkable(user, d.targetId())
                                .map(InboxItem::title)
                                .orElse(null),
                        null);
        };
    }

    private static Optional<UUID> uuid(String value) {
        try {
            return Optional.of(UUID.fromString(value));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * A document of the library.
     *
     * @param editable whether the caller may add a version or restore one
     * @param shareable whether the caller may change whom it is shared with
     * @param deletable whether the caller may delete it
     */
    public record Entry(
            Document document,
            String projectName,
            Folder folder,
            int commentCount,
            String uploaderName,
            boolean editable,
            boolean shareable,
            boolean deletable) {}

    /**
     * What a document is attached to.
     *
     * @param title the work item's or ticket's title, the task's name, the project's name; null when
     *     the reader may not see the object itself (a document shared with it on another's work item)
     * @param number the ticket's number, e.g. {@code PRJ-42-CR-7}; null for other folders
     */
    public record Folder(TargetType type, String id, String title, String number) {}
}
