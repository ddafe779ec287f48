package io.crossflow.identity;

import java.util.List;
import java.util.UUID;

/**
 * An invitee accepted its invitation and its account is active. Published inside the accepting
 * transaction: the projects the invitation named take the invitee in (its organisation as a
 * participant, the invitee as a member when it is one of the own company's people) together with
 * the acceptance.
 *
 * @param projectIds the projects the invitation named (empty: none)
 * @param projectRole the role chosen with them, null for the usual one (see {@link InvitationProjects})
 * @param invitedBy the user who sent the invitation, the actor of what follows
 */
public record InvitationAccepted(
        UUID tenantId,
        UUID userId,
        UUID organisationId,
        OrganisationKind organisationKind,
        List<UUID> projectIds,
        String projectRole,
        UUID invitedBy) {}
