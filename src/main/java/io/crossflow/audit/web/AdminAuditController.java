package io.crossflow.audit.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.crossflow.audit.internal.AdminAudit;
import io.crossflow.audit.internal.AdminAudit.Filter;
import io.crossflow.audit.internal.AdminAudit.Page;
import io.crossflow.audit.internal.AdminAudit.Row;
import io.crossflow.identity.CurrentUser;
import io.crossflow.identity.CurrentUsers;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** The tenant admin's audit trail: a searchable page, and the same filter as a CSV file. */
@RestController
class AdminAuditController {

    static final String TEXT_CSV = "text/csv";
    private static final String[] HEADER = {
        "at", "actor", "actorId", "action", "objectType", "objectId", "projectId", "changes"
    };

    private final AdminAudit audit;

    AdminAuditController(AdminAudit audit) {
        this.audit = audit;
    }

    @GetMapping(value = "/api/admin/audit", produces = MediaType.APPLICATION_JSON_VALUE)
    Page search(
            @RequestParam(required = false) UUID actorId,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) String objectType,
            @RequestParam(required = false) String objectId,
            @RequestParam(required = false) Instant from,
            @RequestParam(required = false) Instant to,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return audit.search(
                CurrentUsers.require(), new Filter(actorId, action, objectType, objectId, from, to, q), page, size);
    }

    /** The page's filter as CSV, for a caller that asks for {@code text/csv}. */
    @GetMapping(value = "/api/admin/audit", produces = TEXT_CSV)
    ResponseEntity<StreamingResponseBody> negotiatedExport(
            @RequestParam(required = false) UUID actorId,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) String objectType,
            @RequestParam(required = false) String objectId,
            @RequestParam(required = false) Instant from,
            @RequestParam(required = false) Instant to,
            @RequestParam(required = false) String q) {
        return export(actorId, action, objectType, objectId, from, to, q);
    }

    /**
     * The same filter as the page, every matching entry, streamed as UTF-8 CSV with a BOM (Excel
     * reads Chinese then), whatever the caller accepts: a download link.
     */
    @GetMapping("/api/admin/audit.csv")
    ResponseEntity<StreamingResponseBody> export(
            @RequestParam(required = false) UUID actorId,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) String objectType,
            @RequestParam(required = false) String objectId,
            @RequestParam(required = false) Instant from,
            @RequestParam(required = false) Instant to,
            @RequestParam(required = false) String q) {
        CurrentUser caller = CurrentUsers.require();
        Filter filter = new Filter(actorId, action, objectType, objectId, from, to, q);
        audit.requireAdmin(caller);
        audit.search(caller, filter, 0, 1); // refuses a bad filter before the response starts
        StreamingResponseBody body = out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            try (CSVPrinter csv = new CSVPrinter(
                    writer, CSVFormat.DEFAULT.builder().setHeader(HEADER).get())) {
                audit.export(caller, filter, row -> print(csv, row));
            }
        };
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("audit.csv")
                                .build()
                                .toString())
                .body(body);
    }

    private static void print(CSVPrinter csv, Row row) {
        try {
            csv.printRecord(
                    row.at().toString(),
                    row.actorName(),
                    row.actorId(),
                    row.action(),
                    row.objectType(),
                    row.objectId(),
                    row.projectId(),
                    changes(row.changes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code field: from → to; …}, the way a person reads a change. */
    static String changes(JsonNode changes) {
        StringBuilder out = new StringBuilder();
        Iterator<Map.Entry<String, JsonNode>> fields = changes.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (!out.isEmpty()) {
                out.append("; ");
            }
            JsonNode from = field.getValue().get("from");
            JsonNode to = field.getValue().get("to");
            out.append(field.getKey()).append(": ");
            if (from != null && !from.isNull()) {
                out.append(from.asText()).append(" → ");
            }
            out.append(to == null || to.isNull() ? "—" : to.asText());
        }
        return out.toString();
    }
}
