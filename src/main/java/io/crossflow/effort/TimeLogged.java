package io.crossflow.effort;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Logged time changed: a time entry was recorded, corrected or removed. Carries the change as
 * signed deltas so that a rollup only adds it up: a new entry gives {@code +hours}, a removed one
 * {@code -hours}, and a correction that moves an entry to another day or work item is published
 * as two events (minus on the old place, plus on the new one). Published inside the changing
 * transaction; rollups that must stay exact listen with {@code @EventListener}.
 *
 * @param organisationId the organisation of the person who worked (their own, or a partner's)
 * @param day the day the work was done, in the worker's calendar
 * @param hoursDelta hours added (negative when removed)
 * @param costDelta the cost those hours add at the rate in force on {@code day}, in
 *     {@code currency}; null when no cost rate applies to the person
 * @param currency ISO 4217 code of {@code costDelta}; null when it is null
 * @param at when the change was made
 */
public record TimeLogged(
        UUID tenantId,
        UUID projectId,
        UUID workItemId,
        UUID timeEntryId,
        UUID userId,
        UUID organisationId,
        LocalDate day,
        BigDecimal hoursDelta,
        BigDecimal costDelta,
        String currency,
        Instant at) {}
