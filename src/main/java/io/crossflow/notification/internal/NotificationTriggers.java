package io.crossflow.notification.internal;

import io.crossflow.identity.CurrentUser;
import io.crossflow.identity.CurrentUsers;
import io.crossflow.identity.InvitationIssued;
import io.crossflow.identity.Organisation;
import io.crossflow.identity.Organisations;
import io.crossflow.identity.PasswordResetRequested;
import io.crossflow.identity.SignInLocked;
import io.crossflow.identity.TimeZones;
import io.crossflow.notification.NotificationRequested;
import io.crossflow.notification.NotificationTypes;
import io.crossflow.project.MilestoneRefused;
import io.crossflow.project.Project;
import io.crossflow.project.ProjectRole;
import io.crossflow.project.Projects;
import io.crossflow.project.WorkItem;
import io.crossflow.project.WorkItems;
import io.crossflow.project.WorkPackageOverdue;
import io.crossflow.project.WorkPackageReminderDue;
import io.crossflow.workflow.CandidateGroups;
import io.crossflow.workflow.LocalizedNames;
import io.crossflow.workflow.TaskChanged;
import io.crossflow.workflow.TaskSnapshot;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes the outbox for every {@link NotificationRequested} and for the events this module turns
 * into notifications itself, synchronously in the publishing transaction: a rolled-back action
 * leaves no outbox row, a committed one always has its rows. Nothing here talks to a channel.
 */
@Component
class NotificationTriggers {

    /** A moment in a mail, in the recipient's zone and naming it: "2026-12-08 23:59 (Asia/Shanghai)". */
    private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm '('VV')'");

    private final Outbox outbox;
    private final Projects projects;
    private final WorkItems workItems;
    private final Organisations organisations;
    private final LocalizedNames names;
    private final TimeZones zones;

    NotificationTriggers(
            Outbox outbox,
            Projects projects,
            WorkItems workItems,
            Organisations organisations,
            LocalizedNames names,
            TimeZones zones) {
        this.zones = zones;
        this.outbox = outbox;
        this.projects = projects;
        this.workItems = workItems;
        this.organisations = organisations;
        this.names = names;
    }

    /** The moment in the recipient's zone: its own, else its tenant's. */
    private String until(Instant at, UUID tenantId, UUID userId) {
        ZoneId zone = zones.own(userId).orElseGet(() -> zones.tenant(tenantId));
        return UNTIL.format(at.atZone(zone));
    }

    @EventListener
    void on(NotificationRequested request) {
        outbox.enqueue(request);
    }

    /** The password reset link, by e-mail only: a secret, for the address's owner alone. */
    @EventListener
    void on(PasswordResetRequested event) {
        outbox.enqueueEmailOnly(
                new NotificationRequested(
                        event.tenantId(),
                        Set.of(event.userId()),
                        Set.of(),
                        Set.of(),
                        NotificationTypes.PASSWORD_RESET,
                        Map.of("minutes", "30"),
                        event.linkPath(),
                        "password-reset:" + event.expiresAt().toEpochMilli()),
                event.userId());
    }

    /** The invitee's link, by e-mail only: the invitee has no in-app list yet, and the link is a secret. */
    @EventListener
    void on(InvitationIssued event) {
        outbox.enqueueEmailOnly(
                new NotificationRequested(
                        event.tenantId(),
                        Set.of(event.inviteeId()),
                        Set.of(),
                        Set.of(),
                        NotificationTypes.INVITATION,
                        Map.of(
                                "organisation", event.organisationName(),
                                "inviter", event.inviterName(),
                                "expires", until(event.expiresAt(), event.tenantId(), event.inviteeId())),
                        event.linkPath(),
                        "invitation:" + event.invitationId() + ":" + event.sending()),
                event.inviteeId());
    }

    /** The locked user's unlock link, by e-mail only: a secret never kept in the in-app list. */
    @EventListener
    void on(SignInLocked event) {
        // rounded up: a link issued a moment ago for an hour says "60 minutes"
        long seconds = Duration.between(Instant.now(), event.linkExpiresAt()).toSeconds();
        long minutes = Math.max(1, (seconds + 59) / 60);
        outbox.enqueueEmailOnly(
                new NotificationRequested(
                        event.tenantId(),
                        Set.of(event.userId()),
                        Set.of(),
                        Set.of(),
                        NotificationTypes.SIGN_IN_LOCKED,
                        Map.of(
                                "until",
                                until(event.lockedUntil(), event.tenantId(), event.userId()),
                                "minutes",
                                Long.toString(minutes)),
                        event.unlockPath(),
                        "sign-in-locked:" + event.lockedUntil().toEpochMilli()),
                event.userId());
    }

    /**
     * A new unassigned task, or new candidates of one: offered to its candidates (the dedupe key
     * spares those told already). A task assigned to someone other than the caller: that person.
     */
    @EventListener
    void on(TaskChanged event) {
        TaskSnapshot task = event.task();
        if (task.tenantId() == null || event.kind().ends()) {
            return;
        }
        if (task.assignee() != null) {
            if (event.kind() != TaskChanged.Kind.UPDATED && !task.assignee().equals(callerId())) {
                taskNotification(
                        task,
                        Set.of(CandidateGroups.user(task.assignee())),
                        NotificationTypes.TASK_ASSIGNED,
                        "task-assigned:" + task.id() + ":" + task.assignee());
            }
            return;
        }
        if (event.kind() == TaskChanged.Kind.ASSIGNED) {
            return; // unclaimed: its candidates were told when it was offered
        }
        Set<String> candidates = new HashSet<>(task.candidateGroups());
        task.candidateUsers().forEach(user -> candidates.add(CandidateGroups.user(user)));
        if (!candidates.isEmpty()) {
            taskNotification(task, candidates, NotificationTypes.TASK_OFFERED, "task-offered:" + task.id());
        }
    }

    private void taskNotification(TaskSnapshot task, Set<String> recipients, String type, String dedupeKey) {
        Map<String, String> params = new HashMap<>();
        params.put("task", task.name() == null ? "" : task.name());
        params.put("process", task.processDefinitionName() == null ? "" : task.processDefinitionName());
        // each recipient reads the names in its own language (MessageTemplates picks task@<tag>)
        task.names().forEach((tag, name) -> params.put("task" + MessageTemplates.LANGUAGE_SEPARATOR + tag, name));
        names.names(task.processDefinitionId(), task.processDefinitionKey())
                .forEach((tag, name) -> params.put("process" + MessageTemplates.LANGUAGE_SEPARATOR + tag, name));
        params.put("project", projectName(task.tenantId(), task.projectId()));
        if (task.object() != null) {
            // rendered with the <TYPE>.object.* texts: "New task for you: Accept work package — Gearbox housing
            // (P-1024)"
            params.put("object", task.object().label());
            params.put("ref", projectRef(task.tenantId(), task.projectId()));
        }
        outbox.enqueue(new NotificationRequested(
                task.tenantId(), Set.of(), Set.of(), recipients, type, params, "/inbox/" + task.id(), dedupeKey));
    }

    @EventListener
    void on(WorkPackageReminderDue event) {
        workItems
                .find(event.tenantId(), event.workItemId())
                .ifPresent(item -> outbox.enqueue(new NotificationRequested(
                        event.tenantId(),
                        Set.of(),
                        Set.of(event.partnerOrganisationId()),
                        Set.of(),
                        NotificationTypes.HANDOFF_REMINDER,
                        Map.of("workItem", item.title(), "project", projectName(event.tenantId(), event.projectId())),
                        workItemLink(item),
                        "handoff-reminder:" + item.id() + ":" + occurrence(item.handoffRemindedAt()))));
    }

    @EventListener
    void on(WorkPackageOverdue event) {
        String partner = organisations
                .find(event.tenantId(), event.partnerOrganisationId())
                .map(Organisation::name)
                .orElse("");
        workItems
                .find(event.tenantId(), event.workItemId())
                .ifPresent(item -> outbox.enqueue(new NotificationRequested(
                        event.tenantId(),
                        Set.of(),
                        Set.of(),
                        Set.of(CandidateGroups.projectRole(event.projectId(), ProjectRole.MANAGER.name())),
                        NotificationTypes.HANDOFF_OVERDUE,
                        Map.of(
                                "workItem",
                                item.title(),
                                "project",
                                projectName(event.tenantId(), event.projectId()),
                                "partner",
                                partner),
                        workItemLink(item),
                        "handoff-overdue:" + item.id() + ":" + occurrence(item.overdueEscalatedAt()))));
    }

    /**
     * A refused milestone tells its owner: the assignee person, else the assignee organisation,
     * else the project's managers (nobody else plans it).
     */
    @EventListener
    void on(MilestoneRefused event) {
        workItems.find(event.tenantId(), event.workItemId()).ifPresent(item -> {
            Set<UUID> users = event.ownerUserId() == null ? Set.of() : Set.of(event.ownerUserId());
            Set<UUID> organisations = users.isEmpty() && event.ownerOrganisationId() != null
                    ? Set.of(event.ownerOrganisationId())
                    : Set.of();
            Set<String> groups = users.isEmpty() && organisations.isEmpty()
                    ? Set.of(CandidateGroups.projectRole(event.projectId(), ProjectRole.MANAGER.name()))
                    : Set.of();
            outbox.enqueue(new NotificationRequested(
                    event.tenantId(),
                    users,
                    organisations,
                    groups,
                    NotificationTypes.MILESTONE_REFUSED,
                    Map.of(
                            "workItem",
                            item.title(),
                            "project",
                            projectName(event.tenantId(), event.projectId()),
                            "customer",
                            event.refusedByName() == null ? "" : event.refusedByName(),
                            "reason",
                            event.reason() == null ? "" : event.reason()),
                    workItemLink(item),
                    "milestone-refused:" + event.acceptanceId()));
        });
    }

    private String projectName(UUID tenantId, UUID projectId) {
        return projectId == null
                ? ""
                : projects.find(tenantId, projectId).map(Project::name).orElse("");
    }

    /** The project's code, or its name when it has none. */
    private String projectRef(UUID tenantId, UUID projectId) {
        return projectId == null
                ? ""
                : projects.find(tenantId, projectId)
                        .map(p -> p.key() == null || p.key().isBlank() ? p.name() : p.key())
                        .orElse("");
    }

    private static String workItemLink(WorkItem item) {
        return "/projects/" + item.projectId() + "/work-items/" + item.id();
    }

    /** Each reminder or escalation is its own occurrence: rework after the date notifies again. */
    private static String occurrence(Instant recordedAt) {
        return recordedAt == null ? "-" : String.valueOf(recordedAt.toEpochMilli());
    }

    private static String callerId() {
        return CurrentUsers.find().map(CurrentUser::id).map(UUID::toString).orElse(null);
    }
}
