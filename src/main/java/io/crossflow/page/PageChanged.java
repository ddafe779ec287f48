package io.crossflow.page;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * A page was created or saved as a new version. Published inside the saving transaction; carries
 * the page's sharing after the save so listeners (audit) can scope what they record.
 *
 * @param action {@code CREATED} or {@code SAVED}
 * @param version the version the save created (1 on creation)
 * @param sharedOrganisations organisations the page is shared with by name
 * @param sharedWithCustomers whether the project's customers may see the page
 */
public record PageChanged(
        UUID tenantId,
        UUID projectId,
        UUID pageId,
        UUID actorId,
        String action,
        int version,
        String title,
        Set<UUID> sharedOrganisations,
        boolean sharedWithCustomers,
        Instant at) {

    public PageChanged {
        sharedOrganisations = Set.copyOf(sharedOrganisations);
    }
}
