package io.crossflow.document;

import io.crossflow.document.internal.ContentIntake;
import io.crossflow.document.internal.DocumentPolicy;
import io.crossflow.document.internal.DocumentRecords;
import io.crossflow.document.internal.DocumentStore;
import io.crossflow.document.internal.ExtractionQueue;
import io.crossflow.document.internal.StoredContent;
import io.crossflow.identity.CurrentUser;
import io.crossflow.inbox.InboxItem;
import io.crossflow.inbox.TaskWork;
import io.crossflow.project.ProjectAccess;
import io.crossflow.project.Standing;
import io.crossflow.project.WorkItems;
import io.crossflow.shared.ForbiddenException;
import io.crossflow.shared.InvalidInputException;
import io.crossflow.shared.NotFoundException;
import io.crossflow.ticket.Ticket;
import io.crossflow.ticket.Tickets;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * New documents, new versions and restores. The bytes go to the store first, under a fresh key;
 * then the rows are written in one transaction; if that fails the object is deleted again, so a
 * failed upload leaves neither a row nor an orphan object. Text extraction runs after commit.
 */
@Service
public class DocumentUploads {

    private static final Logger log = LoggerFactory.getLogger(DocumentUploads.class);

    private final ContentIntake intake;
    private final DocumentStore store;
    private final DocumentRecords records;
    private final DocumentPolicy policy;
    private final Documents documents;
    private final ProjectAccess access;
    private final WorkItems workItems;
    private final TaskWork tasks;
    private final Tickets tickets;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;

    DocumentUploads(
            ContentIntake intake,
            DocumentStore store,
            DocumentRecords records,
            DocumentPolicy policy,
            Documents documents,
            ProjectAccess access,
            WorkItems workItems,
            TaskWork tasks,
            Tickets tickets,
            TransactionTemplate transaction,
            ApplicationEventPublisher events) {
        this.intake = intake;
        this.store = store;
        this.records = records;
        this.policy = policy;
        this.documents = documents;
        this.access = access;
        this.workItems = workItems;
        this.tasks = tasks;
        this.tickets = tickets;
        this.transaction = transaction;
        this.events = events;
    }

    /**
     * What the uploader says about a new document. Target type null means the project itself; name
     * null means the file's name. A partner's sharing is ignored: its uploads are shared with its own
     * organisation.
     */
    public record NewDocument(
            DocumentType type, TargetType targetType, String targetId, String name, Sharing sharing) {}

    /** Uploads a new document with its first version; 404 for an invisible project, 403 for customers. */
    public Document upload(CurrentUser user, UUID projectId, NewDocument request, InputStream content, String fileName)
            throws IOException {
        Standing standing = access.standing(user, projectId);
        if (request.type() == null) {
            throw InvalidInputException.field(
                    "type", "is required: one of QC_REPORT, DELIVERABLE, REQUIREMENT, DESIGN, OTHER");
        }
        Target target = target(user, standing, request);
        Sharing sharing;
        if (standing.sharesDocuments()) {
            sharing = request.sharing() == null ? Sharing.INTERNAL : request.sharing();
            documents.checkSharing(user, projectId, sharing);
        } else {
            sharing = new Sharing(Set.of(user.organisationId()), false);
        }
        String name = request.name() == null || request.name().isBlank()
                ? ContentIntake.sanitise(fileName)
                : ContentIntake.sanitiseName(request.name());
        StoredContent stored = intake.store(user.tenantId(), content, fileName);
        UUID id = UUID.randomUUID();
        inTransactionOrDelete(stored, () -> {
            records.insertDocument(
                    id,
                    user.tenantId(),
                    projectId,
                    target.type(),
                    target.id(),
                    target.processInstanceId(),
                    request.type(),
                    name,
                    sharing,
                    user.organisationId(),
                    user.id());
            int number = records.insertVersion(id, stored, null, user.id());
            events.publishEvent(new ExtractionQueue.VersionStored(user.tenantId(), id, number));
            Document document = records.find(user.tenantId(), id).orElseThrow();
            events.publishEvent(Documents.changed(document, "CREATED", user));
        });
        return records.find(user.tenantId(), id).orElseThrow();
    }

    /** Adds a version; 403 unless the caller may edit the document ({@link Standing#editsDocument}). */
    public DocumentVersion addVersion(CurrentUser user, UUID documentId, InputStream content, String fileName)
            throws IOException {
        Document document = editable(user, documentId);
        StoredContent stored = intake.store(user.tenantId(), content, fileName);
        int[] number = new int[1];
        inTransactionOrDelete(stored, () -> {
            number[0] = records.insertVersion(document.id(), stored, null, user.id());
            events.publishEvent(new ExtractionQueue.VersionStored(user.tenantId(), document.id(), number[0]));
            events.publishEvent(Documents.changed(
                    records.find(user.tenantId(), document.id()).orElseThrow(), "VERSION_ADDED", user));
        });
        return records.version(document.id(), number[0]).orElseThrow();
    }

    /** Makes an earlier version the newest again (a new version with the same bytes). */
    public DocumentVersion restore(CurrentUser user, UUID documentId, int number) {
        Document document = editable(user, documentId);
        DocumentVersion earlier =
                records.version(document.id(), number).orElseThrow(() -> new NotFoundException("Version"));
        StoredContent same = new StoredContent(
                records.storageKey(document.id(), number),
                earlier.size(),
                earlier.sha256(),
                earlier.contentType(),
                earlier.fileName());
        int restored = transaction.execute(status -> {
            int n = records.insertVersion(document.id(), same, number, user.id());
            events.publishEvent(new ExtractionQueue.VersionStored(user.tenantId(), document.id(), n));
            events.publishEvent(Documents.changed(
                    records.find(user.tenantId(), document.id()).orElseThrow(), "RESTORED", user));
            return n;
        });
        return records.version(document.id(), restored).orElseThrow();
    }

    private Document editable(CurrentUser user, UUID documentId) {
        DocumentPolicy.Visible visible = policy.visible(user, documentId);
        if (!visible.standing().editsDocument(visible.document().ownerOrganisationId())) {
            throw new ForbiddenException("You cannot change this document: it belongs to another organisation.");
        }
        return visible.document();
    }

    private void inTransactionOrDelete(StoredContent stored, Runnable rows) throws IOException {
        try {
            transaction.executeWithoutResult(status -> rows.run());
        } catch (RuntimeException e) {
            try {
                store.delete(stored.key());
            } catch (IOException cleanup) {
                log.error("Could not remove the object {} of a failed upload", stored.key(), cleanup);
            }
            throw e;
        }
    }

    private record Target(TargetType type, String id, String processInstanceId) {}

    /**
     * Whether someone of this standing uploads at all: internal users and partners, never customers.
     * With a task that the person may work on (the check of {@link #target}), this is the one rule
     * of which tasks carry documents ({@link TaskDocuments.View#attachable}).
     */
    static boolean attaches(Standing standing) {
        return standing.internal() || standing.partner();
    }

    /** Checks the target is in the project and the caller may attach to it. */
    private Target target(CurrentUser user, Standing standing, NewDocument request) {
        UUID projectId = standing.project().id();
        TargetType type = request.targetType() == null ? TargetType.PROJECT : request.targetType();
        if (!attaches(standing)) {
            throw new ForbiddenException("Customers cannot upload documents.");
        }
        InvalidInputException unknown =
                InvalidInputException.field("targetId", "names nothing of this project that you can see");
        switch (type) {
            case PROJECT -> {
                if (!standing.internal()) {
                    throw new ForbiddenException(
                            "Partners attach documents to their own work items, tasks and tickets, not to the project.");
                }
                return new Target(type, projectId.toString(), null);
            }
            case WORK_ITEM -> {
                UUID id = uuid(request.targetId(), unknown);
                workItems
                        .find(user.tenantId(), id)
                        .filter(i -> i.projectId().equals(projectId))
                        .filter(standing::sees)
                        .orElseThrow(() -> unknown);
                return new Target(type, id.toString(), null);
            }
            case TASK -> {
                InboxItem task;
                try {
                    task = tasks.open(user, request.targetId() == null ? "" : request.targetId())
                            .task();
                } catch (NotFoundException e) {
                    throw unknown;
                }
                if (!projectId.equals(task.projectId())) {
                    throw unknown;
                }
                return new Target(type, task.taskId(), task.processInstanceId());
            }
            case TICKET -> {
                Ticket ticket;
                try {
                    ticket = tickets.visible(user, uuid(request.targetId(), unknown));
                } catch (NotFoundException e) {
                    throw unknown;
                }
                if (!ticket.projectId().equals(projectId)) {
                    throw unknown;
                }
                return new Target(type, ticket.id().toString(), null);
            }
            default -> throw unknown;
        }
    }

    private static UUID uuid(String value, InvalidInputException otherwise) {
        try {
            return UUID.fromString(value);
        } catch (RuntimeException e) {
            throw otherwise;
        }
    }
}
