package io.crossflow.identity;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * An administrative change of a tenant's people: an organisation, a user, an invitation, a
 * password reset or an API token was created, changed, deactivated, issued, revoked or accepted.
 * Published inside the changing transaction, so the audit trail records it with the change or not
 * at all. Carries no secrets (no tokens, no links, no passwords).
 *
 * @param actorId who made the change; null when nobody signed in did (an invitee accepting, a reset asked by address)
 * @param objectType {@code ORGANISATION}, {@code USER}, {@code INVITATION}, {@code PASSWORD_RESET} or {@code API_TOKEN}
 * @param action e.g. {@code CREATED}, {@code UPDATED}, {@code DEACTIVATED}, {@code ISSUED}, {@code RESENT}, {@code REVOKED}
 * @param changes field → {@code [from, to]} (either may be null); what a reader of the audit needs to know
 */
public record AdministrativeChange(
        UUID tenantId,
        UUID actorId,
        String objectType,
        String objectId,
        String action,
        Map<String, Change> changes,
        Instant at) {

    public AdministrativeChange {
        changes = Collections.unmodifiableMap(new LinkedHashMap<>(changes));
    }

    /** One field's value before and after; either may be null. */
    public record Change(Object from, Object to) {}

    /** A change made by the signed-in caller, now. */
    public static AdministrativeChange by(
            CurrentUser caller, String objectType, Object objectId, String action, Map<String, Change> changes) {
        return new AdministrativeChange(
                caller.tenantId(), caller.id(), objectType, String.valueOf(objectId), action, changes, Instant.now());
    }

    /** {@code field → [null, value]}, for values set or named by the change; null values are left out. */
    public static Map<String, Change> values(Object... fieldsAndValues) {
        Map<String, Change> out = new LinkedHashMap<>();
        for (int i = 0; i + 1 < fieldsAndValues.length; i += 2) {
            if (fieldsAndValues[i + 1] != null) {
                out.put(String.valueOf(fieldsAndValues[i]), new Change(null, fieldsAndValues[i + 1]));
            }
        }
        return out;
    }

    /** {@code field → [from, to]} for each field whose value differs. */
    public static Map<String, Change> diff(Map<String, ?> before, Map<String, ?> after) {
        Map<String, Change> out = new LinkedHashMap<>();
        after.forEach((field, to) -> {
            Object from = before.get(field);
            if (!java.util.Objects.equals(from, to)) {
                out.put(field, new Change(from, to));
            }
        });
        return out;
    }
}
