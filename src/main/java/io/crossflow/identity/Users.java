package io.crossflow.identity;

import io.crossflow.shared.UserText;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Users of all tenants; every lookup by id is scoped to a tenant. */
@Service
public class Users {

    private static final String CURRENT_USER_SELECT = """
            select u.id, u.tenant_id, u.organisation_id, o.kind, u.username, u.display_name, u.language,
                   u.capabilities, u.service_account
              from idn_user u join idn_organisation o on o.id = u.organisation_id
            """;

    private final JdbcClient jdbc;
    private final PasswordEncoder passwordEncoder;

    Users(JdbcClient jdbc, PasswordEncoder passwordEncoder) {
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
    }

    public Optional<UserSummary> find(UUID tenantId, UUID userId) {
        return jdbc.sql(
                        "select id, tenant_id, organisation_id, username, display_name, email, language from idn_user where tenant_id = ? and id = ?")
                .params(tenantId, userId)
                .query(UserSummary.class)
                .optional();
    }

    public List<UserSummary> inOrganisation(UUID tenantId, UUID organisationId) {
        return jdbc.sql(
                        "select id, tenant_id, organisation_id, username, display_name, email, language from idn_user where tenant_id = ? and organisation_id = ? and enabled order by display_name")
                .params(tenantId, organisationId)
                .query(UserSummary.class)
                .list();
    }

    /**
     * The users of the tenant among {@code userIds} (deactivated ones too: a past actor keeps its
     * name), in one query; ids of other tenants or of nobody are left out.
     */
    public List<UserSummary> summaries(UUID tenantId, java.util.Collection<UUID> userIds) {
        if (userIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(
                        "select id, tenant_id, organisation_id, username, display_name, email, language from idn_user where tenant_id = :tenant and id in (:ids)")
                .param("tenant", tenantId)
                .param("ids", userIds)
                .query(UserSummary.class)
                .list();
    }

    /** The caller record of an enabled user, as signing in would build it. */
    public Optional<CurrentUser> currentUser(UUID userId) {
        return jdbc.sql(CURRENT_USER_SELECT + " where u.id = ? and u.enabled")
                .param(userId)
                .query(CURRENT_USER)
                .optional();
    }

    /**
     * The caller record of a user whether or not it is still active: sign-in checks the password
     * first and only then tells a deactivated user so (nobody learns it from a wrong password).
     */
    public Optional<CurrentUser> accountIncludingDeactivated(UUID userId) {
        return jdbc.sql(CURRENT_USER_SELECT + " where u.id = ?")
                .param(userId)
                .query(CURRENT_USER)
                .optional();
    }

    public Optional<CurrentUser> currentUserByUsername(String username) {
        return jdbc.sql(CURRENT_USER_SELECT + " where lower(u.username) = lower(?) and u.enabled")
                .param(username)
                .query(CURRENT_USER)
                .optional();
    }

    @Transactional
    public UUID create(NewUser user) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into idn_user (id, tenant_id, organisation_id, username, email, display_name, password_hash,
                                              language, capabilities, service_account)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        id,
                        user.tenantId(),
                        user.organisationId(),
                        user.username(),
                        user.email(),
                        user.displayName(),
                        user.password() == null ? null : passwordEncoder.encode(user.password()),
                        user.language(),
                        user.capabilities().stream().map(Enum::name).toArray(String[]::new),
                        user.serviceAccount())
                .update();
        return id;
    }

    /**
     * A user to create; {@code password} null for SSO-only and service users.
     */
    public record NewUser(
            UUID tenantId,
            UUID organisationId,
            String username,
            String email,
            String displayName,
            String password,
            String language,
            Set<Capability> capabilities,
            boolean serviceAccount) {

        /** Names others read (beside comments, in task lists) follow the one name rule. */
        public NewUser {
            username = UserText.name("username", username, UserText.MAX_NAME);
            displayName = UserText.name("displayName", displayName, UserText.MAX_NAME);
        }
    }

    static final RowMapper<CurrentUser> CURRENT_USER = (rs, i) -> new CurrentUser(
            rs.getObject("id", UUID.class),
            rs.getObject("tenant_id", UUID.class),
            rs.getObject("organisation_id", UUID.class),
            OrganisationKind.valueOf(rs.getString("kind")),
            rs.getString("username"),
            rs.getString("display_name"),
            rs.getString("language"),
            capabilities((String[]) rs.getArray("capabilities").getArray()),
            rs.getBoolean("service_account"));

    private static Set<Capability> capabilities(String[] names) {
        EnumSet<Capability> set = EnumSet.noneOf(Capability.class);
        Arrays.stream(names).map(Capability::valueOf).forEach(set::add);
        return set;
    }
}
