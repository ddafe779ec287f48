package io.crossflow.tenancy;

import java.time.Instant;
import java.util.UUID;

/**
 * A customer company of Crossflow; its id is also the Camunda tenant id of everything it runs.
 *
 * @param defaultLanguage {@code en} or {@code zh-CN}: the language of its first admin's invitation
 * @param timeZone an IANA time-zone id
 * @param suspendedAt when a platform operator suspended it; null while it is active
 */
public record Tenant(
        UUID id,
        String slug,
        String name,
        String defaultLanguage,
        String timeZone,
        Instant createdAt,
        Instant suspendedAt) {

    public boolean suspended() {
        return suspendedAt != null;
    }
}
