package io.crossflow.identity.internal;

import static io.crossflow.identity.internal.OrganisationAdministration.requireAdmin;
import static io.crossflow.identity.internal.OrganisationAdministration.required;
import static io.crossflow.identity.internal.OrganisationAdministration.strings;
import static io.crossflow.identity.internal.OrganisationAdministration.throwIfAny;

import io.crossflow.identity.Capability;
import io.crossflow.identity.CurrentUser;
import io.crossflow.identity.OrganisationKind;
import io.crossflow.identity.UserDeactivated;
import io.crossflow.shared.ConflictException;
import io.crossflow.shared.InvalidInputException;
import io.crossflow.shared.InvalidInputException.FieldError;
import io.crossflow.shared.NotFoundException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A tenant admin's users (docs/administration.md): find, create, edit, deactivate and reactivate.
 * Capabilities must fit the user's organisation (internal ones for the tenant's own company,
 * partner ones for partners, {@link Capability#CUSTOMER_VIEWER} for customers); nobody grants
 * {@link Capability#PLATFORM_OPERATOR} here. An admin never deactivates itself or drops its own
 * admin capability, so a tenant cannot lock its last door from inside.
 */
@Service
public class UserAdministration {

    static final String NOT_YOURSELF = "You cannot deactivate your own account.";
    static final String NOT_ACCEPTED =
            "This person has not accepted the invitation yet; send the invitation again instead.";
    static final Set<Capability> INTERNAL =
            EnumSet.of(Capability.TENANT_ADMIN, Capability.DESIGNER, Capability.MANAGER, Capability.MEMBER);
    static final Set<Capability> PARTNER = EnumSet.of(Capability.PARTNER_MEMBER, Capability.PARTNER_MANAGER);
    static final Set<Capability> CUSTOMER = EnumSet.of(Capability.CUSTOMER_VIEWER);
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{2,63}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern MOBILE = Pattern.compile("\\+?[0-9][0-9 -]{5,19}");
    private static final int MAX_PAGE = 200;
    private static final String SELECT = """
            select u.id, u.username, u.display_name, u.email, u.mobile, u.language, u.capabilities, u.service_account,
                   u.enabled, u.last_sign_in_at, u.deactivated_at, u.organisation_id, o.name as organisation_name, o.kind
              from idn_user u join idn_organisation o on o.id = u.organisation_id
            """;

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final ApplicationEventPublisher events;

    private final PasswordPolicy policy;

    UserAdministration(
            JdbcClient jdbc, PasswordEncoder passwords, ApplicationEventPublisher events, PasswordPolicy policy) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.passwords = passwords;
        this.events = events;
    }

    /** The tenant's users matching every given filter (null: any), by display name. */
    @Transactional(readOnly = true)
    public List<UserView> list(CurrentUser caller, UserFilter filter) {
        requireAdmin(caller);
        return listOf(caller.tenantId(), filter);
    }

    /** The tenant's users matching the filter; the caller decided that it may see them. */
    List<UserView> listOf(UUID tenantId, UserFilter filter) {
        StringBuilder where = new StringBuilder(" where u.tenant_id = :tenant");
        var params = new java.util.HashMap<String, Object>();
        params.put("tenant", tenantId);
        if (filter.q() != null && !filter.q().isBlank()) {
            where.append(" and (u.display_name ilike :q escape '\\' or u.username ilike :q escape '\\'"
                    + " or u.email ilike :q escape '\\')");
            params.put("q", "%" + filter.q().strip().replaceAll("([\\\\%_])", "\\\\$1") + "%");
        }
        if (filter.organisationId() != null) {
            where.append(" and u.organisation_id = :organisation");
            params.put("organisation", filter.organisationId());
        }
        if (filter.capability() != null) {
            where.append(" and :capability = any(u.capabilities)");
            params.put("capability", filter.capability().name());
        }
        if (filter.active() != null) {
            where.append(" and u.enabled = :active");
            params.put("active", filter.active());
        }
        if (filter.signedInSince() != null) {
            where.append(" and u.last_sign_in_at >= :since");
            params.put("since", Timestamp.from(filter.signedInSince()));
        }
        int size = filter.size() <= 0 ? 50 : Math.min(filter.size(), MAX_PAGE);
        params.put("size", size);
        params.put("offset", (long) Math.max(0, filter.page()) * size);
        return jdbc.sql(SELECT + where + " order by lower(u.display_name), u.id limit :size offset :offset")
                .params(params)
                .query(VIEW)
                .list();
    }

    @Transactional(readOnly = true)
    public UserView get(CurrentUser caller, UUID id) {
        requireAdmin(caller);
        return find(caller.tenantId(), id);
    }

    @Transactional
    public UserView create(CurrentUser caller, NewUserRequest request) {
        requireAdmin(caller);
        List<FieldError> errors = new ArrayList<>();
        String username =
                request.username() == null ? "" : request.username().strip().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(username).matches()) {
            errors.add(new FieldError(
                    "username", "Use 3 to 64 lower-case letters, digits or . _ @ - (it is typed at sign-in)."));
        }
        String displayName = required(request.displayName(), "displayName", 120, errors);
        String email = email(request.email(), errors);
        String mobile = mobile(request.mobile(), errors);
        String language = language(request.language(), errors);
        OrganisationKind kind = null;
        if (request.organisationId() == null) {
            errors.add(new FieldError("organisationId", "Choose the user's organisation."));
        } else {
            kind = jdbc.sql("select kind from idn_organisation where tenant_id = ? and id = ? and active")
                    .params(caller.tenantId(), request.organisationId())
                    .query(String.class)
                    .optional()
                    .map(OrganisationKind::valueOf)
                    .orElse(null);
            if (kind == null) {
                errors.add(new FieldError("organisationId", "Choose an active organisation of your tenant."));
            }
        }
        Set<Capability> capabilities = capabilities(request.capabilities(), kind, request.serviceAccount(), errors);
        String password = request.password();
        if (request.serviceAccount() && password != null) {
            errors.add(new FieldError("password", "Service users sign in with API tokens, never a password."));
        } else if (password != null) {
            policy.problem(password, username, email)
                    .ifPresent(problem -> errors.add(new FieldError("password", problem)));
        }
        if (request.serviceAccount() && kind != null && kind != OrganisationKind.HOST) {
            errors.add(new FieldError("serviceAccount", "Service users belong to your own company."));
        }
        throwIfAny(errors);
        UUID id = UUID.randomUUID();
        try {
            jdbc.sql("""
                            insert into idn_user (id, tenant_id, organisation_id, username, email, mobile, display_name,
                                                  password_hash, language, capabilities, service_account)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                            """)
                    .params(
                            id,
                            caller.tenantId(),
                            request.organisationId(),
                            username,
                            email,
                            mobile,
                            displayName,
                            password == null ? null : passwords.encode(password),
                            language,
                            capabilities.stream().map(Enum::name).toArray(String[]::new),
                            request.serviceAccount())
                    .update();
        } catch (DuplicateKeyException e) {
            throw String.valueOf(e.getMessage()).contains("email")
                    ? InvalidInputException.field("email", "Another user already has this e-mail address.")
                    : InvalidInputException.field("username", "This username is taken.");
        }
        return audited(caller, "CREATED", null, id);
    }

    /** Changes the fields the request names (null: unchanged). */
    @Transactional
    public UserView update(CurrentUser caller, UUID id, UserChange change) {
        requireAdmin(caller);
        UserView current = find(caller.tenantId(), id);
        List<FieldError> errors = new ArrayList<>();
        String displayName = change.displayName() == null
                ? current.displayName()
                : required(change.displayName(), "displayName", 120, errors);
        String email = change.email() == null ? current.email() : email(change.email(), errors);
        String mobile = change.mobile() == null ? current.mobile() : mobile(change.mobile(), errors);
        String language = change.language() == null ? current.language() : language(change.language(), errors);
        Set<Capability> capabilities = change.capabilities() == null
                ? current.capabilities()
                : capabilities(change.capabilities(), current.organisationKind(), current.serviceAccount(), errors);
        if (id.equals(caller.id()) && !capabilities.contains(Capability.TENANT_ADMIN)) {
            errors.add(new FieldError(
                    "capabilities", "You cannot take away your own admin capability; ask another tenant admin."));
        }
        throwIfAny(errors);
        try {
            jdbc.sql("""
                            update idn_user set display_name = ?, email = ?, mobile = ?, language = ?, capabilities = ?
                             where tenant_id = ? and id = ?
                            """)
                    .params(
                            displayName,
                            email,
                            mobile,
                            language,
                            capabilities.stream().map(Enum::name).toArray(String[]::new),
                            caller.tenantId(),
                            id)
                    .update();
        } catch (DuplicateKeyException e) {
            throw InvalidInputException.field("email", "Another user already has this e-mail address.");
        }
        return audited(caller, "UPDATED", current, id);
    }

    /**
     * Deactivates the user: its sessions end at its next request ({@link ActiveAccountFilter}),
     * its API tokens are revoked, its claimed tasks return to their candidates
     * ({@link UserDeactivated}); its history stays attributed to it. Deactivating twice is harmless.
     */
    @Transactional
    public UserView deactivate(CurrentUser caller, UUID id) {
        requireAdmin(caller);
        UserView user = find(caller.tenantId(), id);
        if (id.equals(caller.id())) {
            throw new ConflictException(NOT_YOURSELF);
        }
        if (user.active()) {
            deactivateMember(caller.tenantId(), id);
            return audited(caller, "DEACTIVATED", user, id);
        }
        return find(caller.tenantId(), id);
    }

    @Transactional
    public UserView reactivate(CurrentUser caller, UUID id) {
        requireAdmin(caller);
        UserView user = find(caller.tenantId(), id);
        if (user.invited()) {
            throw new ConflictException(NOT_ACCEPTED);
        }
        boolean organisationActive = jdbc.sql("select active from idn_organisation where id = ?")
                .param(user.organisationId())
                .query(Boolean.class)
                .single();
        if (!organisationActive) {
            throw new ConflictException("The user's organisation is deactivated; reactivate the organisation first.");
        }
        jdbc.sql("update idn_user set enabled = true, deactivated_at = null where tenant_id = ? and id = ?")
                .params(caller.tenantId(), id)
                .update();
        return audited(caller, "REACTIVATED", user, id);
    }

    /** The user after the change, announced to the audit trail. */
    UserView audited(CurrentUser caller, String action, UserView before, UUID id) {
        UserView after = find(caller.tenantId(), id);
        AdminChanges.user(events, caller, action, before, after);
        return after;
    }

    /** Deactivates one enabled user of the tenant; the caller's transaction holds it with what follows. */
    void deactivateMember(UUID tenantId, UUID userId) {
        Timestamp now = Timestamp.from(Instant.now());
        int changed = jdbc.sql("update idn_user set enabled = false, deactivated_at = ? where tenant_id = ? and id = ?"
                        + " and enabled")
                .params(now, tenantId, userId)
                .update();
        if (changed == 0) {
            return;
        }
        jdbc.sql("update idn_api_token set revoked_at = ? where user_id = ? and revoked_at is null")
                .params(now, userId)
                .update();
        events.publishEvent(new UserDeactivated(tenantId, userId));
    }

    /** Remembers a successful sign-in, for the admin's "last sign-in" column and filter. */
    @Transactional
    public void recordSignIn(UUID userId) {
        jdbc.sql("update idn_user set last_sign_in_at = ? where id = ?")
                .params(Timestamp.from(Instant.now()), userId)
                .update();
    }

    UserView find(UUID tenantId, UUID id) {
        return jdbc.sql(SELECT + " where u.tenant_id = ? and u.id = ?")
                .params(tenantId, id)
                .query(VIEW)
                .optional()
                .orElseThrow(() -> new NotFoundException("User"));
    }

    static Set<Capability> capabilities(
            List<Capability> requested, OrganisationKind kind, boolean serviceAccount, List<FieldError> errors) {
        EnumSet<Capability> set = EnumSet.noneOf(Capability.class);
        if (requested != null) {
            requested.stream().filter(java.util.Objects::nonNull).forEach(set::add);
        }
        if (set.contains(Capability.PLATFORM_OPERATOR)) {
            errors.add(new FieldError("capabilities", "Only the platform's operators grant the operator capability."));
            return set;
        }
        if (kind == null) {
            return set;
        }
        Set<Capability> fitting = switch (kind) {
            case HOST -> INTERNAL;
            case PARTNER -> PARTNER;
            case CUSTOMER -> CUSTOMER;
        };
        if (!fitting.containsAll(set)) {
            errors.add(new FieldError(
                    "capabilities",
                    switch (kind) {
                        case HOST -> "Users of your own company get internal capabilities only.";
                        case PARTNER -> "Partner users get partner capabilities only.";
                        case CUSTOMER -> "Customer users get the customer capability only.";
                    }));
        } else if (set.isEmpty() && !serviceAccount) {
            errors.add(new FieldError("capabilities", "Give the user at least one capability."));
        }
        return set;
    }

    private static String email(String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String email = value.strip();
        if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
            errors.add(new FieldError("email", "Enter an e-mail address like name@example.com."));
        }
        return email;
    }

    private static String mobile(String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String mobile = value.strip();
        if (!MOBILE.matcher(mobile).matches()) {
            errors.add(new FieldError("mobile", "Enter a phone number like +86 138 0013 8000."));
        }
        return mobile;
    }

    static String language(String value, List<FieldError> errors) {
        if (value == null) {
            return "en";
        }
        if (!value.equals("en") && !value.equals("zh-CN")) {
            errors.add(new FieldError("language", "Choose English (en) or Chinese (zh-CN)."));
        }
        return value;
    }

    /** Filters of the user list; every null filter matches all. */
    public record UserFilter(
            String q,
            UUID organisationId,
            Capability capability,
            Boolean active,
            Instant signedInSince,
            int page,
            int size) {}

    /** A user to create; {@code password} optional (null: the user signs in by SSO or a later reset). */
    public record NewUserRequest(
            String username,
            String displayName,
            String email,
            String mobile,
            String language,
            UUID organisationId,
            List<Capability> capabilities,
            String password,
            boolean serviceAccount) {}

    /** Fields to change; null leaves one as it is. */
    public record UserChange(
            String displayName, String email, String mobile, String language, List<Capability> capabilities) {}

    /** What the admin screen shows of a user. */
    public record UserView(
            UUID id,
            String username,
            String displayName,
            String email,
            String mobile,
            String language,
            Set<Capability> capabilities,
            boolean serviceAccount,
            boolean active,
            Instant lastSignInAt,
            Instant deactivatedAt,
            UUID organisationId,
            String organisationName,
            OrganisationKind organisationKind) {

        /** Invited and not yet accepted: never active, never deactivated (Invitations). */
        public boolean invited() {
            return !active && deactivatedAt == null;
        }
    }

    private static final RowMapper<UserView> VIEW = (rs, i) -> {
        EnumSet<Capability> capabilities = EnumSet.noneOf(Capability.class);
        strings(rs.getArray("capabilities")).forEach(name -> capabilities.add(Capability.valueOf(name)));
        return new UserView(
                rs.getObject("id", UUID.class),
                rs.getString("username"),
                rs.getString("display_name"),
                rs.getString("email"),
                rs.getString("mobile"),
                rs.getString("language"),
                capabilities,
                rs.getBoolean("service_account"),
                rs.getBoolean("enabled"),
                instant(rs.getTimestamp("last_sign_in_at")),
                instant(rs.getTimestamp("deactivated_at")),
                rs.getObject("organisation_id", UUID.class),
                rs.getString("organisation_name"),
                OrganisationKind.valueOf(rs.getString("kind")));
    };

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
