package io.crossflow.identity;

/** The tenant's own company, a partner (supplier, outsourcer, agency) or a customer. */
public enum OrganisationKind {
    HOST,
    PARTNER,
    CUSTOMER
}
