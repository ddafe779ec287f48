package io.crossflow.identity;

/**
 * What a user may do beyond seeing what concerns it. Internal capabilities belong to users of the
 * tenant's {@link OrganisationKind#HOST} organisation, partner ones to partner organisations,
 * {@link #CUSTOMER_VIEWER} to customer organisations.
 */
public enum Capability {
    TENANT_ADMIN,
    DESIGNER,
    MANAGER,
    MEMBER,
    PARTNER_MEMBER,
    PARTNER_MANAGER,
    CUSTOMER_VIEWER,
    /** Operates the engine through Camunda Cockpit/Admin; internal only. */
    PLATFORM_OPERATOR;

    /** The Spring Security authority of this capability ({@code ROLE_<name>}). */
    public String authority() {
        return "ROLE_" + name();
    }
}
