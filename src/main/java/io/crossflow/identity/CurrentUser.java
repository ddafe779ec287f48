package io.crossflow.identity;

import java.io.Serializable;
import java.util.Set;
import java.util.UUID;

/**
 * The signed-in caller, however it signed in (form, SSO or API token). Immutable for the length
 * of a session; changes to a user take effect at its next sign-in (an API token loads its user
 * afresh for every request). Serializable because SSO and form-login principals holding it live
 * in the HTTP session.
 *
 * @param serviceAccount a service user (an integration account a tenant admin made), not a person
 */
public record CurrentUser(
        UUID id,
        UUID tenantId,
        UUID organisationId,
        OrganisationKind organisationKind,
        String username,
        String displayName,
        String language,
        Set<Capability> capabilities,
        boolean serviceAccount)
        implements Serializable {

    public CurrentUser {
        capabilities = Set.copyOf(capabilities);
    }

    public boolean has(Capability capability) {
        return capabilities.contains(capability);
    }

    /** A user of the tenant's own company. */
    public boolean internal() {
        return organisationKind == OrganisationKind.HOST;
    }

    public boolean partner() {
        return organisationKind == OrganisationKind.PARTNER;
    }

    public boolean customer() {
        return organisationKind == OrganisationKind.CUSTOMER;
    }
}
