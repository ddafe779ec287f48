package io.crossflow.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;

/**
 * One recorded state change.
 *
 * @param objectType {@code WORK_ITEM}, {@code TICKET}, {@code TASK}, {@code PAGE}, {@code PARTICIPANT} or {@code MEMBER}
 * @param actorId the user who made the change; null when a process did
 * @param changes field name → {@code {from, to}}
 */
public record AuditEntry(
        long id,
        UUID projectId,
        String objectType,
        String objectId,
        String action,
        UUID actorId,
        Instant at,
        JsonNode changes) {}
