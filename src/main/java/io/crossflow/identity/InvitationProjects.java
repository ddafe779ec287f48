package io.crossflow.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The projects an invitation may bring its invitee into, answered by the module that owns
 * projects (identity does not know them): invitations check the choice before they are sent, and
 * {@link InvitationAccepted} tells the owner to carry it out.
 */
public interface InvitationProjects {

    /**
     * What is wrong with inviting a person of an organisation of {@code kind} into the projects
     * with the role, as a message for the inviter; empty when the choice is good. {@code role} is
     * a project role (MANAGER, MEMBER) for the own company's people and the organisation's role
     * (SUPPLIER, OUTSOURCER, AGENCY; CUSTOMER) for a partner or customer; null picks the usual one.
     */
    Optional<String> problem(UUID tenantId, List<UUID> projectIds, OrganisationKind kind, String role);
}
