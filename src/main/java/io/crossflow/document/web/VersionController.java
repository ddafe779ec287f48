package io.crossflow.document.web;

import io.crossflow.document.DocumentUploads;
import io.crossflow.document.Documents;
import io.crossflow.document.web.DocumentDtos.VersionDto;
import io.crossflow.identity.CurrentUsers;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
class VersionController {

    /** Only these render inline from our origin (sandboxed); everything else is an attachment. */
    static final Set<String> INLINE_TYPES =
            Set.of("application/pdf", "image/png", "image/jpeg", "image/gif", "image/webp", "image/bmp");

    private final Documents documents;
    private final DocumentUploads uploads;

    VersionController(Documents documents, DocumentUploads uploads) {
        this.documents = documents;
        this.uploads = uploads;
    }

    @GetMapping("/api/documents/{documentId}/versions")
    List<VersionDto> versions(@PathVariable UUID documentId) {
        return documents.versions(CurrentUsers.require(), documentId).stream()
                .map(VersionDto::of)
                .toList();
    }

    @PostMapping(path = "/api/documents/{documentId}/versions", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    VersionDto upload(@PathVariable UUID documentId, @RequestPart(name = "file", required = false) MultipartFile file)
            throws IOException {
        MultipartFile part = DocumentController.require(file);
        try (InputStream in = part.getInputStream()) {
            return VersionDto.of(
                    uploads.addVersion(CurrentUsers.require(), documentId, in, part.getOriginalFilename()));
        }
    }

    @PostMapping("/api/documents/{documentId}/versions/{number}/restore")
    @ResponseStatus(HttpStatus.CREATED)
    VersionDto restore(@PathVariable UUID documentId, @PathVariable int number) {
        return VersionDto.of(uploads.restore(CurrentUsers.require(), documentId, number));
    }

    /**
     * The version's bytes: always {@code nosniff} and a sandboxing CSP; an attachment unless {@code
     * inline=true} is asked for a PDF or raster image. Active content (HTML, SVG, scripts) is served
     * as {@code application/octet-stream}, never rendered from our origin.
     */
    // written to the response directly (streamed, with its own headers): no return type says what it is
    @GetMapping("/api/documents/{documentId}/versions/{number}/content")
    @ApiResponse(
            responseCode = "200",
            description = "The version's bytes, in its own content type (application/octet-stream for active"
                    + " content); an attachment unless inline=true for a PDF or raster image",
            content = @Content(mediaType = "*/*", schema = @Schema(type = "string", format = "binary")))
    void content(
            @PathVariable UUID documentId,
            @PathVariable int number,
            @RequestParam(defaultValue = "false") boolean inline,
            HttpServletResponse response)
            throws IOException {
        Documents.Content content = documents.content(CurrentUsers.require(), documentId, number);
        try (InputStream in = content.stream()) {
            String type = content.version().contentType();
            boolean renderable = INLINE_TYPES.contains(type);
            boolean showInline = inline && renderable;
            response.setStatus(HttpStatus.OK.value());
            response.setContentType(renderable ? type : MediaType.APPLICATION_OCTET_STREAM_VALUE);
            response.setContentLengthLong(content.version().size());
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader(
                    "Content-Security-Policy", "sandbox; default-src 'none'; img-src 'self'; object-src 'self'");
            response.setHeader("Cache-Control", "private, no-store");
            response.setHeader(
                    HttpHeaders.CONTENT_DISPOSITION,
                    contentDisposition(showInline, content.version().fileName()));
            OutputStream out = response.getOutputStream();
            in.transferTo(out);
            out.flush();
        }
    }

    /**
     * {@code attachment; filename="ascii fallback"; filename*=UTF-8''percent-encoded} (RFC 6266 and
     * RFC 5987): old clients read the plain name, current ones the exact UTF-8 one.
     */
    static String contentDisposition(boolean inline, String fileName) {
        String fallback = fileName.replaceAll("[^\\x20-\\x7E]|[\"\\\\;%]", "_");
        StringBuilder encoded = new StringBuilder();
        for (byte b : fileName.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if ((c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                encoded.append(c);
            } else {
                encoded.append('%').append(String.format("%02X", b & 0xFF));
            }
        }
        return (inline ? "inline" : "attachment") + "; filename=\"" + fallback + "\"; filename*=UTF-8''" + encoded;
    }
}
