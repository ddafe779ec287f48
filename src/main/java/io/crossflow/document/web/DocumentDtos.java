package io.crossflow.document.web;

import io.crossflow.document.Document;
import io.crossflow.document.DocumentComment;
import io.crossflow.document.DocumentVersion;
import io.crossflow.document.ExtractionStatus;
import io.crossflow.document.Sharing;
import io.crossflow.document.internal.DocumentLibrary;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The JSON shapes of the document API. */
final class DocumentDtos {

    private DocumentDtos() {}

    record DocumentDto(
            UUID id,
            UUID projectId,
            Target target,
            String type,
            String name,
            SharingDto sharing,
            UUID ownerOrganisationId,
            UUID createdBy,
            Instant createdAt,
            VersionDto latestVersion) {

        static DocumentDto of(Document d) {
            return new DocumentDto(
                    d.id(),
                    d.projectId(),
                    new Target(d.targetType().name(), d.targetId()),
                    d.type().name(),
                    d.name(),
                    SharingDto.of(d.sharing()),
                    d.ownerOrganisationId(),
                    d.createdBy(),
                    d.createdAt(),
                    d.latest() == null ? null : VersionDto.of(d.latest()));
        }
    }

    /**
     * A row of the documents library.
     *
     * @param folder what the document is attached to, with its title (null when the reader may not
     *     see that object) and a ticket's number
     * @param editable whether the caller may add or restore versions
     * @param shareable whether the caller may change the sharing
     * @param deletable whether the caller may delete it
     */
    record LibraryEntryDto(
            DocumentDto document,
            String projectName,
            Folder folder,
            int commentCount,
            String uploaderName,
            boolean editable,
            boolean shareable,
            boolean deletable) {

        static LibraryEntryDto of(DocumentLibrary.Entry e) {
            return new LibraryEntryDto(
                    DocumentDto.of(e.document()),
                    e.projectName(),
                    new Folder(
                            e.folder().type().name(),
                            e.folder().id(),
                            e.folder().title(),
                            e.folder().number()),
                    e.commentCount(),
                    e.uploaderName(),
                    e.editable(),
                    e.shareable(),
                    e.deletable());
        }
    }

    record Folder(String type, String id, String title, String number) {}

    record Target(String type, String id) {}

    record SharingDto(Set<UUID> partnerOrganisationIds, boolean customers) {

        static SharingDto of(Sharing s) {
            return new SharingDto(s.partnerOrganisations(), s.customers());
        }

        Sharing toSharing() {
            return new Sharing(partnerOrganisationIds, customers);
        }
    }

    record VersionDto(
            int number,
            long size,
            String sha256,
            String contentType,
            String fileName,
            Integer restoredFrom,
            UUID uploadedBy,
            Instant uploadedAt,
            Extraction extraction) {

        static VersionDto of(DocumentVersion v) {
            return new VersionDto(
                    v.number(),
                    v.size(),
                    v.sha256(),
                    v.contentType(),
                    v.fileName(),
                    v.restoredFrom(),
                    v.uploadedBy(),
                    v.uploadedAt(),
                    new Extraction(v.extractionStatus(), v.extractionError(), v.indexedAt() != null));
        }
    }

    /** @param searchable whether the version's text has reached search (the stage after extraction) */
    record Extraction(ExtractionStatus status, String error, boolean searchable) {}

    record CommentDto(UUID id, Integer version, UUID authorId, String body, Instant createdAt) {

        static CommentDto of(DocumentComment c) {
            return new CommentDto(c.id(), c.version(), c.authorId(), c.body(), c.createdAt());
        }
    }

    record NewComment(String body, Integer version) {}

    /** A task's documents: the types its step requires, what the caller sees attached, whether the caller may attach more. */
    record TaskDocumentsDto(List<RequiredDto> required, List<DocumentDto> documents, boolean attachable) {}

    record RequiredDto(String type, boolean attached) {}
}
