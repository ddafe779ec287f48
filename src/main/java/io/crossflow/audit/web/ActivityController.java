package io.crossflow.audit.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.crossflow.audit.ActivityLog;
import io.crossflow.audit.AuditEntry;
import io.crossflow.identity.CurrentUsers;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ActivityController {

    private final ActivityLog log;

    ActivityController(ActivityLog log) {
        this.log = log;
    }

    /** The project's activity the caller may see, newest first. */
    @GetMapping("/api/projects/{projectId}/activity")
    ActivityPage activity(
            @PathVariable UUID projectId,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        List<AuditEntry> entries = log.page(CurrentUsers.require(), projectId, page, size);
        return new ActivityPage(entries.stream().map(EntryDto::of).toList(), page, size);
    }

    record ActivityPage(List<EntryDto> items, int page, int size) {}

    record EntryDto(
            long id, String objectType, String objectId, String action, UUID actorId, Instant at, JsonNode changes) {

        static EntryDto of(AuditEntry e) {
            return new EntryDto(e.id(), e.objectType(), e.objectId(), e.action(), e.actorId(), e.at(), e.changes());
        }
    }
}
