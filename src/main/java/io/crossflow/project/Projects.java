package io.crossflow.project;

import io.crossflow.identity.Capability;
import io.crossflow.identity.CurrentUser;
import io.crossflow.identity.Organisation;
import io.crossflow.identity.OrganisationKind;
import io.crossflow.identity.Organisations;
import io.crossflow.identity.UserSummary;
import io.crossflow.identity.Users;
import io.crossflow.shared.ConflictException;
import io.crossflow.shared.ForbiddenException;
import io.crossflow.shared.InvalidInputException;
import io.crossflow.shared.NotFoundException;
import io.crossflow.workflow.Tasks;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Projects and who takes part in them. Reads go through {@link ProjectAccess}. */
@Service
public class Projects {

    static final RowMapper<Project> PROJECT = (rs, i) -> new Project(
            rs.getObject("id", UUID.class),
            rs.getObject("tenant_id", UUID.class),
            rs.getString("key"),
            rs.getString("name"),
            rs.getString("description"),
            rs.getString("status"),
            rs.getObject("planned_start", LocalDate.class),
            rs.getObject("planned_end", LocalDate.class));

    /** The role a {@link ProjectMembershipChanged} names when an organisation or member left. */
    public static final String REMOVED = "REMOVED";

    private static final String PROJECT_COLUMNS =
            "id, tenant_id, key, name, description, status, planned_start, planned_end";

    private final JdbcClient jdbc;
    private final ProjectAccess access;
    private final Organisations organisations;
    private final Users users;
    private final ApplicationEventPublisher events;
    private final Tasks tasks;

    Projects(
            JdbcClient jdbc,
            ProjectAccess access,
            Organisations organisations,
            Users users,
            ApplicationEventPublisher events,
            Tasks tasks) {
        this.jdbc = jdbc;
        this.access = access;
        this.organisations = organisations;
        this.users = users;
        this.events = events;
        this.tasks = tasks;
    }

    /** A project by id within a tenant, without access checks: for engine delegates and read models. */
    public Optional<Project> find(UUID tenantId, UUID projectId) {
        return jdbc.sql("select " + PROJECT_COLUMNS + " from prj_project where tenant_id = ? and id = ?")
                .params(tenantId, projectId)
                .query(PROJECT)
                .optional();
    }

    public List<Project> visibleTo(CurrentUser user) {
        List<UUID> ids = access.visibleProjectIds(user);
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + PROJECT_COLUMNS
                        + " from prj_project where tenant_id = :tenant and id in (:ids) order by key")
                .param("tenant", user.tenantId())
                .param("ids", ids)
                .query(PROJECT)
                .list();
    }

    /** Creates a project; its creator becomes its manager and the tenant's own company its owner. */
    @Transactional
    public Project create(CurrentUser user, NewProject request) {
        if (!(user.internal() && user.has(Capability.MANAGER))) {
            throw new ForbiddenException("Only internal managers can create projects.");
        }
        if (request.plannedStart() != null
                && request.plannedEnd() != null
                && request.plannedEnd().isBefore(request.plannedStart())) {
            throw InvalidInputException.field("plannedEnd", "must not be before the planned start");
        }
        int next = jdbc.sql("select count(*) + 1 from prj_project where tenant_id = ?")
                .param(user.tenantId())
                .query(Integer.class)
                .single();
        String key = request.key() == null || request.key().isBlank()
                ? "PRJ-" + next
                : request.key().trim();
        boolean taken = jdbc.sql("select exists (select 1 from prj_project where tenant_id = ? and key = ?)")
                .params(user.tenantId(), key)
                .query(Boolean.class)
                .single();
        if (taken) {
            throw InvalidInputException.field("key", "is already used by another project");
        }
        Project project = new Project(
                UUID.randomUUID(),
                user.tenantId(),
                key,
                request.name().trim(),
                request.description(),
                "ACTIVE",
                request.plannedStart(),
                request.plannedEnd());
        jdbc.sql("""
                        insert into prj_project (id, tenant_id, key, name, description, planned_start, planned_end, created_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        project.id(),
                        project.tenantId(),
                        project.key(),
                        project.name(),
                        project.description(),
                        project.plannedStart(),
                        project.plannedEnd(),
                        user.id())
                .update();
        insertParticipant(project, user.organisationId(), ParticipantRole.OWNER);
        insertMember(project, user.id(), ProjectRole.MANAGER);
        return project;
    }

    /** Organisations taking part; partners and customers see only the owner and their own organisation. */
    public List<Participant> participants(Standing standing) {
        List<Participant> all = jdbc.sql("""
                        select pp.organisation_id, o.name, o.kind, pp.role
                          from prj_participant pp join idn_organisation o on o.id = pp.organisation_id
                         where pp.project_id = ? order by o.kind, o.name
                        """)
                .param(standing.project().id())
                .query((rs, i) -> new Participant(
                        rs.getObject("organisation_id", UUID.class),
                        rs.getString("name"),
                        OrganisationKind.valueOf(rs.getString("kind")),
                        ParticipantRole.valueOf(rs.getString("role"))))
                .list();
        if (standing.internal()) {
            return all;
        }
        return all.stream()
                .filter(p -> p.kind() == OrganisationKind.HOST
                        || p.organisationId().equals(standing.user().organisationId()))
                .toList();
    }

    /** Internal members; partners and customers see only the managers, their contacts. */
    public List<Member> members(Standing standing) {
        return jdbc
                .sql("""
                        select m.user_id, u.display_name, m.role
                          from prj_member m join idn_user u on u.id = m.user_id
                         where m.project_id = ? order by m.role, u.display_name
                        """)
                .param(standing.project().id())
                .query((rs, i) -> new Member(
                        rs.getObject("user_id", UUID.class),
                        rs.getString("display_name"),
                        ProjectRole.valueOf(rs.getString("role"))))
                .list()
                .stream()
                .filter(m -> standing.internal() || m.role() == ProjectRole.MANAGER)
                .toList();
    }

    @Transactional
    public Participant addParticipant(Standing standing, UUID organisationId, ParticipantRole role) {
        requireManager(standing);
        Organisation organisation = organisations
                .find(standing.project().tenantId(), organisationId)
                .orElseThrow(
                        () -> InvalidInputException.field("organisationId", "is not an organisation of your company"));
        boolean fits = switch (organisation.kind()) {
            case HOST -> role == ParticipantRole.OWNER;
            case CUSTOMER -> role == ParticipantRole.CUSTOMER;
            case PARTNER -> role != ParticipantRole.OWNER && role != ParticipantRole.CUSTOMER;
        };
        if (!fits) {
            throw InvalidInputException.field(
                    "role", "does not fit a " + organisation.kind().name().toLowerCase() + " organisation");
        }
        if (isParticipant(standing.project().id(), organisationId)) {
            throw new ConflictException(organisation.name() + " already takes part in this project.");
        }
        insertParticipant(standing.project(), organisationId, role);
        events.publishEvent(new ProjectMembershipChanged(
                standing.project().tenantId(),
                standing.project().id(),
                standing.user().id(),
                organisationId,
                null,
                role.name(),
                Instant.now()));
        return new Participant(organisationId, organisation.name(), organisation.kind(), role);
    }

    @Transactional
    public Member addMember(Standing standing, UUID userId, ProjectRole role) {
        requireManager(standing);
        UserSummary user = users.find(standing.project().tenantId(), userId)
                .orElseThrow(() -> InvalidInputException.field("userId", "is not a user of your company"));
        Organisation organisation = organisations
                .find(standing.project().tenantId(), user.organisationId())
                .orElseThrow();
        if (organisation.kind() != OrganisationKind.HOST) {
            throw InvalidInputException.field(
                    "userId", "must be an internal user; partners and customers take part through their organisation");
        }
        int updated = jdbc.sql("update prj_member set role = ? where project_id = ? and user_id = ?")
                .params(role.name(), standing.project().id(), userId)
                .update();
        if (updated == 0) {
            insertMember(standing.project(), userId, role);
        }
        events.publishEvent(new ProjectMembershipChanged(
                standing.project().tenantId(),
                standing.project().id(),
                standing.user().id(),
                null,
                userId,
                role.name(),
                Instant.now()));
        return new Member(userId, user.displayName(), role);
    }

    /**
     * Takes a partner or customer organisation out of the project: its people no longer see the
     * project (404 from now on), and its open tasks in the project go to the project's managers.
     * The own company stays (409). Its history and documents stay attributed to it.
     */
    @Transactional
    public void removeParticipant(Standing standing, UUID organisationId) {
        requireManager(standing);
        UUID projectId = standing.project().id();
        String role = jdbc.sql("select role from prj_participant where project_id = ? and organisation_id = ?")
                .params(projectId, organisationId)
                .query(String.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("Organisation"));
        if (ParticipantRole.OWNER.name().equals(role)) {
            throw new ConflictException("Your own company stays in its projects.");
        }
        jdbc.sql("delete from prj_participant where project_id = ? and organisation_id = ?")
                .params(projectId, organisationId)
                .update();
        tasks.handOverOrganisationQueue(standing.project().tenantId(), projectId, organisationId);
        events.publishEvent(new ProjectMembershipChanged(
                standing.project().tenantId(),
                projectId,
                standing.user().id(),
                organisationId,
                null,
                REMOVED,
                Instant.now()));
    }

    /** Takes an internal member out of the project; the last manager stays (409). */
    @Transactional
    public void removeMember(Standing standing, UUID userId) {
        requireManager(standing);
        UUID projectId = standing.project().id();
        String role = jdbc.sql("select role from prj_member where project_id = ? and user_id = ?")
                .params(projectId, userId)
                .query(String.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("User"));
        if (ProjectRole.MANAGER.name().equals(role)) {
            long managers = jdbc.sql("select count(*) from prj_member where project_id = ? and role = 'MANAGER'")
                    .param(projectId)
                    .query(Long.class)
                    .single();
            if (managers <= 1) {
                throw new ConflictException("A project keeps at least one manager; make someone else manager first.");
            }
        }
        jdbc.sql("delete from prj_member where project_id = ? and user_id = ?")
                .params(projectId, userId)
                .update();
        events.publishEvent(new ProjectMembershipChanged(
                standing.project().tenantId(), projectId, standing.user().id(), null, userId, REMOVED, Instant.now()));
    }

    /**
     * Who a project's managers (and tenant admins) may add: the active partner and customer
     * organisations not yet taking part, and the own company's active people not yet members.
     */
    @Transactional(readOnly = true)
    public StaffingOptions staffingOptions(Standing standing) {
        requireManager(standing);
        UUID tenantId = standing.project().tenantId();
        List<UUID> taking = jdbc.sql("select organisation_id from prj_participant where project_id = ?")
                .param(standing.project().id())
                .query(UUID.class)
                .list();
        List<UUID> members = jdbc.sql("select user_id from prj_member where project_id = ?")
                .param(standing.project().id())
                .query(UUID.class)
                .list();
        List<Organisation> active = organisations.active(tenantId);
        List<Organisation> candidates = active.stream()
                .filter(o -> o.kind() != OrganisationKind.HOST && !taking.contains(o.id()))
                .toList();
        List<Member> people = active.stream()
                .filter(o -> o.kind() == OrganisationKind.HOST)
                .flatMap(o -> users.inOrganisation(tenantId, o.id()).stream())
                .filter(u -> !members.contains(u.id()))
                .map(u -> new Member(u.id(), u.displayName(), ProjectRole.MEMBER))
                .toList();
        return new StaffingOptions(candidates, people);
    }

    /** Whether the organisation takes part in the project. */
    public boolean isParticipant(UUID projectId, UUID organisationId) {
        return jdbc.sql("select exists (select 1 from prj_participant where project_id = ? and organisation_id = ?)")
                .params(projectId, organisationId)
                .query(Boolean.class)
                .single();
    }

    private static void requireManager(Standing standing) {
        if (!(standing.internal() && (standing.manager() || standing.user().has(Capability.TENANT_ADMIN)))) {
            throw new ForbiddenException("Only the project's managers can change who takes part.");
        }
    }

    private void insertParticipant(Project project, UUID organisationId, ParticipantRole role) {
        jdbc.sql("insert into prj_participant (project_id, tenant_id, organisation_id, role) values (?, ?, ?, ?)")
                .params(project.id(), project.tenantId(), organisationId, role.name())
                .update();
    }

    private void insertMember(Project project, UUID userId, ProjectRole role) {
        jdbc.sql("insert into prj_member (project_id, tenant_id, user_id, role) values (?, ?, ?, ?)")
                .params(project.id(), project.tenantId(), userId, role.name())
                .update();
    }

    public record NewProject(
            String key, String name, String description, LocalDate plannedStart, LocalDate plannedEnd) {}

    public record Participant(UUID organisationId, String name, OrganisationKind kind, ParticipantRole role) {}

    public record Member(UUID userId, String displayName, ProjectRole role) {}

    /** Organisations and internal people that may join a project (roles are the usual ones, to be chosen). */
    public record StaffingOptions(List<Organisation> organisations, List<Member> users) {}
}
