package io.crossflow.project;

/** The role an organisation plays in a project. */
public enum ParticipantRole {
    OWNER,
    SUPPLIER,
    OUTSOURCER,
    AGENCY,
    CUSTOMER
}
