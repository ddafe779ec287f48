package io.crossflow.identity.web;

import io.crossflow.identity.Capability;
import io.crossflow.identity.CurrentUser;
import io.crossflow.identity.CurrentUsers;
import io.crossflow.identity.Organisation;
import io.crossflow.identity.Organisations;
import io.crossflow.identity.internal.Profiles;
import io.crossflow.identity.internal.Profiles.Profile;
import io.crossflow.identity.internal.Profiles.ProfileChange;
import io.crossflow.tenancy.Tenant;
import io.crossflow.tenancy.Tenants;
import java.util.Set;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Who is signed in, and its own profile (display name, language, time zone; docs/identity.md). */
@RestController
class MeController {

    private final Tenants tenants;
    private final Organisations organisations;
    private final Profiles profiles;

    MeController(Tenants tenants, Organisations organisations, Profiles profiles) {
        this.tenants = tenants;
        this.organisations = organisations;
        this.profiles = profiles;
    }

    @GetMapping("/api/me")
    Me me() {
        CurrentUser user = CurrentUsers.require();
        return me(user, profiles.of(user));
    }

    /**
     * Whether anyone is signed in, and who: the web app's first question on every load. A visitor
     * who is not signed in is an ordinary state here, so it is answered 200, never 401 (which a
     * browser logs as a failed request); {@code /api/me} stays 401 for it.
     */
    @GetMapping("/api/session")
    SessionState session() {
        return CurrentUsers.find()
                .map(user -> new SessionState(true, me(user, profiles.of(user))))
                .orElse(new SessionState(false, null));
    }

    @PatchMapping("/api/me")
    Me change(@RequestBody ProfileChange change) {
        CurrentUser user = CurrentUsers.require();
        return me(user, profiles.update(user, change));
    }

    private Me me(CurrentUser user, Profile profile) {
        Tenant tenant = tenants.find(user.tenantId()).orElseThrow();
        Organisation organisation =
                organisations.find(user.tenantId(), user.organisationId()).orElseThrow();
        return new Me(
                user.id(),
                user.username(),
                profile.displayName(),
                profile.language(),
                profile.timeZone(),
                profile.ownTimeZone(),
                user.capabilities(),
                user.serviceAccount(),
                new TenantRef(tenant.id(), tenant.name(), profile.tenantTimeZone()),
                new OrganisationRef(
                        organisation.id(),
                        organisation.name(),
                        organisation.kind().name()));
    }

    /**
     * @param timeZone the zone the caller's dates are shown in (its own, else its tenant's)
     * @param ownTimeZone the zone it chose itself; null while it follows its tenant's
     */
    record Me(
            UUID id,
            String username,
            String displayName,
            String language,
            String timeZone,
            String ownTimeZone,
            Set<Capability> capabilities,
            boolean serviceAccount,
            TenantRef tenant,
            OrganisationRef organisation) {}

    /** {@code me} is null when nobody is signed in. */
    record SessionState(boolean signedIn, Me me) {}

    record TenantRef(UUID id, String name, String timeZone) {}

    record OrganisationRef(UUID id, String name, String kind) {}
}
