package io.crossflow.document.internal;

import io.crossflow.document.Document;
import io.crossflow.identity.CurrentUser;
import io.crossflow.project.ProjectAccess;
import io.crossflow.project.Standing;
import io.crossflow.shared.NotFoundException;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Applies {@link Standing#seesDocument} to one document: invisible and missing both answer 404. */
@Component
public class DocumentPolicy {

    private final DocumentRecords records;
    private final ProjectAccess access;

    DocumentPolicy(DocumentRecords records, ProjectAccess access) {
        this.records = records;
        this.access = access;
    }

    /** The document with the caller's standing in its project; 404 unless the caller sees it. */
    public Visible visible(CurrentUser user, UUID documentId) {
        return records.find(user.tenantId(), documentId)
                .flatMap(d -> access.findStanding(user, d.projectId())
                        .filter(s -> sees(s, d))
                        .map(s -> new Visible(d, s)))
                .orElseThrow(() -> new NotFoundException("Document"));
    }

    public static boolean sees(Standing standing, Document document) {
        return standing.seesDocument(
                document.sharing().partnerOrganisations(), document.sharing().customers());
    }

    public record Visible(Document document, Standing standing) {}
}
