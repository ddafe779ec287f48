package io.crossflow.audit.internal;

import io.crossflow.document.DocumentChanged;
import io.crossflow.identity.AdministrativeChange;
import io.crossflow.identity.CurrentUser;
import io.crossflow.identity.CurrentUsers;
import io.crossflow.identity.PasswordResetRequested;
import io.crossflow.page.PageChanged;
import io.crossflow.project.BaselineSaved;
import io.crossflow.project.PlanStructureChanged;
import io.crossflow.project.ProjectMembershipChanged;
import io.crossflow.project.WorkItem;
import io.crossflow.project.WorkItemChanged;
import io.crossflow.project.WorkItems;
import io.crossflow.ticket.TicketChanged;
import io.crossflow.workflow.TaskChanged;
import io.crossflow.workflow.TaskSnapshot;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records every state change the modules announce, synchronously and in the changing transaction:
 * the change and its audit entry commit or roll back together. Decides each entry's audience from
 * the object as it is after the change.
 */
@Component
class AuditRecorder {

    private static final String ORGANISATION_GROUP = "org:";

    private final AuditWriter writer;
    private final WorkItems workItems;

    AuditRecorder(AuditWriter writer, WorkItems workItems) {
        this.writer = writer;
        this.workItems = workItems;
    }

    @EventListener
    void on(WorkItemChanged event) {
        WorkItem item = workItems.find(event.tenantId(), event.workItemId()).orElse(null);
        Audience audience = item == null
                ? Audience.INTERNAL
                : Audience.of(
                        Arrays.asList(item.assigneeOrganisationId()),
                        Arrays.asList(item.assigneeUserId()),
                        item.milestone());
        Map<String, Map<String, Object>> changes = new LinkedHashMap<>();
        event.changes().forEach((field, change) -> changes.put(field, change(change.from(), change.to())));
        if (event.action() == WorkItemChanged.Action.HANDOFF && item != null && item.assigneeOrganisationId() != null) {
            // the hand-off's partner as it was at that step, so the feed can name it later
            changes.put("partnerOrganisationId", change(null, item.assigneeOrganisationId()));
        }
        writer.write(new AuditWriter.Entry(
                event.tenantId(),
                event.projectId(),
                "WORK_ITEM",
                event.workItemId().toString(),
                event.action().name(),
                event.actorId(),
                event.at(),
                changes,
                audience));
    }

    @EventListener
    void on(DocumentChanged event) {
        Map<String, Map<String, Object>> changes = new LinkedHashMap<>();
        changes.put("name", change(null, event.name()));
        if (event.version() > 0) {
            changes.put("version", change(null, event.version()));
        }
        if (event.action().equals("DELETED")) {
            changes.put("status", change("ACTIVE", "DELETED"));
        }
        writer.write(new AuditWriter.Entry(
                event.tenantId(),
                event.projectId(),
                "DOCUMENT",
                event.documentId().toString(),
                event.action(),
                event.actorId(),
                event.at(),
                changes,
                Audience.of(
                        event.sharing().partnerOrganisations(),
                        Set.of(),
                        event.sharing().customers())));
    }

    @EventListener
    void on(TicketChanged event) {
        Map<String, Map<String, Object>> changes = new LinkedHashMap<>();
        if (event.previousStage() == null) {
            changes.put("number", change(null, event.number()));
            changes.put("type", change(null, event.type()));
        }
        changes.put("stage", change(event.previousStage(), event.stage()));
        Set<UUID> organisations = new HashSet<>(event.routedOrganisationIds());
        if (event.reporterOrganisationId() != null) {
            organisations.add(event.reporterOrganisationId());
        }
        writer.write(new AuditWriter.Entry(
                event.tenantId(),
                event.projectId(),
                "TICKET",
                event.ticketId().toString(),
                event.previousStage() == null ? "RAISED" : "STAGE_CHANGED",
                event.actorId(),
                event.at(),
                changes,
                Audience.of(organisations, Arrays.asList(event.reporterUserId()), false)));
    }

    @EventListener
    void on(TaskChanged event) {
        TaskSnapshot task = event.task();
        if (event.kind() == TaskChanged.Kind.UPDATED || task.tenantId() == null) {
            // candidate and property updates are the engine's bookkeeping, not a person's step
            return;
        }
        Map<String, Map<String, Object>> changes = new LinkedHashMap<>();
        UUID actor = CurrentUsers.find().map(CurrentUser::id).orElse(null);
        switch (event.kind()) {
            case CREATED -> {
                changes.put("name", change(null, task.name()));
                if (task.assignee() != null) {
                    changes.put("assignee", change(null, task.assignee()));
                }
                // a task is created by its process, even when a person's step moved the process on
                actor = null;
            }
            case ASSIGNED ->
                changes.put("assignee", change(writer.lastAssignee(task.id()).orElse(null), task.assignee()));
            case COMPLETED -> {
                changes.put("status", change("OPEN", "COMPLETED"));
                if (actor == null) {
                    actor = uuid(task.assignee());
                }
            }
            default -> changes.put("status", change("OPEN", "DELETED"));
        }
        Set<UUID> organisations = new HashSet<>();
        for (String group : task.candidateGroups()) {
            if (group.startsWith(ORGANISATION_GROUP)) {
                organisations.add(uuid(group.substring(ORGANISATION_GROUP.length())));
            }
        }
        Set<UUID> users = new HashSet<>();
        task.candidateUsers().forEach(u -> users.add(uuid(u)));
        users.add(uuid(task.assignee()));
        writer.write(new AuditWriter.Entry(
                task.tenantId(),
                task.projectId(),
                "TASK",
                task.id(),
                event.kind().name(),
                actor,
                Instant.now(),
                changes,
                Audience.of(organisations, users, false)));
    }

    @EventListener
    void on(ProjectMembershipChanged event) {
        boolean organisation = event.organisationId() != null;
        writer.write(new AuditWriter.Entry(
                event.tenantId(),
                event.projectId(),
                organisation ? "PARTICIPANT" : "MEMBER",
                (organisation ? event.organisationId() : event.userId()).toString(),
                io.crossflow.project.Projects.REMOVED.equals(event.role()) ? "REMOVED" : "ROLE_SET",
                event.actorId(),
                event.at(),
                Map.of("role", change(null, event.role())),
                organisation ? Audience.of(List.of(event.organisationId()), List.of(), false) : Audience.INTERNAL));
    }

    /** Pages: read by whoever the page is shared with after the change. */
    @EventListener
    void on(PageChanged event) {
        Map<String, Map<String, Object>> changes = new LinkedHashMap<>();
        changes.put("version", change(event.version() == 1 ? null : event.version() - 1, event.version()));
        changes.put("title", change(null, event.title()));
        writer.write(new AuditWriter.Entry(
                event.tenantId(),
                event.projectId(),
                "PAGE",
                event.pageId().toString(),
                event.action(),
                event.actorId(),
                event.at(),
                changes,
                Audience.of(event.sharedOrganisations(), List.of(), event.sharedWithCustomers())));
    }

    /** Dependencies and budget lines: the plan's internals, shown to internal users only. */
    @EventListener
    void on(PlanStructureChanged event) {
        Map<String, Object> changes = new LinkedHashMap<>();
        event.changes().forEach((field, c) -> changes.put(field, change(c.from(), c.to())));
        writer.write(new AuditWriter.Entry(
                event.tenantId(),
                event.projectId(),
                event.objectType(),
                event.objectId().toString(),
                event.action(),
                event.actorId(),
                event.at(),
                changes,
                Audience.INTERNAL));
    }

    @EventListener
    void on(BaselineSaved event) {
        writer.write(new AuditWriter.Entry(
                event.tenantId(),
                event.projectId(),
                "PLAN",
                event.projectId().toString(),
                "BASELINE_SAVED",
                event.actorId(),
                event.at(),
                Map.of("itemCount", change(null, event.itemCount())),
                Audience.INTERNAL));
    }

    /** Administration of people (docs/administration.md): the tenant's admins read it, nobody outside. */
    @EventListener
    void on(AdministrativeChange event) {
        Map<String, Object> changes = new LinkedHashMap<>();
        event.changes().forEach((field, c) -> changes.put(field, change(c.from(), c.to())));
        writer.write(new AuditWriter.Entry(
                event.tenantId(),
                null,
                event.objectType(),
                event.objectId(),
                event.action(),
                event.actorId(),
                event.at(),
                changes,
                Audience.INTERNAL));
    }

    /**
     * A platform operator suspended the tenant: recorded in that tenant's own trail, so its admins
     * see who did it and when (the operator's id; the operator belongs to another tenant).
     */
    @EventListener
    void on(io.crossflow.tenancy.TenantSuspended event) {
        tenantLifecycle(event.tenantId(), "SUSPENDED");
    }

    @EventListener
    void on(io.crossflow.tenancy.TenantResumed event) {
        tenantLifecycle(event.tenantId(), "RESUMED");
    }

    private void tenantLifecycle(UUID tenantId, String action) {
        writer.write(new AuditWriter.Entry(
                tenantId,
                null,
                "TENANT",
                tenantId.toString(),
                action,
                CurrentUsers.find().map(CurrentUser::id).orElse(null),
                Instant.now(),
                Map.of(),
                Audience.INTERNAL));
    }

    /** Asked by address from the sign-in page, so nobody signed in is its actor; the link stays out. */
    @EventListener
    void on(PasswordResetRequested event) {
        writer.write(new AuditWriter.Entry(
                event.tenantId(),
                null,
                "USER",
                event.userId().toString(),
                "PASSWORD_RESET_REQUESTED",
                CurrentUsers.find().map(CurrentUser::id).orElse(null),
                Instant.now(),
                Map.of("resetLinkExpiresAt", change(null, event.expiresAt().toString())),
                Audience.INTERNAL));
    }

    private static Map<String, Object> change(Object from, Object to) {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("from", from);
        change.put("to", to);
        return change;
    }

    private static UUID uuid(String value) {
        try {
            return value == null ? null : UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
