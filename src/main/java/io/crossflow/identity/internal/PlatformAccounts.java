package io.crossflow.identity.internal;

import static io.crossflow.identity.internal.OrganisationAdministration.required;
import static io.crossflow.identity.internal.OrganisationAdministration.throwIfAny;

import io.crossflow.identity.Capability;
import io.crossflow.identity.CurrentUser;
import io.crossflow.identity.OrganisationKind;
import io.crossflow.identity.TenantOnboarding.FirstAdminInvitation;
import io.crossflow.identity.TenantOnboarding.Headcount;
import io.crossflow.identity.TenantOnboarding.NewOperator;
import io.crossflow.identity.internal.Invitations.InvitationView;
import io.crossflow.identity.internal.Invitations.InviteRequest;
import io.crossflow.shared.ForbiddenException;
import io.crossflow.shared.InvalidInputException.FieldError;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Behind {@link io.crossflow.identity.TenantOnboarding}: the accounts a platform operator's work needs (docs/administration.md, "Platform operators"):
 * the first tenant admin's invitation into a new tenant, the first operator's account at
 * bootstrap, and the head counts the tenant list shows. Nothing here reads a tenant's projects.
 */
@Service
public class PlatformAccounts {

    /** What a tenant's first admin may do: everything inside its own tenant. */
    static final Set<Capability> FIRST_ADMIN =
            EnumSet.of(Capability.TENANT_ADMIN, Capability.DESIGNER, Capability.MANAGER, Capability.MEMBER);

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{2,63}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

    private final JdbcClient jdbc;
    private final Invitations invitations;
    private final PasswordEncoder passwords;
    private final PasswordPolicy policy;

    PlatformAccounts(JdbcClient jdbc, Invitations invitations, PasswordEncoder passwords, PasswordPolicy policy) {
        this.jdbc = jdbc;
        this.invitations = invitations;
        this.passwords = passwords;
        this.policy = policy;
    }

    /**
     * Invites the first admin of a tenant into its host organisation. The operator invites on the
     * new tenant's behalf: the invitation belongs to that tenant (its admins see it and may resend
     * it), is sent in the tenant's default language and names the operator as the inviter.
     */
    @Transactional
    public FirstAdminInvitation inviteFirstAdmin(
            CurrentUser operator, UUID tenantId, UUID hostOrganisationId, String email, String language) {
        if (!operator.has(Capability.PLATFORM_OPERATOR)) {
            throw new ForbiddenException("Only platform operators can do this.");
        }
        CurrentUser onBehalf = new CurrentUser(
                operator.id(),
                tenantId,
                hostOrganisationId,
                OrganisationKind.HOST,
                operator.username(),
                operator.displayName(),
                language,
                EnumSet.of(Capability.TENANT_ADMIN),
                false);
        List<InvitationView> sent = invitations.invite(
                onBehalf,
                new InviteRequest(
                        email == null ? List.of() : List.of(email),
                        hostOrganisationId,
                        List.copyOf(FIRST_ADMIN),
                        language,
                        List.of(),
                        null));
        InvitationView invitation = sent.get(0);
        return new FirstAdminInvitation(invitation.id(), invitation.email(), invitation.expiresAt());
    }

    /** Validates the first admin's address before anything is written (field {@code adminEmail}). */
    public void checkFirstAdminEmail(String email, List<FieldError> errors) {
        String address = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (address.length() > 254 || !EMAIL.matcher(address).matches()) {
            errors.add(new FieldError("adminEmail", "Enter an e-mail address like name@example.com."));
            return;
        }
        boolean taken = jdbc.sql("select count(*) from idn_user where lower(email) = ? or lower(username) = ?")
                        .params(address, address)
                        .query(Long.class)
                        .single()
                > 0;
        if (taken) {
            errors.add(new FieldError("adminEmail", address + " already has a Crossflow account."));
        }
    }

    /**
     * Creates a platform operator in the given host organisation: an active account with a
     * password that meets the policy, holding {@link Capability#PLATFORM_OPERATOR} and {@link
     * Capability#TENANT_ADMIN} of its own tenant. Bad input changes nothing.
     */
    @Transactional
    public UUID createOperator(UUID tenantId, UUID hostOrganisationId, NewOperator request) {
        throwIfAny(operatorProblems(request));
        String username = request.username().strip().toLowerCase(Locale.ROOT);
        String email = request.email().strip().toLowerCase(Locale.ROOT);
        String displayName = required(request.displayName(), "displayName", 120, new ArrayList<>());
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into idn_user (id, tenant_id, organisation_id, username, email, display_name, password_hash,
                                              language, capabilities)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        id,
                        tenantId,
                        hostOrganisationId,
                        username,
                        email,
                        displayName,
                        passwords.encode(request.password()),
                        request.language() == null ? "en" : request.language(),
                        new String[] {Capability.PLATFORM_OPERATOR.name(), Capability.TENANT_ADMIN.name()})
                .update();
        return id;
    }

    /** What is wrong with an operator account to create, one error per field; empty when it can be created. */
    @Transactional(readOnly = true)
    public List<FieldError> operatorProblems(NewOperator request) {
        List<FieldError> errors = new ArrayList<>();
        String username =
                request.username() == null ? "" : request.username().strip().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(username).matches()) {
            errors.add(new FieldError(
                    "username", "Use 3 to 64 lower-case letters, digits, dots, hyphens or underscores."));
        }
        String email = request.email() == null ? "" : request.email().strip().toLowerCase(Locale.ROOT);
        if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
            errors.add(new FieldError("email", "Enter an e-mail address like name@example.com."));
        }
        required(request.displayName(), "displayName", 120, errors);
        policy.problem(request.password(), username, email)
                .ifPresent(problem -> errors.add(new FieldError("password", problem)));
        if (errors.isEmpty()
                && jdbc.sql("select count(*) from idn_user where lower(username) in (?, ?) or lower(email) in (?, ?)")
                                .params(username, email, username, email)
                                .query(Long.class)
                                .single()
                        > 0) {
            errors.add(new FieldError("username", "This user name or e-mail address is taken."));
        }
        return errors;
    }

    /**
     * Every platform operator of the installation, active, invited or deactivated, with the tenant
     * it belongs to: what one operator sees of the others (never anything of their tenants' work).
     */
    @Transactional(readOnly = true)
    public List<OperatorView> operators(CurrentUser caller) {
        if (!caller.has(Capability.PLATFORM_OPERATOR)) {
            throw new ForbiddenException("Only platform operators can do this.");
        }
        return jdbc.sql("""
                        select u.id, u.username, u.display_name, u.email, t.name as tenant_name, u.enabled,
                               u.deactivated_at, u.last_sign_in_at
                          from idn_user u join ten_tenant t on t.id = u.tenant_id
                         where ? = any(u.capabilities)
                         order by u.enabled desc, lower(u.display_name), u.username
                        """)
                .param(Capability.PLATFORM_OPERATOR.name())
                .query((rs, i) -> new OperatorView(
                        rs.getObject("id", UUID.class),
                        rs.getString("username"),
                        rs.getString("display_name"),
                        rs.getString("email"),
                        rs.getString("tenant_name"),
                        rs.getBoolean("enabled")
                                ? "ACTIVE"
                                : rs.getTimestamp("deactivated_at") != null ? "DEACTIVATED" : "INVITED",
                        rs.getTimestamp("last_sign_in_at") == null
                                ? null
                                : rs.getTimestamp("last_sign_in_at").toInstant()))
                .list();
    }

    /** A platform operator; {@code status} ACTIVE, INVITED (not accepted yet) or DEACTIVATED. */
    public record OperatorView(
            UUID id,
            String username,
            String displayName,
            String email,
            String tenantName,
            String status,
            java.time.Instant lastSignInAt) {}

    /** Whether any active platform operator exists, in any tenant. */
    @Transactional(readOnly = true)
    public boolean anyOperator() {
        return jdbc.sql("select exists (select 1 from idn_user where enabled and ? = any(capabilities))")
                .param(Capability.PLATFORM_OPERATOR.name())
                .query(Boolean.class)
                .single();
    }

    /** Per tenant: its users (people and service users, active or not) and organisations. */
    @Transactional(readOnly = true)
    public Map<UUID, Headcount> headcounts() {
        Map<UUID, Headcount> counts = new HashMap<>();
        jdbc.sql("""
                        select o.tenant_id, count(distinct o.id) as organisations, count(u.id) as users
                          from idn_organisation o left join idn_user u on u.organisation_id = o.id
                         group by o.tenant_id
                        """)
                .query((rs, i) -> counts.put(
                        rs.getObject("tenant_id", UUID.class),
                        new Headcount(rs.getLong("users"), rs.getLong("organisations"))))
                .list();
        return counts;
    }
}
