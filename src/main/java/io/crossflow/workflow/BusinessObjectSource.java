package io.crossflow.workflow;

import java.util.Optional;
import java.util.UUID;

/**
 * Implemented by each module whose objects processes run for. {@link BusinessObjects} asks every
 * source in turn for a process instance's business key; the owner answers, the others answer empty.
 * A source answers from its own tables by primary key, inside the caller's transaction.
 */
public interface BusinessObjectSource {

    Optional<BusinessObject> find(UUID tenantId, UUID id);
}
