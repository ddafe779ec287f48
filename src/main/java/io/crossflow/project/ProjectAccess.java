package io.crossflow.project;

import io.crossflow.identity.Capability;
import io.crossflow.identity.CurrentUser;
import io.crossflow.shared.NotFoundException;
import io.crossflow.workflow.CandidateGroups;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The access policy: the one component that decides which projects, work items and tasks a
 * caller may see. Read paths ask it, never their own SQL. Invisible objects are reported as
 * {@link NotFoundException}, exactly like missing ones.
 *
 * <ul>
 *   <li>Projects: tenant admins see all of their tenant's; internal users those they are members
 *       of; partner and customer users those their organisation takes part in.
 *   <li>Work items: see {@link Standing#sees(WorkItem)}.
 *   <li>Tasks: the candidate keys of {@link #candidateKeys(CurrentUser)}.
 * </ul>
 */
@Component
public class ProjectAccess {

    private final JdbcClient jdbc;

    ProjectAccess(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The caller's standing in a project it may see; 404 for any other project, of any tenant. */
    public Standing standing(CurrentUser user, UUID projectId) {
        return findStanding(user, projectId).orElseThrow(() -> new NotFoundException("Project"));
    }

    public Optional<Standing> findStanding(CurrentUser user, UUID projectId) {
        return jdbc.sql("""
                        select p.id, p.tenant_id, p.key, p.name, p.description, p.status, p.planned_start, p.planned_end,
                               m.role as member_role, pp.role as participant_role
                          from prj_project p
                          left join prj_member m on m.project_id = p.id and m.user_id = :user
                          left join prj_participant pp on pp.project_id = p.id and pp.organisation_id = :organisation
                         where p.id = :project and p.tenant_id = :tenant
                        """)
                .param("user", user.id())
                .param("organisation", user.organisationId())
                .param("project", projectId)
                .param("tenant", user.tenantId())
                .query((rs, i) -> new Standing(
                        user,
                        Projects.PROJECT.mapRow(rs, i),
                        Optional.ofNullable(rs.getString("member_role")).map(ProjectRole::valueOf),
                        Optional.ofNullable(rs.getString("participant_role")).map(ParticipantRole::valueOf)))
                .optional()
                .filter(this::visible);
    }

    private boolean visible(Standing standing) {
        CurrentUser user = standing.user();
        if (user.internal()) {
            return standing.member() || user.has(Capability.TENANT_ADMIN);
        }
        return standing.participantRole().isPresent();
    }

    /**
     * The projects a list filtered by {@code projectId} covers: the one named, or every project the
     * caller sees when none is named. A named project the caller does not see, of any tenant or
     * none, answers 404 like a missing one, on every list (tickets, inbox, orders, search).
     */
    public List<UUID> projectsFor(CurrentUser user, UUID projectId) {
        if (projectId == null) {
            return visibleProjectIds(user);
        }
        standing(user, projectId);
        return List.of(projectId);
    }

    /** The ids of the projects the caller may see. */
    public List<UUID> visibleProjectIds(CurrentUser user) {
        if (user.internal() && user.has(Capability.TENANT_ADMIN)) {
            return jdbc.sql("select id from prj_project where tenant_id = ?")
                    .param(user.tenantId())
                    .query(UUID.class)
                    .list();
        }
        String sql = user.internal()
                ? "select project_id from prj_member where tenant_id = ? and user_id = ?"
                : "select project_id from prj_participant where tenant_id = ? and organisation_id = ?";
        return jdbc.sql(sql)
                .params(user.tenantId(), user.internal() ? user.id() : user.organisationId())
                .query(UUID.class)
                .list();
    }

    /**
     * The candidate keys the caller acts under: itself, its organisation, each tenant-wide
     * capability of an internal user, and each project role it holds (a manager also acts as member). A task is the caller's to work on when it is assigned
     * to it, or unassigned with one of these among its candidates.
     */
    public Set<String> candidateKeys(CurrentUser user) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(CandidateGroups.user(user.id().toString()));
        keys.add(CandidateGroups.organisation(user.organisationId()));
        if (user.internal()) {
            user.capabilities().forEach(c -> keys.add(CandidateGroups.tenantRole(user.tenantId(), c.name())));
            jdbc.sql("select project_id, role from prj_member where tenant_id = ? and user_id = ?")
                    .params(user.tenantId(), user.id())
                    .query((rs, i) -> {
                        UUID project = rs.getObject("project_id", UUID.class);
                        keys.add(CandidateGroups.projectRole(project, rs.getString("role")));
                        if (ProjectRole.MANAGER.name().equals(rs.getString("role"))) {
                            keys.add(CandidateGroups.projectRole(project, ProjectRole.MEMBER.name()));
                        }
                        return project;
                    })
                    .list();
        }
        return keys;
    }

    /** The organisations taking part in the project in the role, e.g. its customers. */
    public List<UUID> organisationsInRole(UUID tenantId, UUID projectId, ParticipantRole role) {
        return jdbc.sql(
                        "select organisation_id from prj_participant where tenant_id = ? and project_id = ? and role = ?"
                                + " order by organisation_id")
                .params(tenantId, projectId, role.name())
                .query(UUID.class)
                .list();
    }
}
