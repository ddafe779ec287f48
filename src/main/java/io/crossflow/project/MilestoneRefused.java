package io.crossflow.project;

import java.util.UUID;

/**
 * A customer refused a delivered milestone: it went back to IN_PROGRESS for rework. Published in
 * the refusing transaction; the notification module tells the milestone's owner (its assignee
 * person, else its assignee organisation, else the project's managers).
 *
 * @param reason what the customer says is missing
 * @param refusedByName the customer user's display name
 */
public record MilestoneRefused(
        UUID tenantId,
        UUID projectId,
        UUID workItemId,
        UUID ownerUserId,
        UUID ownerOrganisationId,
        UUID acceptanceId,
        String reason,
        String refusedByName) {}
