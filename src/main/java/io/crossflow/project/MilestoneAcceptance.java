package io.crossflow.project;

import java.time.Instant;
import java.util.UUID;

/** A customer's decision on a delivered milestone: accepted, or refused with a comment. */
public record MilestoneAcceptance(
        UUID id,
        UUID workItemId,
        boolean accepted,
        String comment,
        UUID decidedBy,
        String decidedByName,
        Instant decidedAt) {}
