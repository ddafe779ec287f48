package io.crossflow.inbox.web;

import io.crossflow.identity.CurrentUser;
import io.crossflow.identity.CurrentUsers;
import io.crossflow.identity.TimeZones;
import io.crossflow.inbox.Inbox;
import io.crossflow.inbox.InboxCounts;
import io.crossflow.inbox.InboxItem;
import io.crossflow.inbox.InboxPage;
import io.crossflow.inbox.InboxQuery;
import io.crossflow.inbox.InboxSort;
import io.crossflow.shared.InvalidInputException;
import io.crossflow.shared.Priority;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class InboxController {

    private final Inbox inbox;

    private final TimeZones zones;
    private final Clock clock;

    InboxController(Inbox inbox, TimeZones zones, ObjectProvider<Clock> clock) {
        this.inbox = inbox;
        this.zones = zones;
        this.clock = clock.getIfUnique(Clock::systemUTC);
    }

    /**
     * The caller's open tasks, soonest due first. {@code dueBefore} is an ISO instant (due at or
     * before it) or an ISO date (due by the end of that day in the reader's zone: its "today"); {@code q} matches title, project,
     * process and business key; {@code priority} keeps tasks of at least that priority; {@code sort}
     * is one of {@link InboxSort}'s API names; {@code dueFrom} (an ISO instant) keeps tasks due at or
     * after it, so {@code dueFrom=now&dueBefore=today} is "due later today"; {@code mine=true} keeps
     * the tasks the caller holds.
     */
    @GetMapping("/api/inbox")
    InboxPageDto inbox(
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
            @RequestParam(required = false) UUID projectId,
            @RequestParam(required = false) String dueBefore,
            @RequestParam(required = false) @Size(max = 200) String q,
            @RequestParam(required = false) String priority,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dueFrom,
            @RequestParam(defaultValue = "false") boolean mine) {
        CurrentUser user = CurrentUsers.require();
        InboxPage result = inbox.page(
                user,
                new InboxQuery(
                        page,
                        size,
                        projectId,
                        dueBefore(dueBefore, zones.reader(user)),
                        q,
                        priority(priority),
                        sort(sort),
                        instant("dueFrom", dueFrom),
                        mine));
        return new InboxPageDto(result.items().stream().map(InboxItemDto::of).toList(), result.total());
    }

    /** The caller's task counts: all, assigned to it, overdue, due later today. */
    @GetMapping("/api/inbox/counts")
    InboxCounts counts() {
        CurrentUser user = CurrentUsers.require();
        // "today" is a day of the reader's zone; due days were made instants in the tenant's
        return inbox.counts(user, clock.instant(), zones.reader(user));
    }

    /** A level (urgent, high, normal, low: that level or above) or an engine priority (at least it). */
    static Integer priority(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        for (Priority level : Priority.values()) {
            if (level.name().equalsIgnoreCase(v)) {
                return level.taskPriority();
            }
        }
        try {
            int number = Integer.parseInt(v);
            if (number >= 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw InvalidInputException.field(
                "priority", "must be one of urgent, high, normal, low, or a number of at least 0");
    }

    static InboxSort sort(String value) {
        if (value == null || value.isBlank()) {
            return InboxSort.DUE;
        }
        return InboxSort.of(value.trim())
                .orElseThrow(() -> InvalidInputException.field(
                        "sort", "must be one of due, -due, priority, -priority, created, -created"));
    }

    static Instant instant(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw InvalidInputException.field(field, "must be a date-time with offset, like 2025-06-30T14:30:00Z");
        }
    }

    static Instant dueBefore(String value, ZoneId zone) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            if (value.length() == 10) {
                // a task due on a day is due at the end of it, the next day's start (Handoffs)
                return LocalDate.parse(value).plusDays(1).atStartOfDay(zone).toInstant();
            }
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw InvalidInputException.field("dueBefore", "must be a date (2025-06-30) or a date-time with offset");
        }
    }

    record InboxPageDto(List<InboxItemDto> items, long total) {}

    record InboxItemDto(
            String taskId,
            String title,
            UUID projectId,
            String projectName,
            String processKey,
            String processName,
            Instant due,
            int priority,
            Priority priorityLevel,
            String assignee,
            Instant created,
            String projectKey,
            InboxItem.ObjectRef object) {

        static InboxItemDto of(InboxItem i) {
            return new InboxItemDto(
                    i.taskId(),
                    i.title(),
                    i.projectId(),
                    i.projectName(),
                    i.processKey(),
                    i.processName(),
                    i.due(),
                    i.priority(),
                    Priority.ofTaskPriority(i.priority()),
                    i.assignee(),
                    i.created(),
                    i.projectKey(),
                    i.object());
        }
    }
}
