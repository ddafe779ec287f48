package io.crossflow.supply;

import io.crossflow.identity.CurrentUser;
import io.crossflow.identity.IntegrationCaller;
import io.crossflow.identity.OrganisationKind;
import io.crossflow.identity.Organisations;
import io.crossflow.project.ProjectAccess;
import io.crossflow.project.Projects;
import io.crossflow.project.Standing;
import io.crossflow.project.WorkItem;
import io.crossflow.project.WorkItems;
import io.crossflow.shared.ConflictException;
import io.crossflow.shared.ForbiddenException;
import io.crossflow.shared.InvalidInputException;
import io.crossflow.shared.NotFoundException;
import io.crossflow.supply.internal.OrderRecords;
import io.crossflow.supply.process.SupplierOrderProcess;
import io.crossflow.workflow.Messages;
import io.crossflow.workflow.Processes;
import io.crossflow.workflow.StartProcess;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Supplier orders: placed by a project's internal members with a partner organisation taking part
 * in the project, run by {@value SupplierOrderProcess#PROCESS_KEY}, seen by the project's internal
 * users and by the supplier's own organisation (everyone else: 404), disrupted by ERP/MES events.
 */
@Service
public class SupplierOrders {

    private final OrderRecords records;
    private final ProjectAccess access;
    private final Projects projects;
    private final WorkItems workItems;
    private final Organisations organisations;
    private final Processes processes;
    private final Messages messages;

    SupplierOrders(
            OrderRecords records,
            ProjectAccess access,
            Projects projects,
            WorkItems workItems,
            Organisations organisations,
            Processes processes,
            Messages messages) {
        this.records = records;
        this.access = access;
        this.projects = projects;
        this.workItems = workItems;
        this.organisations = organisations;
        this.processes = processes;
        this.messages = messages;
    }

    /** Places the order and starts its process; 404 for an invisible project, 403 unless the caller plans it. */
    @Transactional
    public SupplierOrder place(CurrentUser user, UUID projectId, NewSupplierOrder request) {
        Standing standing = access.standing(user, projectId);
        if (!standing.plans()) {
            throw new ForbiddenException("Only the project's internal members can place supplier orders.");
        }
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        String title = request.title() == null ? "" : request.title().trim();
        if (title.isEmpty()) {
            errors.add(new InvalidInputException.FieldError("title", "is required"));
        } else if (title.length() > 200) {
            errors.add(new InvalidInputException.FieldError("title", "must be at most 200 characters"));
        }
        UUID supplier = request.supplierOrganisationId();
        if (supplier == null) {
            errors.add(new InvalidInputException.FieldError("supplierOrganisationId", "is required"));
        } else if (organisations
                .find(user.tenantId(), supplier)
                .filter(o -> o.kind() == OrganisationKind.PARTNER)
                .filter(o -> projects.isParticipant(projectId, o.id()))
                .isEmpty()) {
            errors.add(new InvalidInputException.FieldError(
                    "supplierOrganisationId", "is not a partner organisation taking part in this project"));
        }
        List<UUID> items =
                request.workItemIds() == null ? List.of() : List.copyOf(new LinkedHashSet<>(request.workItemIds()));
        if (items.isEmpty()) {
            errors.add(new InvalidInputException.FieldError("workItemIds", "name at least one work item"));
        } else if (items.stream().anyMatch(id -> workItem(user, projectId, id).isEmpty())) {
            errors.add(new InvalidInputException.FieldError("workItemIds", "are not all work items of this project"));
        }
        UUID milestone = request.milestoneWorkItemId();
        if (milestone != null
                && workItem(user, projectId, milestone)
                        .filter(WorkItem::milestone)
                        .isEmpty()) {
            errors.add(
                    new InvalidInputException.FieldError("milestoneWorkItemId", "is not a milestone of this project"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("Please correct the highlighted fields.", errors);
        }
        SupplierOrder order = records.insert(user.tenantId(), projectId, title, supplier, milestone, items, user.id());
        Map<String, Object> variables = new HashMap<>();
        variables.put(SupplierOrderProcess.ORDER_ID, order.id().toString());
        variables.put(SupplierOrderProcess.SUPPLIER_ORGANISATION_ID, supplier.toString());
        String instance = processes.start(new StartProcess(
                user.tenantId(),
                SupplierOrderProcess.PROCESS_KEY,
                order.id().toString(),
                projectId,
                user.id(),
                variables));
        records.recordProcess(order.id(), instance);
        return records.find(user.tenantId(), order.id()).orElseThrow();
    }

    /** The order if the caller may see it: the project's internal users, the supplier's own organisation. */
    public SupplierOrder visible(CurrentUser user, UUID orderId) {
        return records.find(user.tenantId(), orderId)
                .filter(order -> access.findStanding(user, order.projectId())
                        .filter(s -> s.internal()
                                || (s.partner() && user.organisationId().equals(order.supplierOrganisationId())))
                        .isPresent())
                .orElseThrow(() -> new NotFoundException("Supplier order"));
    }

    /**
     * The orders the caller may see, in one project (404 if the caller does not see it) or in all of
     * its projects: internal users every order of their projects, partner users their own
     * organisation's, customers none.
     */
    public List<SupplierOrder> visibleList(CurrentUser user, UUID projectId) {
        List<UUID> projectIds = access.projectsFor(user, projectId);
        if (user.customer() || (!user.internal() && !user.partner())) {
            return List.of();
        }
        return records.list(user.tenantId(), projectIds, user.partner() ? user.organisationId() : null);
    }

    /**
     * Records a disruption ERP/MES report for an order named by number or id and delivers it to the
     * order's running process, which flags the order's work items and alerts their owners. Only an
     * integration that acts for the order's supplier ({@link IntegrationCaller#actsFor}: an internal
     * service user, or the supplier's own partner manager) reaches the order: for any other, and
     * for an order the tenant does not have, 404 and nothing recorded. 409 for an order whose
     * process has ended.
     */
    @Transactional
    public SupplierOrder.Disruption reportDisruption(
            IntegrationCaller caller, String orderReference, SupplyDisruption type, String detail) {
        CurrentUser reporter = caller.user();
        SupplierOrder order = records.findByReference(reporter.tenantId(), orderReference)
                .filter(o -> caller.actsFor(o.tenantId(), o.supplierOrganisationId()))
                .orElseThrow(() -> new NotFoundException("Supplier order"));
        UUID id = records.insertDisruption(reporter.tenantId(), order.id(), type, detail, reporter.id());
        Map<String, Object> variables = new HashMap<>();
        variables.put(SupplierOrderProcess.DISRUPTION_ID, id.toString());
        variables.put(SupplierOrderProcess.DISRUPTION_TYPE, type.name());
        variables.put(SupplierOrderProcess.DISRUPTION_DETAIL, detail);
        if (!messages.correlate(
                reporter.tenantId(), type.messageName(), order.id().toString(), variables)) {
            throw new ConflictException("Supplier order " + order.number() + " is already completed.");
        }
        return records.find(reporter.tenantId(), order.id()).orElseThrow().disruptions().stream()
                .filter(d -> d.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private Optional<WorkItem> workItem(CurrentUser user, UUID projectId, UUID workItemId) {
        return workItems
                .find(user.tenantId(), workItemId)
                .filter(i -> i.projectId().equals(projectId));
    }

    /** What an internal member asks for; validated by {@link #place}. */
    public record NewSupplierOrder(
            UUID supplierOrganisationId, String title, List<UUID> workItemIds, UUID milestoneWorkItemId) {}
}
