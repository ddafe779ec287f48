package io.crossflow.document.web;

import io.crossflow.document.DocumentType;
import io.crossflow.document.DocumentUploads;
import io.crossflow.document.Documents;
import io.crossflow.document.Sharing;
import io.crossflow.document.TargetType;
import io.crossflow.document.web.DocumentDtos.DocumentDto;
import io.crossflow.document.web.DocumentDtos.SharingDto;
import io.crossflow.identity.CurrentUsers;
import io.crossflow.shared.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
class DocumentController {

    private final Documents documents;
    private final DocumentUploads uploads;

    DocumentController(Documents documents, DocumentUploads uploads) {
        this.documents = documents;
        this.uploads = uploads;
    }

    /** Multipart: {@code file}, {@code type}, optional {@code targetType}, {@code targetId}, {@code name}, {@code partnerOrganisationIds}, {@code customers}. */
    @PostMapping(path = "/api/projects/{projectId}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    DocumentDto upload(
            @PathVariable UUID projectId,
            @RequestPart(name = "file", required = false) MultipartFile file,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) String targetType,
            @RequestParam(required = false) String targetId,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) List<UUID> partnerOrganisationIds,
            @RequestParam(required = false, defaultValue = "false") boolean customers)
            throws IOException {
        MultipartFile part = require(file);
        var request = new DocumentUploads.NewDocument(
                parse(DocumentType.class, "type", type),
                parse(TargetType.class, "targetType", targetType),
                targetId,
                name,
                new Sharing(partnerOrganisationIds == null ? Set.of() : Set.copyOf(partnerOrganisationIds), customers));
        try (InputStream in = part.getInputStream()) {
            return DocumentDto.of(
                    uploads.upload(CurrentUsers.require(), projectId, request, in, part.getOriginalFilename()));
        }
    }

    @GetMapping("/api/projects/{projectId}/documents")
    List<DocumentDto> list(
            @PathVariable UUID projectId,
            @RequestParam(required = false) String targetType,
            @RequestParam(required = false) String targetId) {
        return documents
                .list(CurrentUsers.require(), projectId, parse(TargetType.class, "targetType", targetType), targetId)
                .stream()
                .map(DocumentDto::of)
                .toList();
    }

    @GetMapping("/api/documents/{documentId}")
    DocumentDto get(@PathVariable UUID documentId) {
        return DocumentDto.of(documents.get(CurrentUsers.require(), documentId));
    }

    @PutMapping("/api/documents/{documentId}/sharing")
    DocumentDto share(@PathVariable UUID documentId, @RequestBody SharingDto sharing) {
        return DocumentDto.of(documents.share(CurrentUsers.require(), documentId, sharing.toSharing()));
    }

    @DeleteMapping("/api/documents/{documentId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable UUID documentId) {
        documents.delete(CurrentUsers.require(), documentId);
    }

    static MultipartFile require(MultipartFile file) {
        if (file == null) {
            throw InvalidInputException.field("file", "is required: send the file as the multipart part 'file'");
        }
        return file;
    }

    static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.field(field, "is not one of " + List.of(type.getEnumConstants()));
        }
    }
}
