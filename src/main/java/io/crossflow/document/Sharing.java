package io.crossflow.document;

import java.util.Set;
import java.util.UUID;

/**
 * Who outside the host company sees a document. Internal members of the project always do.
 *
 * @param partnerOrganisations the partner organisations of the project it is shared with
 * @param customers whether the project's customer organisations see it
 */
public record Sharing(Set<UUID> partnerOrganisations, boolean customers) {

    public static final Sharing INTERNAL = new Sharing(Set.of(), false);

    public Sharing {
        partnerOrganisations = partnerOrganisations == null ? Set.of() : Set.copyOf(partnerOrganisations);
    }

    public boolean internalOnly() {
        return partnerOrganisations.isEmpty() && !customers;
    }
}
