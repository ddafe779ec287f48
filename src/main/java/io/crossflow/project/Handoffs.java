package io.crossflow.project;

import io.crossflow.identity.CurrentUser;
import io.crossflow.identity.OrganisationKind;
import io.crossflow.identity.Organisations;
import io.crossflow.project.process.WorkPackageHandoff;
import io.crossflow.shared.ConflictException;
import io.crossflow.shared.ForbiddenException;
import io.crossflow.shared.InvalidInputException;
import io.crossflow.tenancy.Tenants;
import io.crossflow.workflow.Processes;
import io.crossflow.workflow.StartProcess;
import io.crossflow.workflow.WorkflowProperties;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Hands work items to partner organisations by starting {@value WorkPackageHandoff#PROCESS_KEY}. */
@Service
public class Handoffs {

    private final WorkItems workItems;
    private final Organisations organisations;
    private final Processes processes;
    private final WorkflowProperties settings;
    private final Tenants tenants;
    private final Projects projects;
    private final Clock clock;

    Handoffs(
            WorkItems workItems,
            Organisations organisations,
            Processes processes,
            WorkflowProperties settings,
            Tenants tenants,
            Projects projects,
            ObjectProvider<Clock> clock) {
        this.tenants = tenants;
        this.projects = projects;
        this.clock = clock.getIfUnique(Clock::systemUTC);
        this.workItems = workItems;
        this.organisations = organisations;
        this.processes = processes;
        this.settings = settings;
    }

    /**
     * Starts the hand-off of a work item to its partner organisation. Due at the end of {@code
     * dueDate}, or of the item's planned end when none is given.
     */
    @Transactional
    public Started start(CurrentUser user, UUID workItemId, LocalDate dueDate) {
        return start(user, workItemId, null, dueDate);
    }

    /**
     * Starts the hand-off of a work item to the partner organisation {@code organisationId} (the
     * item's assignee organisation when null), which becomes the item's assignee. One transaction:
     * everything is checked before anything is written, and a refusal changes nothing (neither the
     * assignee nor the process instances nor the audit).
     */
    @Transactional
    public Started start(CurrentUser user, UUID workItemId, UUID organisationId, LocalDate dueDate) {
        WorkItems.Visible visible = workItems.visible(user, workItemId);
        WorkItem item = visible.item();
        if (!visible.standing().plans()) {
            throw new ForbiddenException("Only the project's internal members can hand work to a partner.");
        }
        if (item.handoffActive()) {
            throw new ConflictException("This work item is already handed off.");
        }
        if (item.status() == WorkItemStatus.DONE) {
            throw new ConflictException("This work item is already done.");
        }
        UUID partner = organisationId != null ? organisationId : item.assigneeOrganisationId();
        List<InvalidInputException.FieldError> problems = new ArrayList<>();
        if (partner == null) {
            problems.add(new InvalidInputException.FieldError(
                    "organisationId", "is required: choose the partner organisation to hand the work to"));
        } else if (!isPartnerOf(item, partner)) {
            problems.add(new InvalidInputException.FieldError(
                    "organisationId", "is not a partner organisation taking part in this project"));
        }
        LocalDate due = dueDate != null ? dueDate : item.plannedEnd();
        // a due day is a day of the tenant's zone: due until the start of the next one there
        ZoneId zone = tenants.zone(item.tenantId());
        Instant now = clock.instant();
        if (due == null) {
            problems.add(new InvalidInputException.FieldError(
                    "dueDate", "is required when the work item has no planned end"));
        } else if (due.isBefore(LocalDate.ofInstant(now, zone))) {
            problems.add(new InvalidInputException.FieldError("dueDate", "must not be in the past"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("Please correct the highlighted fields.", problems);
        }
        Instant dueAt = due.plusDays(1).atStartOfDay(zone).toInstant();
        Instant reminderAt = due.plusDays(1)
                .minus(settings.reminderLead())
                .atStartOfDay(zone)
                .toInstant();
        if (reminderAt.isBefore(now)) {
            reminderAt = now;
        }
        // every check passed: from here on the writes (assignee, process, hand-off state) commit together
        if (!partner.equals(item.assigneeOrganisationId())) {
            item = workItems.assignForHandoff(user, item, partner);
        }
        String processInstanceId = processes.start(new StartProcess(
                item.tenantId(),
                WorkPackageHandoff.PROCESS_KEY,
                item.id().toString(),
                item.projectId(),
                user.id(),
                Map.of(
                        WorkPackageHandoff.WORK_ITEM_ID, item.id().toString(),
                        WorkPackageHandoff.PARTNER_ORGANISATION_ID, partner.toString(),
                        WorkPackageHandoff.DUE_AT, Date.from(dueAt),
                        WorkPackageHandoff.REMINDER_AT, Date.from(reminderAt))));
        workItems.recordHandoff(item.tenantId(), item.id(), HandoffStatus.OFFERED, processInstanceId);
        return new Started(
                processInstanceId, workItems.find(item.tenantId(), item.id()).orElseThrow());
    }

    private boolean isPartnerOf(WorkItem item, UUID organisationId) {
        return organisations
                .find(item.tenantId(), organisationId)
                .filter(o -> o.kind() == OrganisationKind.PARTNER)
                .filter(o -> projects.isParticipant(item.projectId(), o.id()))
                .isPresent();
    }

    public record Started(String processInstanceId, WorkItem workItem) {}
}
