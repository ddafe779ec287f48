package io.crossflow.supply;

import java.util.UUID;

/**
 * An {@code approval} ended. Published inside the engine's transaction: act on it after commit.
 *
 * @param businessKey the approved object's id, as given to {@link Approvals#start}
 * @param approved true when every level approved; false when one rejected
 * @param level the level that decided last (the rejecting one, or the top one)
 */
public record ApprovalDecided(
        UUID tenantId, UUID projectId, String businessKey, String type, boolean approved, int level) {}
