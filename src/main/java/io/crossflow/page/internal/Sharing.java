package io.crossflow.page.internal;

import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Who besides the project's internal users may see and edit a page.
 *
 * @param customers every customer organisation of the project
 * @param organisationIds partner (or customer) organisations named one by one
 */
public record Sharing(boolean customers, Set<UUID> organisationIds) {

    public static final Sharing INTERNAL = new Sharing(false, Set.of());

    public Sharing {
        organisationIds = organisationIds == null
                ? Set.of()
                : organisationIds.stream().filter(Objects::nonNull).collect(Collectors.toUnmodifiableSet());
    }

    static Sharing of(boolean customers, Collection<UUID> organisations) {
        return new Sharing(customers, Set.copyOf(organisations));
    }
}
