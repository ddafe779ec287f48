package io.crossflow.inbox;

import io.crossflow.identity.CurrentUser;
import io.crossflow.identity.UserSummary;
import io.crossflow.identity.Users;
import io.crossflow.inbox.internal.FormValidator;
import io.crossflow.project.BudgetLines;
import io.crossflow.project.ProjectAccess;
import io.crossflow.project.Standing;
import io.crossflow.shared.ForbiddenException;
import io.crossflow.shared.InvalidInputException;
import io.crossflow.shared.NotFoundException;
import io.crossflow.supply.SupplierOrder;
import io.crossflow.supply.SupplierOrders;
import io.crossflow.workflow.FormTexts;
import io.crossflow.workflow.InstanceHistory;
import io.crossflow.workflow.ProcessDiagram;
import io.crossflow.workflow.ProcessStarts;
import io.crossflow.workflow.StartProcess;
import io.crossflow.workflow.StartableProcess;
import io.crossflow.workflow.StartedInstance;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Requests: the processes a person starts itself and follows under "my requests"
 * (docs/processes.md, "Starting a process"). A caller may start a process whose latest version
 * names starters ({@link StartableProcess#starterKeys}) of which the caller holds one, in a project
 * it sees; the start form's values are checked like a task form's ({@link FormValidator}), and a
 * refused start starts nothing. A process without starters, or of another tenant, does not exist
 * here (404); one the caller is not a starter of answers 403.
 */
@Service
public class ProcessRequests {

    static final String NOT_A_STARTER = "You are not among the people who may start this process.";
    static final int MY_REQUESTS_LIMIT = 200;

    private final ProcessStarts starts;
    private final ProjectAccess access;
    private final BudgetLines budgetLines;
    private final SupplierOrders supplierOrders;
    private final InstanceHistory history;
    private final Users users;

    ProcessRequests(
            ProcessStarts starts,
            ProjectAccess access,
            BudgetLines budgetLines,
            SupplierOrders supplierOrders,
            InstanceHistory history,
            Users users) {
        this.starts = starts;
        this.access = access;
        this.budgetLines = budgetLines;
        this.supplierOrders = supplierOrders;
        this.history = history;
        this.users = users;
    }

    /** What the caller may start: processes naming it among their starters in the tenant or in one of its projects. */
    @Transactional(readOnly = true)
    public List<StartableProcess> startable(CurrentUser user) {
        Set<String> keys = access.candidateKeys(user);
        return starts.startable(user.tenantId()).stream()
                .filter(p -> mayStartSomewhere(user, keys, p))
                .toList();
    }

    /** One process the caller may start, with its start form; 404 or 403 as for starting it. */
    @Transactional(readOnly = true)
    public StartableProcess startable(CurrentUser user, String key) {
        StartableProcess process = starts.startable(user.tenantId(), key);
        if (!mayStartSomewhere(user, access.candidateKeys(user), process)) {
            throw new ForbiddenException(NOT_A_STARTER);
        }
        return process;
    }

    /**
     * Starts the process in the project, linked to the object if one is named (a budget line or a
     * supplier order of that project, which becomes the instance's business key). Returns the
     * started instance as "my requests" shows it.
     */
    @Transactional
    public StartedInstance start(CurrentUser user, String key, StartRequest request) {
        StartableProcess process = starts.startable(user.tenantId(), key);
        Set<String> keys = access.candidateKeys(user);
        if (!mayStartSomewhere(user, keys, process)) {
            throw new ForbiddenException(NOT_A_STARTER);
        }
        if (request == null || request.projectId() == null) {
            throw InvalidInputException.field("projectId", "Choose the project this request belongs to.");
        }
        Standing standing = access.standing(user, request.projectId());
        if (process.starterKeys(user.tenantId(), request.projectId()).stream().noneMatch(keys::contains)) {
            throw new ForbiddenException(NOT_A_STARTER + " Choose a project in which you may start it.");
        }
        String businessKey = linked(user, standing, request.link());
        Map<String, Object> data = request.data() == null ? Map.of() : request.data();
        Map<String, Object> variables = process.startForm() == null
                ? Map.of()
                : FormValidator.variables(
                        FormTexts.localized(process.startForm().schema(), Inbox.locale(user)), data);
        String id = starts.start(
                process,
                new StartProcess(
                        user.tenantId(), key, businessKey, request.projectId(), user.id(), new HashMap<>(variables)));
        return starts.startedInstance(user.tenantId(), user.id(), id);
    }

    /** The instances the caller started, newest first. */
    @Transactional(readOnly = true)
    public List<StartedInstance> mine(CurrentUser user) {
        return starts.startedBy(user.tenantId(), user.id(), MY_REQUESTS_LIMIT);
    }

    /** One instance the caller started; 404 for any other. */
    @Transactional(readOnly = true)
    public StartedInstance mine(CurrentUser user, String instanceId) {
        return starts.startedInstance(user.tenantId(), user.id(), instanceId);
    }

    /** The ended steps of an instance the caller started, with who completed each user task. */
    @Transactional(readOnly = true)
    public List<TaskDetails.Step> history(CurrentUser user, String instanceId) {
        mine(user, instanceId);
        Map<String, String> names = new HashMap<>();
        return history.endedSteps(user.tenantId(), instanceId).stream()
                .map(step -> new TaskDetails.Step(
                        step,
                        step.assignee() == null ? null : names.computeIfAbsent(step.assignee(), id -> name(user, id))))
                .toList();
    }

    /** The diagram of an instance the caller started, with where it stands. */
    @Transactional(readOnly = true)
    public ProcessDiagram diagram(CurrentUser user, String instanceId) {
        mine(user, instanceId);
        return history.diagram(user.tenantId(), instanceId);
    }

    /** The display name of a user of the caller's tenant, or the id. */
    public String name(CurrentUser user, String userId) {
        try {
            return users.find(user.tenantId(), UUID.fromString(userId))
                    .map(UserSummary::displayName)
                    .orElse(userId);
        } catch (IllegalArgumentException e) {
            return userId;
        }
    }

    private boolean mayStartSomewhere(CurrentUser user, Set<String> keys, StartableProcess process) {
        return process.starterKeys(user.tenantId(), null).stream().anyMatch(keys::contains)
                || process.startableByProjectRole(keys);
    }

    private String linked(CurrentUser user, Standing standing, Link link) {
        if (link == null || (link.type() == null && link.id() == null)) {
            return null;
        }
        if (link.type() == null || link.id() == null) {
            throw InvalidInputException.field("link", "Name both the kind of object and its id, or neither.");
        }
        return switch (link.type()) {
            case BUDGET_LINE -> {
                boolean found;
                try {
                    found = budgetLines.budget(standing).lines().stream()
                            .anyMatch(line -> line.id().equals(link.id()));
                } catch (NotFoundException | ForbiddenException e) {
                    found = false;
                }
                if (!found) {
                    throw InvalidInputException.field("link", "This project has no such budget line that you can see.");
                }
                yield link.id().toString();
            }
            case SUPPLIER_ORDER -> {
                SupplierOrder order;
                try {
                    order = supplierOrders.visible(user, link.id());
                } catch (NotFoundException e) {
                    order = null;
                }
                if (order == null
                        || !order.projectId().equals(standing.project().id())) {
                    throw InvalidInputException.field(
                            "link", "This project has no such supplier order that you can see.");
                }
                yield link.id().toString();
            }
        };
    }

    /** What a start asks for: the project, optionally the object it is about, and the start form's values. */
    public record StartRequest(UUID projectId, Link link, Map<String, Object> data) {}

    /** The object a request is about. */
    public record Link(LinkType type, UUID id) {}

    public enum LinkType {
        BUDGET_LINE,
        SUPPLIER_ORDER
    }
}
