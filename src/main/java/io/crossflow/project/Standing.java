package io.crossflow.project;

import io.crossflow.identity.CurrentUser;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;

/**
 * How the caller stands in one project: its internal role, or its organisation's participant
 * role. Every rule of the access matrix (docs/security.md) for project-owned objects is a
 * method here, so the rules exist once.
 */
public record Standing(
        CurrentUser user,
        Project project,
        Optional<ProjectRole> memberRole,
        Optional<ParticipantRole> participantRole) {

    public boolean internal() {
        return user.internal();
    }

    public boolean manager() {
        return memberRole.filter(r -> r == ProjectRole.MANAGER).isPresent();
    }

    /** Internal members and managers work on the plan. */
    public boolean member() {
        return memberRole.isPresent();
    }

    public boolean partner() {
        return user.partner() && participantRole.isPresent();
    }

    public boolean customer() {
        return user.customer() && participantRole.isPresent();
    }

    /** Whether the caller may see the work item at all: internal users all, partners their own organisation's, customers milestones. */
    public boolean sees(WorkItem item) {
        if (internal()) {
            return true;
        }
        if (partner()) {
            return user.organisationId().equals(item.assigneeOrganisationId())
                    || user.id().equals(item.assigneeUserId());
        }
        return customer() && item.milestone();
    }

    /** Internal members plan: create and edit work items, start hand-offs. */
    public boolean plans() {
        return internal() && member();
    }

    /**
     * Whether the caller may see a ticket of this project: internal users all of them; a partner
     * those its organisation raised or is routed to; a customer those its organisation raised and
     * those shared with the project's customers (a change request awaiting their sign-off).
     */
    public boolean seesTicket(
            UUID reporterOrganisationId, Collection<UUID> routedOrganisationIds, boolean customerVisible) {
        if (internal()) {
            return true;
        }
        if (partner()) {
            return user.organisationId().equals(reporterOrganisationId)
                    || routedOrganisationIds.contains(user.organisationId());
        }
        return customer() && (user.organisationId().equals(reporterOrganisationId) || customerVisible);
    }
}
