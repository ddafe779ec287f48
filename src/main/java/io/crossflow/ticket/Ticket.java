package io.crossflow.ticket;

import io.crossflow.shared.Priority;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A ticket as its readers see it: what it is about, where it stands, and its SLA state.
 *
 * @param stage the current stage, e.g. {@code TRIAGE}; {@code CLOSED} or {@code REJECTED} when done
 * @param stageDueAt when the current stage's SLA runs out; null when the stage has none
 * @param slaBreached whether the current stage's SLA ran out before the stage was done
 * @param priority a complaint's follows its {@code severity}; other tickets' is chosen by the reporter
 * @param severity a complaint's; null for other types
 */
public record Ticket(
        UUID id,
        UUID tenantId,
        UUID projectId,
        String number,
        TicketType type,
        String title,
        String description,
        UUID reporterUserId,
        UUID reporterOrganisationId,
        UUID routedOrganisationId,
        boolean customerVisible,
        List<UUID> affectedWorkItemIds,
        String stage,
        Instant stageDueAt,
        boolean slaBreached,
        Instant createdAt,
        Instant closedAt,
        Priority priority,
        Severity severity) {

    public Ticket {
        affectedWorkItemIds = List.copyOf(affectedWorkItemIds);
    }
}
