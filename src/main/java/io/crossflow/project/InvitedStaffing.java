package io.crossflow.project;

import io.crossflow.identity.InvitationAccepted;
import io.crossflow.identity.InvitationProjects;
import io.crossflow.identity.OrganisationKind;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Invitations straight into projects (docs/administration.md): checks the projects and role an
 * invitation names, and when the invitee accepts, brings it in, in the accepting transaction. A
 * partner's or customer's organisation takes part with the role (if it does not already); one of
 * the own company's people becomes a member with its project role. Partners and customers take
 * part through their organisation, never as members (see {@link Projects#addMember}).
 */
@Component
class InvitedStaffing implements InvitationProjects {

    static final String UNKNOWN_PROJECT = "Choose projects of your company.";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    InvitedStaffing(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @Override
    public Optional<String> problem(UUID tenantId, List<UUID> projectIds, OrganisationKind kind, String role) {
        long known = jdbc.sql("select count(*) from prj_project where tenant_id = ? and id = any(?)")
                .params(tenantId, projectIds.toArray(UUID[]::new))
                .query(Long.class)
                .single();
        if (known != projectIds.size()) {
            return Optional.of(UNKNOWN_PROJECT);
        }
        if (role == null || allowed(kind).contains(role)) {
            return Optional.empty();
        }
        return Optional.of("The role in the projects must be one of " + String.join(", ", allowed(kind)) + ".");
    }

    @EventListener
    void on(InvitationAccepted event) {
        for (UUID projectId : event.projectIds()) {
            boolean exists = jdbc.sql("select exists (select 1 from prj_project where tenant_id = ? and id = ?)")
                    .params(event.tenantId(), projectId)
                    .query(Boolean.class)
                    .single();
            if (!exists) {
                continue; // deleted since the invitation was sent
            }
            if (event.organisationKind() == OrganisationKind.HOST) {
                String role = event.projectRole() == null ? ProjectRole.MEMBER.name() : event.projectRole();
                jdbc.sql("""
                                insert into prj_member (project_id, tenant_id, user_id, role) values (?, ?, ?, ?)
                                on conflict (project_id, user_id) do update set role = excluded.role
                                """)
                        .params(projectId, event.tenantId(), event.userId(), role)
                        .update();
                publish(event, projectId, null, event.userId(), role);
            } else {
                String role = event.projectRole() != null
                        ? event.projectRole()
                        : event.organisationKind() == OrganisationKind.CUSTOMER
                                ? ParticipantRole.CUSTOMER.name()
                                : ParticipantRole.SUPPLIER.name();
                int added = jdbc.sql("""
                                insert into prj_participant (project_id, tenant_id, organisation_id, role)
                                values (?, ?, ?, ?) on conflict do nothing
                                """)
                        .params(projectId, event.tenantId(), event.organisationId(), role)
                        .update();
                if (added > 0) {
                    publish(event, projectId, event.organisationId(), null, role);
                }
            }
        }
    }

    private void publish(InvitationAccepted event, UUID projectId, UUID organisationId, UUID userId, String role) {
        events.publishEvent(new ProjectMembershipChanged(
                event.tenantId(), projectId, event.invitedBy(), organisationId, userId, role, Instant.now()));
    }

    private static Set<String> allowed(OrganisationKind kind) {
        return switch (kind) {
            case HOST -> names(ProjectRole.values());
            case CUSTOMER -> Set.of(ParticipantRole.CUSTOMER.name());
            case PARTNER ->
                Set.of(
                        ParticipantRole.SUPPLIER.name(),
                        ParticipantRole.OUTSOURCER.name(),
                        ParticipantRole.AGENCY.name());
        };
    }

    private static Set<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.toCollection(java.util.TreeSet::new));
    }
}
