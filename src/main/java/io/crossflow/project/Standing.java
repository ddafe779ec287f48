package io.crossflow.project;

import io.crossflow.identity.CurrentUser;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
     * The items of {@code all} the caller sees only as context: a partner sees the ancestors of its
     * own items by id and title (no dates, no assignees), so it knows where its work belongs.
     */
    public Set<UUID> contextOf(Collection<WorkItem> all) {
        Set<UUID> context = new LinkedHashSet<>();
        if (!partner()) {
            return context;
        }
        Map<UUID, WorkItem> byId = new HashMap<>();
        all.forEach(i -> byId.put(i.id(), i));
        for (WorkItem item : all) {
            if (!sees(item)) {
                continue;
            }
            WorkItem parent = byId.get(item.parentId());
            while (parent != null && !sees(parent) && context.add(parent.id())) {
                parent = byId.get(parent.parentId());
            }
        }
        return context;
    }

    /**
     * Whether the caller may see an object of this project shared by scope (documents, pages):
     * internal users all of them; a partner those shared with its organisation; a customer those
     * shared with the project's customers or with its own organisation.
     *
     * @param organisations the organisations the object is shared with by name
     * @param customers whether it is shared with every customer organisation of the project
     */
    public boolean seesShared(Collection<UUID> organisations, boolean customers) {
        if (internal()) {
            return true;
        }
        if (partner()) {
            return organisations.contains(user.organisationId());
        }
        return customer() && (customers || organisations.contains(user.organisationId()));
    }

    /** Budgets are internal: partners and customers do not learn that they exist (404). */
    public boolean seesBudgets() {
        return internal();
    }

    /** The project's managers keep its budget. */
    public boolean managesBudget() {
        return internal() && manager();
    }

    /** Only the project's managers save a new baseline of the plan. */
    public boolean savesBaseline() {
        return internal() && manager();
    }

    /**
     * Whether the item counts towards the progress the caller is shown: internal users and customers
     * see the whole project's progress (customers without seeing the items), partners their own share.
     */
    public boolean countsTowardsProgress(WorkItem item) {
        return partner() ? sees(item) : internal() || customer();
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

    /**
     * Whether the caller may see a document shared so (list, versions, download, comments, search):
     * internal users all of the project's; a partner those shared with its organisation; a customer
     * those shared with the project's customers.
     */
    public boolean seesDocument(Collection<UUID> sharedOrganisations, boolean sharedWithCustomers) {
        if (internal()) {
            return true;
        }
        if (partner()) {
            return sharedOrganisations.contains(user.organisationId());
        }
        return customer() && sharedWithCustomers;
    }

    /**
     * Whether the caller may add versions to (or restore) a document it sees: internal users any; a
     * partner those its own organisation uploaded. Customers never change documents.
     */
    public boolean editsDocument(UUID ownerOrganisationId) {
        return internal() || (partner() && user.organisationId().equals(ownerOrganisationId));
    }

    /**
     * Internal users attach documents anywhere in the project and decide whom they are shared with;
     * partners attach only to objects of their own (their work items, tasks, tickets), shared with
     * their organisation; customers do not upload.
     */
    public boolean sharesDocuments() {
        return internal();
    }

    /** Only the project's managers delete documents (soft, audited). */
    public boolean deletesDocuments() {
        return internal() && manager();
    }
}
