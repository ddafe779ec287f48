package io.crossflow.identity.web;

import io.crossflow.identity.CurrentUsers;
import io.crossflow.identity.internal.UserImport;
import io.crossflow.identity.internal.UserImport.Report;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Bulk import of users (docs/administration.md, "Bulk import"): the preview ({@code dryRun=true})
 * and the import answer the report; a file with a wrong row answers 422 with the same report and
 * imports nothing.
 */
@RestController
class UserImportController {

    private final UserImport imports;

    UserImportController(UserImport imports) {
        this.imports = imports;
    }

    // the status depends on dryRun, which no signature says: both are described here, with the report
    @PostMapping(path = "/api/admin/users/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ApiResponse(responseCode = "200", description = "The preview (dryRun=true): nothing is imported yet")
    @ApiResponse(responseCode = "201", description = "Imported: every person is invited")
    ResponseEntity<Report> importUsers(
            @RequestPart(name = "file", required = false) MultipartFile file,
            @RequestParam(defaultValue = "false") boolean dryRun) {
        Report report = imports.importUsers(
                CurrentUsers.require(),
                file == null ? null : file.getOriginalFilename(),
                file == null ? 0 : file.getSize(),
                () -> bytes(file),
                dryRun);
        if (report.rowsWithErrors() > 0) {
            ProblemDetail problem =
                    ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, UserImport.summary(report));
            problem.setTitle("Invalid input");
            problem.setProperty("report", report);
            throw new ErrorResponseException(HttpStatus.UNPROCESSABLE_ENTITY, problem, null);
        }
        return ResponseEntity.status(dryRun ? HttpStatus.OK : HttpStatus.CREATED)
                .body(report);
    }

    @GetMapping("/api/admin/users/import/template")
    ResponseEntity<byte[]> template(@RequestParam(defaultValue = "csv") String format) {
        boolean xlsx = "xlsx".equals(format);
        byte[] content = imports.template(CurrentUsers.require(), xlsx ? "xlsx" : "csv");
        return ResponseEntity.ok()
                .contentType(
                        xlsx
                                ? MediaType.parseMediaType(
                                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                                : new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(xlsx ? "crossflow-users.xlsx" : "crossflow-users.csv")
                                .build()
                                .toString())
                .body(content);
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
