package io.crossflow.project;

import io.crossflow.identity.CurrentUser;
import io.crossflow.identity.OrganisationKind;
import io.crossflow.identity.Organisations;
import io.crossflow.identity.UserSummary;
import io.crossflow.identity.Users;
import io.crossflow.shared.ConflictException;
import io.crossflow.shared.ForbiddenException;
import io.crossflow.shared.InvalidInputException;
import io.crossflow.shared.NotFoundException;
import io.crossflow.shared.Priority;
import io.crossflow.tenancy.Tenants;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The plan's work items: create, read as the policy allows, edit with optimistic locking. */
@Service
public class WorkItems {

    private static final String COLUMNS = """
            id, tenant_id, project_id, parent_id, title, description, assignee_user_id, assignee_organisation_id,
            planned_start, planned_end, actual_start, actual_end, status, progress, milestone, handoff_status,
            handoff_reminded_at, overdue_escalated_at, version, sort_order, baseline_start, baseline_end, flag_reason, priority
            """;

    /**
     * The actual dates follow the status: work started the first day it left TODO, ended the day
     * it became DONE (and is open again when it leaves DONE). Takes the new status and the
     * tenant's today ({@link #today}) twice: a day of the tenant's zone, not the database's.
     */
    static final String ACTUAL_DATES = """
            actual_start = coalesce(actual_start, case when ? <> 'TODO' then cast(? as date) end),
            actual_end = case when ? = 'DONE' then coalesce(actual_end, cast(? as date)) end
            """;

    static final RowMapper<WorkItem> WORK_ITEM = (rs, i) -> new WorkItem(
            rs.getObject("id", UUID.class),
            rs.getObject("tenant_id", UUID.class),
            rs.getObject("project_id", UUID.class),
            rs.getObject("parent_id", UUID.class),
            rs.getString("title"),
            rs.getString("description"),
            rs.getObject("assignee_user_id", UUID.class),
            rs.getObject("assignee_organisation_id", UUID.class),
            rs.getObject("planned_start", LocalDate.class),
            rs.getObject("planned_end", LocalDate.class),
            rs.getObject("actual_start", LocalDate.class),
            rs.getObject("actual_end", LocalDate.class),
            WorkItemStatus.valueOf(rs.getString("status")),
            rs.getInt("progress"),
            rs.getBoolean("milestone"),
            Optional.ofNullable(rs.getString("handoff_status"))
                    .map(HandoffStatus::valueOf)
                    .orElse(null),
            instant(rs.getTimestamp("handoff_reminded_at")),
            instant(rs.getTimestamp("overdue_escalated_at")),
            rs.getInt("version"),
            rs.getInt("sort_order"),
            rs.getObject("baseline_start", LocalDate.class),
            rs.getObject("baseline_end", LocalDate.class),
            rs.getString("flag_reason"),
            Priority.valueOf(rs.getString("priority")));

    private final JdbcClient jdbc;
    private final ProjectAccess access;
    private final Projects projects;
    private final Organisations organisations;
    private final Users users;
    private final ApplicationEventPublisher events;
    private final Scheduling scheduling;
    private final Tenants tenants;
    private final Clock clock;

    WorkItems(
            JdbcClient jdbc,
            ProjectAccess access,
            Projects projects,
            Organisations organisations,
            Users users,
            ApplicationEventPublisher events,
            Scheduling scheduling,
            Tenants tenants,
            ObjectProvider<Clock> clock) {
        this.tenants = tenants;
        this.clock = clock.getIfUnique(Clock::systemUTC);
        this.jdbc = jdbc;
        this.access = access;
        this.projects = projects;
        this.organisations = organisations;
        this.users = users;
        this.events = events;
        this.scheduling = scheduling;
    }

    /** Today in the tenant's time zone: the day actual starts and ends are recorded as. */
    LocalDate today(UUID tenantId) {
        return LocalDate.ofInstant(clock.instant(), tenants.zone(tenantId));
    }

    /** A work item by id within a tenant, without access checks: for engine delegates. */
    public Optional<WorkItem> find(UUID tenantId, UUID workItemId) {
        return jdbc.sql("select " + COLUMNS + " from prj_work_item where tenant_id = ? and id = ?")
                .params(tenantId, workItemId)
                .query(WORK_ITEM)
                .optional();
    }

    /**
     * The titles of the tenant's work items among {@code ids}, in one query, without access checks:
     * for naming objects in entries the caller was already allowed to read (the activity feed).
     */
    public java.util.Map<UUID, String> titles(UUID tenantId, java.util.Collection<UUID> ids) {
        java.util.Map<UUID, String> titles = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("select id, title from prj_work_item where tenant_id = :tenant and id in (:ids)")
                    .param("tenant", tenantId)
                    .param("ids", ids)
                    .query((org.springframework.jdbc.core.RowCallbackHandler)
                            rs -> titles.put(rs.getObject("id", UUID.class), rs.getString("title")));
        }
        return titles;
    }

    /**
     * Every work item of every tenant, one at a time, without access checks: for read models that
     * rebuild themselves (the search index).
     */
    public void forEach(Consumer<WorkItem> action) {
        jdbc.sql("select " + COLUMNS + " from prj_work_item order by tenant_id, id")
                .query((RowCallbackHandler) rs -> action.accept(WORK_ITEM.mapRow(rs, rs.getRow())));
    }

    /** The work item with the caller's standing in its project; 404 unless the policy lets the caller see it. */
    public Visible visible(CurrentUser user, UUID workItemId) {
        WorkItem item = find(user.tenantId(), workItemId).orElseThrow(() -> new NotFoundException("Work item"));
        Standing standing = access.findStanding(user, item.projectId())
                .filter(s -> s.sees(item))
                .orElseThrow(() -> new NotFoundException("Work item"));
        return new Visible(standing, item);
    }

    public List<WorkItem> visibleIn(Standing standing) {
        return jdbc
                .sql(
                        "select " + COLUMNS
                                + " from prj_work_item where project_id = ? order by sort_order, planned_start nulls last, title")
                .param(standing.project().id())
                .query(WORK_ITEM)
                .list()
                .stream()
                .filter(standing::sees)
                .toList();
    }

    @Transactional
    public WorkItem create(Standing standing, NewWorkItem request) {
        if (!standing.plans()) {
            throw new ForbiddenException("Only the project's internal members can add work items.");
        }
        validateAssignee(standing, request.assigneeUserId(), request.assigneeOrganisationId());
        validateDates(request.plannedStart(), request.plannedEnd());
        if (request.parentId() != null
                && find(standing.project().tenantId(), request.parentId())
                        .filter(p -> p.projectId().equals(standing.project().id()))
                        .isEmpty()) {
            throw InvalidInputException.field("parentId", "is not a work item of this project");
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into prj_work_item (id, tenant_id, project_id, parent_id, title, description, assignee_user_id,
                                                   assignee_organisation_id, planned_start, planned_end, milestone, created_by,
                                                   sort_order, priority)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                                (select coalesce(max(sort_order) + 1, 0) from prj_work_item
                                  where project_id = ? and parent_id is not distinct from ?), ?)
                        """)
                .params(
                        id,
                        standing.project().tenantId(),
                        standing.project().id(),
                        request.parentId(),
                        request.title().trim(),
                        request.description(),
                        request.assigneeUserId(),
                        request.assigneeOrganisationId(),
                        request.plannedStart(),
                        request.plannedEnd(),
                        request.milestone(),
                        standing.user().id(),
                        standing.project().id(),
                        request.parentId(),
                        (request.priority() == null ? Priority.NORMAL : request.priority()).name())
                .update();
        WorkItem created = find(standing.project().tenantId(), id).orElseThrow();
        publish(null, created, standing.user().id(), WorkItemChanged.Action.CREATED);
        return created;
    }

    /**
     * Applies the non-null fields of {@code changes} if {@code changes.version()} is still current.
     * Internal members may change everything; a partner may only report progress on its own items.
     */
    @Transactional
    public WorkItem update(CurrentUser user, UUID workItemId, WorkItemChanges changes) {
        return replan(user, workItemId, changes).item();
    }

    /**
     * {@link #update}, and when the item's planned end moved later, shifts its dependants forward
     * (transitively, keeping their durations); reports the items it shifted.
     */
    @Transactional
    public Replanned replan(CurrentUser user, UUID workItemId, WorkItemChanges changes) {
        Visible visible = visible(user, workItemId);
        Standing standing = visible.standing();
        if (standing.plans() && (changes.plannedStart() != null || changes.plannedEnd() != null)) {
            scheduling.lockProjects(List.of(standing.project().id()));
        }
        WorkItem item = visible.item();
        if (!standing.plans()) {
            boolean progressOnly = standing.partner() && changes.onlyProgressOrStatus();
            if (!progressOnly) {
                throw new ForbiddenException(
                        standing.partner()
                                ? "Partners can only report progress and status on their work items."
                                : "You cannot change this work item.");
            }
        }
        UUID assigneeUser = changes.assigneeUserId() != null ? changes.assigneeUserId() : item.assigneeUserId();
        UUID assigneeOrg = changes.assigneeOrganisationId() != null
                ? changes.assigneeOrganisationId()
                : item.assigneeOrganisationId();
        if (changes.assigneeUserId() != null || changes.assigneeOrganisationId() != null) {
            validateAssignee(standing, assigneeUser, assigneeOrg);
        }
        LocalDate start = changes.plannedStart() != null ? changes.plannedStart() : item.plannedStart();
        LocalDate end = changes.plannedEnd() != null ? changes.plannedEnd() : item.plannedEnd();
        validateDates(start, end);
        WorkItemStatus status = changes.status() != null ? changes.status() : item.status();
        int progress = changes.progress() != null ? changes.progress() : item.progress();
        if (status == WorkItemStatus.DONE && changes.progress() == null) {
            progress = 100;
        }
        int updated = jdbc.sql("""
                        update prj_work_item set title = ?, description = ?, assignee_user_id = ?, assignee_organisation_id = ?,
                               planned_start = ?, planned_end = ?, status = ?, progress = ?, milestone = ?, sort_order = ?,
                               priority = ?,
                               """ + ACTUAL_DATES + """
                               ,
                               version = version + 1, updated_at = now()
                         where id = ? and version = ?
                        """)
                .params(
                        changes.title() != null ? changes.title().trim() : item.title(),
                        changes.description() != null ? changes.description() : item.description(),
                        assigneeUser,
                        assigneeOrg,
                        start,
                        end,
                        status.name(),
                        progress,
                        changes.milestone() != null ? changes.milestone() : item.milestone(),
                        changes.order() != null ? changes.order() : item.order(),
                        (changes.priority() != null ? changes.priority() : item.priority()).name(),
                        status.name(),
                        today(item.tenantId()),
                        status.name(),
                        today(item.tenantId()),
                        item.id(),
                        changes.version())
                .update();
        if (updated == 0) {
            throw new ConflictException("This work item was changed by someone else in the meantime (your version "
                    + changes.version() + ", current " + item.version() + "). Reload it and apply your change again.");
        }
        WorkItem changed = find(item.tenantId(), item.id()).orElseThrow();
        publish(item, changed, user.id(), WorkItemChanged.Action.UPDATED);
        List<WorkItem> shifted = Scheduling.endMovedLater(item, changed)
                ? scheduling.shiftDependants(item.tenantId(), List.of(item.id()), user.id())
                : List.of();
        return new Replanned(changed, shifted);
    }

    /**
     * Assigns the item to the partner organisation it is being handed to, for {@link Handoffs}
     * (which has checked the organisation); a person of another organisation stops being its
     * assignee. Joins the hand-off's transaction, so a refused process start undoes it.
     */
    @Transactional
    WorkItem assignForHandoff(CurrentUser user, WorkItem item, UUID organisationId) {
        UUID assigneeUser = item.assigneeUserId() != null
                        && users.find(item.tenantId(), item.assigneeUserId())
                                .filter(u -> organisationId.equals(u.organisationId()))
                                .isPresent()
                ? item.assigneeUserId()
                : null;
        int updated = jdbc.sql("""
                        update prj_work_item set assignee_organisation_id = ?, assignee_user_id = ?,
                               version = version + 1, updated_at = now()
                         where tenant_id = ? and id = ? and version = ?
                        """)
                .params(organisationId, assigneeUser, item.tenantId(), item.id(), item.version())
                .update();
        if (updated == 0) {
            throw new ConflictException(
                    "Someone else changed this in the meantime. Reload it and apply your change again.");
        }
        WorkItem changed = find(item.tenantId(), item.id()).orElseThrow();
        publish(item, changed, user.id(), WorkItemChanged.Action.UPDATED);
        return changed;
    }

    /**
     * Records a step of the work item's hand-off, from the hand-off process. Starting work sets the
     * item in progress, approval completes it, a decline returns it to the plan.
     */
    @Transactional
    public void recordHandoff(UUID tenantId, UUID workItemId, HandoffStatus status, String processInstanceId) {
        WorkItem before = find(tenantId, workItemId).orElseThrow(() -> new NotFoundException("Work item"));
        String statusChange = switch (status) {
            case ACCEPTED -> ", status = 'IN_PROGRESS', actual_start = coalesce(actual_start, cast(:today as date))";
            case APPROVED -> ", status = 'DONE', progress = 100, actual_end = cast(:today as date)";
            case DECLINED -> ", status = 'TODO'";
            default -> "";
        };
        var update = jdbc.sql("update prj_work_item set handoff_status = :status,"
                        + " handoff_process_id = coalesce(:process, handoff_process_id)"
                        + statusChange
                        + ", version = version + 1, updated_at = now() where tenant_id = :tenant and id = :id")
                .param("status", status.name())
                .param("process", processInstanceId)
                .param("tenant", tenantId)
                .param("id", workItemId);
        if (statusChange.contains(":today")) {
            update = update.param("today", today(tenantId));
        }
        int updated = update.update();
        if (updated == 0) {
            throw new NotFoundException("Work item");
        }
        // the person whose step moved the hand-off on (the partner accepting, the reviewer approving);
        // none when a timer did
        UUID actor =
                io.crossflow.identity.CurrentUsers.find().map(CurrentUser::id).orElse(null);
        publish(before, find(tenantId, workItemId).orElseThrow(), actor, WorkItemChanged.Action.HANDOFF);
    }

    void publish(WorkItem before, WorkItem after, UUID actorId, WorkItemChanged.Action action) {
        var changes = WorkItemChanged.diff(before, after);
        if (!changes.isEmpty()) {
            publish(new WorkItemChanged(
                    after.tenantId(), after.projectId(), after.id(), actorId, action, changes, Instant.now()));
        }
    }

    void publish(Object event) {
        events.publishEvent(event);
    }

    /** The partner was reminded of the approaching due date. */
    @Transactional
    public void recordReminder(UUID tenantId, UUID workItemId) {
        jdbc.sql("update prj_work_item set handoff_reminded_at = now() where tenant_id = ? and id = ?")
                .params(tenantId, workItemId)
                .update();
    }

    /** The hand-off passed its due date undelivered and was escalated to the project's managers. */
    @Transactional
    public void recordOverdueEscalation(UUID tenantId, UUID workItemId) {
        jdbc.sql(
                        "update prj_work_item set overdue_escalated_at = now(), version = version + 1, updated_at = now() where tenant_id = ? and id = ?")
                .params(tenantId, workItemId)
                .update();
    }

    private void validateAssignee(Standing standing, UUID userId, UUID organisationId) {
        UUID tenant = standing.project().tenantId();
        if (organisationId != null) {
            var organisation = organisations
                    .find(tenant, organisationId)
                    .filter(o -> projects.isParticipant(standing.project().id(), o.id()))
                    .orElseThrow(() -> InvalidInputException.field(
                            "assigneeOrganisationId", "is not an organisation taking part in this project"));
            if (organisation.kind() == OrganisationKind.CUSTOMER) {
                throw InvalidInputException.field("assigneeOrganisationId", "work cannot be assigned to a customer");
            }
        }
        if (userId != null) {
            UserSummary user = users.find(tenant, userId)
                    .filter(u -> projects.isParticipant(standing.project().id(), u.organisationId()))
                    .orElseThrow(() -> InvalidInputException.field(
                            "assigneeUserId", "is not a person taking part in this project"));
            if (organisationId != null && !organisationId.equals(user.organisationId())) {
                throw InvalidInputException.field("assigneeUserId", "does not belong to the assigned organisation");
            }
        }
    }

    private static void validateDates(LocalDate start, LocalDate end) {
        if (start != null && end != null && end.isBefore(start)) {
            throw InvalidInputException.field("plannedEnd", "must not be before the planned start");
        }
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    /** A changed work item and the dependants that moved with it, as they are now. */
    public record Replanned(WorkItem item, List<WorkItem> shifted) {}

    /** A visible work item and the caller's standing in its project. */
    public record Visible(Standing standing, WorkItem item) {}

    public record NewWorkItem(
            String title,
            String description,
            UUID assigneeUserId,
            UUID assigneeOrganisationId,
            LocalDate plannedStart,
            LocalDate plannedEnd,
            UUID parentId,
            boolean milestone,
            Priority priority) {

        public NewWorkItem(
                String title,
                String description,
                UUID assigneeUserId,
                UUID assigneeOrganisationId,
                LocalDate plannedStart,
                LocalDate plannedEnd,
                UUID parentId,
                boolean milestone) {
            this(
                    title,
                    description,
                    assigneeUserId,
                    assigneeOrganisationId,
                    plannedStart,
                    plannedEnd,
                    parentId,
                    milestone,
                    null);
        }
    }

    /** Changes to a work item; null fields stay as they are. {@code version} is the version the client edited. */
    public record WorkItemChanges(
            int version,
            String title,
            String description,
            UUID assigneeUserId,
            UUID assigneeOrganisationId,
            LocalDate plannedStart,
            LocalDate plannedEnd,
            WorkItemStatus status,
            Integer progress,
            Boolean milestone,
            Integer order,
            Priority priority) {

        public WorkItemChanges(
                int version,
                String title,
                String description,
                UUID assigneeUserId,
                UUID assigneeOrganisationId,
                LocalDate plannedStart,
                LocalDate plannedEnd,
                WorkItemStatus status,
                Integer progress,
                Boolean milestone,
                Integer order) {
            this(
                    version,
                    title,
                    description,
                    assigneeUserId,
                    assigneeOrganisationId,
                    plannedStart,
                    plannedEnd,
                    status,
                    progress,
                    milestone,
                    order,
                    null);
        }

        boolean onlyProgressOrStatus() {
            return title == null
                    && description == null
                    && assigneeUserId == null
                    && assigneeOrganisationId == null
                    && plannedStart == null
                    && plannedEnd == null
                    && milestone == null
                    && priority == null
                    && order == null
                    && (status == null || status != WorkItemStatus.DONE);
        }
    }
}
