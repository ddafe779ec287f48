package io.crossflow.notification.internal;

import io.crossflow.workflow.CandidateGroups;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Turns the addressees of a notification into the enabled users of its tenant: users by id, every
 * user of an organisation, and every user acting under a candidate group ({@code user:<id>},
 * {@code org:<id>}, {@code project:<projectId>:<ROLE>}, a manager also acting as member, {@code tenant:<tenantId>:<CAPABILITY>}
 * (the capability's holders in the tenant), as in
 * {@code ProjectAccess.candidateKeys}). Reads {@code idn_user} and {@code prj_member} directly: one
 * indexed query in the publishing transaction instead of a call per group.
 */
@Component
class Recipients {

    private static final String PROJECT_PREFIX = "project:";
    private static final String ORG_PREFIX = "org:";
    private static final String TENANT_PREFIX = "tenant:";
    private static final String USER_PREFIX = CandidateGroups.user("");

    private final JdbcClient jdbc;

    Recipients(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Recipient(UUID id, String email, String language) {}

    List<Recipient> resolve(UUID tenantId, Set<UUID> userIds, Set<UUID> organisationIds, Set<String> candidateGroups) {
        Set<UUID> users = new HashSet<>(userIds);
        Set<UUID> organisations = new HashSet<>(organisationIds);
        Set<String> projectRoles = new HashSet<>();
        Set<UUID> projects = new HashSet<>();
        Set<String> capabilities = new HashSet<>();
        for (String group : candidateGroups) {
            String[] tenantRole = group.split(":");
            if (group.startsWith(TENANT_PREFIX)
                    && tenantRole.length == 3
                    && uuid(tenantRole[1]).filter(tenantId::equals).isPresent()) {
                capabilities.add(tenantRole[2]); // tenant:<tenantId>:<CAPABILITY>, the holders of one's own tenant
                continue;
            }
            if (group.startsWith(USER_PREFIX)) {
                uuid(group.substring(USER_PREFIX.length())).ifPresent(users::add);
            } else if (group.startsWith(ORG_PREFIX)) {
                uuid(group.substring(ORG_PREFIX.length())).ifPresent(organisations::add);
            } else if (group.startsWith(PROJECT_PREFIX)) {
                String[] parts = group.split(":");
                if (parts.length == 3) {
                    uuid(parts[1]).ifPresent(projects::add);
                    projectRoles.add(group);
                    if (parts[2].equals("MEMBER")) {
                        projectRoles.add(PROJECT_PREFIX + parts[1] + ":MANAGER");
                    }
                }
            }
        }
        if (users.isEmpty() && organisations.isEmpty() && projectRoles.isEmpty() && capabilities.isEmpty()) {
            return List.of();
        }
        // one branch per kind of addressee, each on its own index (pk, idn_user_organisation, prj_member pk)
        return jdbc.sql("""
                        select u.id, u.email, u.language
                          from idn_user u
                         where u.tenant_id = :tenant and u.enabled and not u.service_account
                           and u.id in (select unnest(cast(:users as uuid[]))
                                        union
                                        select o.id from idn_user o
                                         where o.tenant_id = :tenant
                                           and o.organisation_id = any(cast(:organisations as uuid[]))
                                        union
                                        select c.id from idn_user c
                                         where c.tenant_id = :tenant
                                           and c.capabilities && cast(:capabilities as text[])
                                        union
                                        select m.user_id from prj_member m
                                         where m.tenant_id = :tenant
                                           and m.project_id = any(cast(:projects as uuid[]))
                                           and ('project:' || m.project_id || ':' || m.role) = any(cast(:roles as text[])))
                         order by u.id
                        """)
                .param("tenant", tenantId)
                .param("users", strings(users))
                .param("organisations", strings(organisations))
                .param("projects", strings(projects))
                .param("roles", projectRoles.toArray(String[]::new))
                .param("capabilities", capabilities.toArray(String[]::new))
                .query((rs, i) ->
                        new Recipient(rs.getObject("id", UUID.class), rs.getString("email"), rs.getString("language")))
                .list();
    }

    private static String[] strings(Set<UUID> ids) {
        return ids.stream().map(UUID::toString).toArray(String[]::new);
    }

    private static Optional<UUID> uuid(String value) {
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
