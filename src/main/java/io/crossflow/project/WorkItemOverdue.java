package io.crossflow.project;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A work item's planned end lies before {@code day} and it is not done. Published by
 * {@link OverdueWorkItems#publish} at most once per work item and day, inside the transaction that
 * records it; listen after commit.
 */
public record WorkItemOverdue(UUID tenantId, UUID projectId, UUID workItemId, LocalDate plannedEnd, LocalDate day) {}
