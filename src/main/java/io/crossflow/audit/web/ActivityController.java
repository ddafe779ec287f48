package io.crossflow.audit.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.crossflow.audit.ActivityLog;
import io.crossflow.audit.AuditEntry;
import io.crossflow.audit.internal.ActivityNames;
import io.crossflow.identity.CurrentUser;
import io.crossflow.identity.CurrentUsers;
import io.crossflow.workflow.LocalizedNames;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ActivityController {

    private final ActivityLog log;
    private final ActivityNames names;

    ActivityController(ActivityLog log, ActivityNames names) {
        this.log = log;
        this.names = names;
    }

    /**
     * The project's activity the caller may see, newest first, with the names of what the entries
     * refer to by id (people, organisations, work items, tickets, tasks in the reader's language).
     */
    @GetMapping("/api/projects/{projectId}/activity")
    ActivityPage activity(
            @PathVariable UUID projectId,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        CurrentUser user = CurrentUsers.require();
        List<AuditEntry> entries = log.page(user, projectId, page, size);
        ActivityNames.Resolved resolved = names.resolve(user, entries, LocalizedNames.readerLocale(user.language()));
        return new ActivityPage(
                entries.stream().map(EntryDto::of).toList(), page, size, resolved.names(), resolved.organisations());
    }

    /**
     * @param names id → name of the people, organisations, work items, tickets and tasks the items refer to
     * @param organisations user id → its organisation's name, for people outside the host company
     */
    record ActivityPage(
            List<EntryDto> items, int page, int size, Map<String, String> names, Map<String, String> organisations) {}

    record EntryDto(
            long id, String objectType, String objectId, String action, UUID actorId, Instant at, JsonNode changes) {

        static EntryDto of(AuditEntry e) {
            return new EntryDto(e.id(), e.objectType(), e.objectId(), e.action(), e.actorId(), e.at(), e.changes());
        }
    }
}
