package io.crossflow.document;

import io.crossflow.document.internal.DocumentPolicy;
import io.crossflow.document.internal.DocumentRecords;
import io.crossflow.document.internal.DocumentStore;
import io.crossflow.document.internal.ExtractionQueue;
import io.crossflow.identity.CurrentUser;
import io.crossflow.identity.OrganisationKind;
import io.crossflow.identity.Organisations;
import io.crossflow.project.ProjectAccess;
import io.crossflow.project.Projects;
import io.crossflow.project.Standing;
import io.crossflow.search.SearchIndex;
import io.crossflow.search.SearchKinds;
import io.crossflow.shared.ConflictException;
import io.crossflow.shared.ForbiddenException;
import io.crossflow.shared.InvalidInputException;
import io.crossflow.shared.NotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading, sharing and deleting documents. Every read asks {@link Standing#seesDocument}: a document
 * the caller may not see answers 404, like a missing one.
 */
@Service
public class Documents {

    private static final Logger log = LoggerFactory.getLogger(Documents.class);

    private final DocumentRecords records;
    private final DocumentPolicy policy;
    private final ProjectAccess access;
    private final Projects projects;
    private final Organisations organisations;
    private final DocumentStore store;
    private final ExtractionQueue extraction;
    private final SearchIndex search;
    private final ApplicationEventPublisher events;

    Documents(
            DocumentRecords records,
            DocumentPolicy policy,
            ProjectAccess access,
            Projects projects,
            Organisations organisations,
            DocumentStore store,
            ExtractionQueue extraction,
            SearchIndex search,
            ApplicationEventPublisher events) {
        this.records = records;
        this.policy = policy;
        this.access = access;
        this.projects = projects;
        this.organisations = organisations;
        this.store = store;
        this.extraction = extraction;
        this.search = search;
        this.events = events;
    }

    /** The project's documents the caller sees, optionally of one target; 404 for an invisible project. */
    @Transactional(readOnly = true)
    public List<Document> list(CurrentUser user, UUID projectId, TargetType targetType, String targetId) {
        Standing standing = access.standing(user, projectId);
        return records.inProject(user.tenantId(), projectId, targetType, targetId).stream()
                .filter(d -> DocumentPolicy.sees(standing, d))
                .toList();
    }

    @Transactional(readOnly = true)
    public Document get(CurrentUser user, UUID documentId) {
        return policy.visible(user, documentId).document();
    }

    @Transactional(readOnly = true)
    public List<DocumentVersion> versions(CurrentUser user, UUID documentId) {
        return records.versions(policy.visible(user, documentId).document().id());
    }

    /**
     * Opens a version's bytes after checking them against the SHA-256 recorded at upload: a damaged
     * object is logged and refused (409), never served.
     */
    public Content content(CurrentUser user, UUID documentId, int number) throws IOException {
        Document document = policy.visible(user, documentId).document();
        DocumentVersion version =
                records.version(document.id(), number).orElseThrow(() -> new NotFoundException("Version"));
        String key = records.storageKey(document.id(), number);
        String actual;
        try (InputStream in = new DigestInputStream(store.read(key), sha256())) {
            in.transferTo(OutputStreams.NULL);
            actual = HexFormat.of()
                    .formatHex(((DigestInputStream) in).getMessageDigest().digest());
        }
        if (!actual.equals(version.sha256())) {
            log.error(
                    "Checksum mismatch for version {} of document {} (object {}): recorded {}, found {}",
                    number,
                    document.id(),
                    key,
                    version.sha256(),
                    actual);
            throw new ConflictException("The stored content of this version is damaged and was not served."
                    + " Please tell your administrator.");
        }
        return new Content(document, version, store.read(key));
    }

    /** Replaces who outside the company sees the document; internal users of the project only (403). */
    @Transactional
    public Document share(CurrentUser user, UUID documentId, Sharing sharing) {
        DocumentPolicy.Visible visible = policy.visible(user, documentId);
        if (!visible.standing().sharesDocuments()) {
            throw new ForbiddenException("Only the project's internal members decide whom a document is shared with.");
        }
        Document document = visible.document();
        checkSharing(user, document.projectId(), sharing);
        records.updateSharing(document.id(), sharing);
        Document shared = records.find(user.tenantId(), document.id()).orElseThrow();
        extraction.index(shared);
        events.publishEvent(changed(shared, "SHARED", user));
        return shared;
    }

    /** Soft-deletes the document (its versions stay in the store); the project's managers only (403). */
    @Transactional
    public void delete(CurrentUser user, UUID documentId) {
        DocumentPolicy.Visible visible = policy.visible(user, documentId);
        if (!visible.standing().deletesDocuments()) {
            throw new ForbiddenException("Only the project's managers delete documents.");
        }
        records.markDeleted(documentId, user.id());
        search.remove(user.tenantId(), SearchKinds.DOCUMENT, documentId.toString());
        events.publishEvent(changed(visible.document(), "DELETED", user));
    }

    /** Every named organisation must be a partner taking part in the project. */
    void checkSharing(CurrentUser user, UUID projectId, Sharing sharing) {
        for (UUID organisation : sharing.partnerOrganisations()) {
            boolean partner = organisations
                    .find(user.tenantId(), organisation)
                    .filter(o -> o.kind() == OrganisationKind.PARTNER)
                    .filter(o -> projects.isParticipant(projectId, o.id()))
                    .isPresent();
            if (!partner) {
                throw InvalidInputException.field(
                        "partnerOrganisationIds", "name only partner organisations taking part in this project");
            }
        }
    }

    static DocumentChanged changed(Document document, String action, CurrentUser user) {
        return new DocumentChanged(
                document.tenantId(),
                document.projectId(),
                document.id(),
                document.name(),
                action,
                document.latest() == null ? 0 : document.latest().number(),
                document.sharing(),
                user.id(),
                Instant.now());
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A version's verified bytes; the caller closes the stream. */
    public record Content(Document document, DocumentVersion version, InputStream stream) {}

    private static final class OutputStreams {
        static final java.io.OutputStream NULL = java.io.OutputStream.nullOutputStream();
    }
}
