package io.crossflow.identity.web;

import io.crossflow.identity.internal.CspReports;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
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

    // any content type: application/csp-report, application/reports+json or plain JSON
    @PostMapping("/api/csp-reports")
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
