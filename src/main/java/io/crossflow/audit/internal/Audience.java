package io.crossflow.audit.internal;

import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Who outside the host company may read an entry, fixed when it is written.
 *
 * @param organisations partner (or, for tickets, customer) organisations the object concerns
 * @param users individual users it is assigned to
 * @param customerVisible whether every customer of the project may read it (milestones)
 */
record Audience(Set<UUID> organisations, Set<UUID> users, boolean customerVisible) {

    static final Audience INTERNAL = new Audience(Set.of(), Set.of(), false);

    static Audience of(Collection<UUID> organisations, Collection<UUID> users, boolean customerVisible) {
        return new Audience(nonNull(organisations), nonNull(users), customerVisible);
    }

    private static Set<UUID> nonNull(Collection<UUID> ids) {
        return ids.stream().filter(Objects::nonNull).collect(Collectors.toUnmodifiableSet());
    }

    static String array(Set<UUID> ids) {
        return ids.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}"));
    }
}
