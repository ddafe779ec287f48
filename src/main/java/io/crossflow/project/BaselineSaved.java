package io.crossflow.project;

import java.time.Instant;
import java.util.UUID;

/**
 * A project manager saved the plan as the new baseline: every work item's baseline dates are now
 * its planned dates. Published inside the saving transaction (listeners acting outside the
 * database use {@code @ApplicationModuleListener}, docs/adr/0003); item versions do not change, and no
 * {@link WorkItemChanged} is published per item, so audit records this one event.
 *
 * @param actorId the manager who saved it
 * @param itemCount how many work items the baseline covers
 * @param at when it was saved
 */
public record BaselineSaved(UUID tenantId, UUID projectId, UUID actorId, int itemCount, Instant at) {}
