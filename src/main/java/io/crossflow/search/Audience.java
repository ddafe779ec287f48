package io.crossflow.search;

import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Who outside the host company may find an entry. The project's internal members always may.
 *
 * @param organisations partner (or customer) organisations the object is shared with
 * @param customers whether every customer organisation of the project may find it
 */
public record Audience(Set<UUID> organisations, boolean customers) {

    /** Internal members of the project only. */
    public static final Audience INTERNAL = new Audience(Set.of(), false);

    public Audience {
        organisations = organisations == null
                ? Set.of()
                : organisations.stream().filter(Objects::nonNull).collect(Collectors.toUnmodifiableSet());
    }

    public static Audience of(Collection<UUID> organisations, boolean customers) {
        return new Audience(
                Set.copyOf(organisations.stream().filter(Objects::nonNull).toList()), customers);
    }
}
