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
 * {@code org:<id>}, {@code project:<projectId>:<ROLE>}, a manager also acting as member, as in
 * {@code ProjectAccess.candidateKeys}). Reads {@code idn_user} and {@code prj_member} directly: one
 * indexed query in the publishing transaction instead of a call per group.
 */
@Component
class Recipients {

    private static final String PROJECT_PREFIX = "project:";
    private static final String ORG_PREFIX = "org:";
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
        for (String group : candidateGroups) {
            if (group.startsWith(USER_PREFIX)) {
                uuid(group.substring(USER_PREFIX.length())).ifPresent(users::add);
            } else if (group.startsWith(ORG_PREFIX)) {
                uuid(group.substring(ORG_PREFIX.length())).ifPresent(organisations::add);
            } else if (group.startsWith(PROJECT_PREFIX)) {
                projectRoles.add(group);
                if (group.endsWith(":MEMBER")) {
                    projectRoles.add(group.substring(0, group.length() - "MEMBER".length()) + "MANAGER");
                }
            }
        }
        if (users.isEmpty() && organisations.isEmpty() && projectRoles.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select u.id, u.email, u.language
                          from idn_user u
                         where u.tenant_id = :tenant and u.enabled and not u.service_account
                           and (u.id = any(cast(:users as uuid[]))
                                or u.organisation_id = any(cast(:organisations as uuid[]))
                                or exists (select 1 from prj_member m
                                            where m.user_id = u.id and m.tenant_id = :tenant
                                              and ('project:' || m.project_id || ':' || m.role) = any(:roles)))
                         order by u.id
                        """)
                .param("tenant", tenantId)
                .param("users", users.stream().map(UUID::toString).toArray(String[]::new))
                .param(
                        "organisations",
                        organisations.stream().map(UUID::toString).toArray(String[]::new))
                .param("roles", projectRoles.toArray(String[]::new))
                .query((rs, i) ->
                        new Recipient(rs.getObject("id", UUID.class), rs.getString("email"), rs.getString("language")))
                .list();
    }

    private static Optional<UUID> uuid(String value) {
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
