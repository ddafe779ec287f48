package io.crossflow.identity.internal;

import io.crossflow.identity.AdministrativeChange;
import io.crossflow.identity.CurrentUser;
import io.crossflow.identity.internal.OrganisationAdministration.OrganisationView;
import io.crossflow.identity.internal.UserAdministration.UserView;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.context.ApplicationEventPublisher;

/**
 * The {@link AdministrativeChange}s of organisations and users, from their views before and after
 * a change: the fields an auditor reads, never a secret.
 */
final class AdminChanges {

    private AdminChanges() {}

    static void organisation(
            ApplicationEventPublisher events,
            CurrentUser caller,
            String action,
            OrganisationView before,
            OrganisationView after) {
        Map<String, AdministrativeChange.Change> changes =
                AdministrativeChange.diff(before == null ? Map.of() : fields(before), fields(after));
        events.publishEvent(AdministrativeChange.by(caller, "ORGANISATION", after.id(), action, changes));
    }

    static void user(
            ApplicationEventPublisher events, CurrentUser caller, String action, UserView before, UserView after) {
        Map<String, AdministrativeChange.Change> changes =
                AdministrativeChange.diff(before == null ? Map.of() : fields(before), fields(after));
        events.publishEvent(AdministrativeChange.by(caller, "USER", after.id(), action, changes));
    }

    private static Map<String, Object> fields(OrganisationView o) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", o.name());
        fields.put("kind", o.kind().name());
        fields.put("shortCode", o.shortCode());
        fields.put("contactName", o.contactName());
        fields.put("contactEmail", o.contactEmail());
        fields.put(
                "emailDomains", o.emailDomains().isEmpty() ? null : String.join(", ", new TreeSet<>(o.emailDomains())));
        fields.put("active", o.active());
        return fields;
    }

    private static Map<String, Object> fields(UserView u) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("username", u.username());
        fields.put("displayName", u.displayName());
        fields.put("email", u.email());
        fields.put("mobile", u.mobile());
        fields.put("language", u.language());
        fields.put("organisation", u.organisationName());
        fields.put(
                "capabilities",
                String.join(
                        ", ", u.capabilities().stream().map(Enum::name).sorted().toList()));
        fields.put("active", u.active());
        return fields;
    }
}
