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
import java.util.Date;
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
    private final Clock clock;

    Handoffs(
            WorkItems workItems,
            Organisations organisations,
            Processes processes,
            WorkflowProperties settings,
            Tenants tenants,
            ObjectProvider<Clock> clock) {
        this.tenants = tenants;
        this.clock = clock.getIfUnique(Clock::systemUTC);
        this.workItems = workItems;
        this.organisations = organisations;
        this.processes = processes;
        this.settings = settings;
    }

    /**
     * Starts the hand-off of a work item assigned to a partner organisation. Due at the end of
     * {@code dueDate}, or of the item's planned end when none is given.
     */
    @Transactional
    public Started start(CurrentUser user, UUID workItemId, LocalDate dueDate) {
        WorkItems.Visible visible = workItems.visible(user, workItemId);
        WorkItem item = visible.item();
        if (!visible.standing().plans()) {
            throw new ForbiddenException("Only the project's internal members can hand work to a partner.");
        }
        if (item.assigneeOrganisationId() == null
                || organisations
                        .find(item.tenantId(), item.assigneeOrganisationId())
                        .filter(o -> o.kind() == OrganisationKind.PARTNER)
                        .isEmpty()) {
            throw new InvalidInputException("Assign the work item to a partner organisation before handing it off.");
        }
        if (item.handoffActive()) {
            throw new ConflictException("This work item is already handed off.");
        }
        if (item.status() == WorkItemStatus.DONE) {
            throw new ConflictException("This work item is already done.");
        }
        LocalDate due = dueDate != null ? dueDate : item.plannedEnd();
        if (due == null) {
            throw InvalidInputException.field("dueDate", "is required when the work item has no planned end");
        }
        // a due day is a day of the tenant's zone: due until the start of the next one there
        ZoneId zone = tenants.zone(item.tenantId());
        Instant now = clock.instant();
        if (due.isBefore(LocalDate.ofInstant(now, zone))) {
            throw InvalidInputException.field("dueDate", "must not be in the past");
        }
        Instant dueAt = due.plusDays(1).atStartOfDay(zone).toInstant();
        Instant reminderAt = due.plusDays(1)
                .minus(settings.reminderLead())
                .atStartOfDay(zone)
                .toInstant();
        if (reminderAt.isBefore(now)) {
            reminderAt = now;
        }
        String processInstanceId = processes.start(new StartProcess(
                item.tenantId(),
                WorkPackageHandoff.PROCESS_KEY,
                item.id().toString(),
                item.projectId(),
                user.id(),
                Map.of(
                        WorkPackageHandoff.WORK_ITEM_ID, item.id().toString(),
                        WorkPackageHandoff.PARTNER_ORGANISATION_ID,
                                item.assigneeOrganisationId().toString(),
                        WorkPackageHandoff.DUE_AT, Date.from(dueAt),
                        WorkPackageHandoff.REMINDER_AT, Date.from(reminderAt))));
        workItems.recordHandoff(item.tenantId(), item.id(), HandoffStatus.OFFERED, processInstanceId);
        return new Started(
                processInstanceId, workItems.find(item.tenantId(), item.id()).orElseThrow());
    }

    public record Started(String processInstanceId, WorkItem workItem) {}
}
