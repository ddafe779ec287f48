package io.crossflow.workflow;

import java.util.UUID;

/**
 * Published synchronously by a {@link BusinessObjectSource}'s module, inside the changing
 * transaction, when what tasks show of one of its objects (title, number, priority) changed.
 * The inbox re-reads the object; the engine's open tasks of it take its new priority.
 */
public record BusinessObjectChanged(UUID tenantId, UUID objectId) {}
