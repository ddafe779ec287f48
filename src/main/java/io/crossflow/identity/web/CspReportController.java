package io.crossflow.identity.web;

import io.crossflow.identity.internal.CspReports;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where browsers report Content-Security-Policy violations ({@code report-uri} and {@code
 * report-to}, docs/security.md "Headers"). Anonymous and without CSRF token, because a browser
 * sends reports without either; a body over {@link CspReports#MAX_BYTES} answers 413 unread.
 */
@RestController
class CspReportController {

    private final CspReports reports;

    CspReportController(CspReports reports) {
        this.reports = reports;
    }

    // any content type: application/csp-report, application/reports+json or plain JSON. The body is
    // read from the request itself (to stop at the size limit), so its description is given here
    @PostMapping("/api/csp-reports")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            required = true,
            description = "A violation report as the browser sends it: one report (report-uri) or a batch"
                    + " (Reporting API); at most 16 KB",
            content = {
                @Content(mediaType = "application/csp-report", schema = @Schema(type = "object")),
                @Content(
                        mediaType = "application/reports+json",
                        array = @ArraySchema(schema = @Schema(type = "object"))),
                @Content(mediaType = "application/json")
            })
    @ApiResponse(responseCode = "204", description = "The report is recorded", content = @Content)
    ResponseEntity<?> report(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > CspReports.MAX_BYTES) {
            return tooLarge();
        }
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes(CspReports.MAX_BYTES + 1);
        }
        if (body.length > CspReports.MAX_BYTES) {
            return tooLarge();
        }
        reports.record(body);
        return ResponseEntity.noContent().build();
    }

    private static ResponseEntity<ProblemDetail> tooLarge() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.PAYLOAD_TOO_LARGE, "A violation report may be at most 16 KB.");
        problem.setTitle("Report too large");
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
                .header("Connection", "close")
                .body(problem);
    }
}
