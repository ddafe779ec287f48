package io.crossflow.identity.internal;

import io.crossflow.identity.Capability;
import io.crossflow.identity.CurrentUser;
import io.crossflow.identity.OrganisationDeactivated;
import io.crossflow.identity.OrganisationKind;
import io.crossflow.shared.ConflictException;
import io.crossflow.shared.ForbiddenException;
import io.crossflow.shared.InvalidInputException;
import io.crossflow.shared.InvalidInputException.FieldError;
import io.crossflow.shared.NotFoundException;
import io.crossflow.shared.UserText;
import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A tenant admin's organisations (docs/administration.md): partner and customer organisations are
 * created, edited and deactivated here; the tenant's own (HOST) organisation is edited but never
 * deactivated. Only tenant admins call in (403 for everyone else); another tenant's organisation
 * answers 404 like a missing one.
 */
@Service
public class OrganisationAdministration {

    static final String ADMINS_ONLY = "Only tenant admins manage organisations and users.";
    static final String HOST_STAYS = "Your own company's organisation cannot be deactivated.";
    private static final Pattern SHORT_CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,11}");
    static final Pattern DOMAIN = Pattern.compile("(?=.{4,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,255}");
    private static final String SELECT = """
            select o.id, o.name, o.kind, o.short_code, o.contact_name, o.contact_email, o.email_domains, o.active,
                   o.deactivated_at,
                   (select count(*) from idn_user u where u.organisation_id = o.id and u.enabled) as active_users
              from idn_organisation o
            """;

    private final JdbcClient jdbc;
    private final UserAdministration users;
    private final ApplicationEventPublisher events;

    OrganisationAdministration(JdbcClient jdbc, UserAdministration users, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.users = users;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<OrganisationView> list(CurrentUser caller) {
        requireAdmin(caller);
        return jdbc.sql(SELECT + " where o.tenant_id = ? order by o.kind, lower(o.name)")
                .param(caller.tenantId())
                .query(VIEW)
                .list();
    }

    @Transactional(readOnly = true)
    public OrganisationView get(CurrentUser caller, UUID id) {
        requireAdmin(caller);
        return find(caller.tenantId(), id);
    }

    @Transactional
    public OrganisationView create(CurrentUser caller, OrganisationRequest request) {
        requireAdmin(caller);
        List<FieldError> errors = new ArrayList<>();
        String name = required(request.name(), "name", 120, errors);
        OrganisationKind kind = request.kind();
        if (kind == null) {
            errors.add(new FieldError("kind", "Choose whether the organisation is a partner or a customer."));
        } else if (kind == OrganisationKind.HOST) {
            errors.add(
                    new FieldError("kind", "A tenant has exactly one own organisation; choose partner or customer."));
        }
        Details details = details(request, errors);
        throwIfAny(errors);
        UUID id = UUID.randomUUID();
        requireDomainsUnclaimed(caller.tenantId(), id, details.emailDomains());
        try {
            jdbc.sql("""
                            insert into idn_organisation (id, tenant_id, name, kind, short_code, contact_name, contact_email,
                                                          email_domains)
                            values (?, ?, ?, ?, ?, ?, ?, ?)
                            """)
                    .params(
                            id,
                            caller.tenantId(),
                            name,
                            kind.name(),
                            details.shortCode(),
                            details.contactName(),
                            details.contactEmail(),
                            details.emailDomains().toArray(String[]::new))
                    .update();
        } catch (DuplicateKeyException e) {
            throw duplicate(e);
        }
        return audited(caller, "CREATED", null, id);
    }

    /** Changes the fields the request names (null: unchanged); the kind never changes. */
    @Transactional
    public OrganisationView update(CurrentUser caller, UUID id, OrganisationRequest request) {
        requireAdmin(caller);
        OrganisationView current = find(caller.tenantId(), id);
        List<FieldError> errors = new ArrayList<>();
        if (request.kind() != null && request.kind() != current.kind()) {
            errors.add(new FieldError("kind", "An organisation's kind cannot change; create a new organisation."));
        }
        String name = request.name() == null ? current.name() : required(request.name(), "name", 120, errors);
        Details details = details(
                new OrganisationRequest(
                        name,
                        null,
                        request.shortCode() == null ? current.shortCode() : request.shortCode(),
                        request.contactName() == null ? current.contactName() : request.contactName(),
                        request.contactEmail() == null ? current.contactEmail() : request.contactEmail(),
                        request.emailDomains() == null ? current.emailDomains() : request.emailDomains()),
                errors);
        throwIfAny(errors);
        requireDomainsUnclaimed(caller.tenantId(), id, details.emailDomains());
        try {
            jdbc.sql("""
                            update idn_organisation
                               set name = ?, short_code = ?, contact_name = ?, contact_email = ?, email_domains = ?
                             where tenant_id = ? and id = ?
                            """)
                    .params(
                            name,
                            details.shortCode(),
                            details.contactName(),
                            details.contactEmail(),
                            details.emailDomains().toArray(String[]::new),
                            caller.tenantId(),
                            id)
                    .update();
        } catch (DuplicateKeyException e) {
            throw duplicate(e);
        }
        return audited(caller, "UPDATED", current, id);
    }

    /**
     * Deactivates the organisation and every one of its users (sessions end, tokens are revoked,
     * claimed tasks return to their candidates), then hands its open work to the projects'
     * internal managers ({@link OrganisationDeactivated}). Nothing is deleted. Deactivating twice
     * is harmless.
     */
    @Transactional
    public OrganisationView deactivate(CurrentUser caller, UUID id) {
        requireAdmin(caller);
        OrganisationView organisation = find(caller.tenantId(), id);
        if (organisation.kind() == OrganisationKind.HOST) {
            throw new ConflictException(HOST_STAYS);
        }
        if (!organisation.active()) {
            return organisation;
        }
        List<UUID> members = jdbc.sql("select id from idn_user where tenant_id = ? and organisation_id = ? and enabled")
                .params(caller.tenantId(), id)
                .query(UUID.class)
                .list();
        members.forEach(userId -> users.deactivateMember(caller.tenantId(), userId));
        jdbc.sql("update idn_organisation set active = false, deactivated_at = ? where tenant_id = ? and id = ?")
                .params(Timestamp.from(Instant.now()), caller.tenantId(), id)
                .update();
        events.publishEvent(new OrganisationDeactivated(caller.tenantId(), id));
        return audited(caller, "DEACTIVATED", organisation, id);
    }

    /** Makes the organisation active again; its users stay deactivated until each is reactivated. */
    @Transactional
    public OrganisationView reactivate(CurrentUser caller, UUID id) {
        requireAdmin(caller);
        OrganisationView before = find(caller.tenantId(), id);
        jdbc.sql("update idn_organisation set active = true, deactivated_at = null where tenant_id = ? and id = ?")
                .params(caller.tenantId(), id)
                .update();
        return audited(caller, "REACTIVATED", before, id);
    }

    /** The organisation after the change, announced to the audit trail. */
    private OrganisationView audited(CurrentUser caller, String action, OrganisationView before, UUID id) {
        OrganisationView after = find(caller.tenantId(), id);
        AdminChanges.organisation(events, caller, action, before, after);
        return after;
    }

    static void requireAdmin(CurrentUser caller) {
        if (!caller.has(Capability.TENANT_ADMIN)) {
            throw new ForbiddenException(ADMINS_ONLY);
        }
    }

    private OrganisationView find(UUID tenantId, UUID id) {
        return jdbc.sql(SELECT + " where o.tenant_id = ? and o.id = ?")
                .params(tenantId, id)
                .query(VIEW)
                .optional()
                .orElseThrow(() -> new NotFoundException("Organisation"));
    }

    private void requireDomainsUnclaimed(UUID tenantId, UUID id, Set<String> domains) {
        if (domains.isEmpty()) {
            return;
        }
        List<String> taken = jdbc.sql("""
                        select d from idn_organisation o, unnest(o.email_domains) d
                         where o.tenant_id = ? and o.id <> ? and d = any(?)
                        """)
                .params(tenantId, id, domains.toArray(String[]::new))
                .query(String.class)
                .list();
        if (!taken.isEmpty()) {
            throw InvalidInputException.field(
                    "emailDomains", "The e-mail domain " + taken.get(0) + " already belongs to another organisation.");
        }
    }

    private static InvalidInputException duplicate(DuplicateKeyException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("short_code")) {
            return InvalidInputException.field("shortCode", "Another organisation already uses this short code.");
        }
        return InvalidInputException.field("name", "Another organisation already has this name.");
    }

    private static Details details(OrganisationRequest request, List<FieldError> errors) {
        String shortCode = blankToNull(request.shortCode());
        if (shortCode != null) {
            shortCode = shortCode.toUpperCase(Locale.ROOT);
            if (!SHORT_CODE.matcher(shortCode).matches()) {
                errors.add(new FieldError(
                        "shortCode", "Use 2 to 12 letters, digits or hyphens, e.g. HDJM; it appears in references."));
            }
        }
        String contactName = blankToNull(request.contactName());
        if (contactName != null) {
            contactName = required(contactName, "contactName", 120, errors);
        }
        String contactEmail = blankToNull(request.contactEmail());
        if (contactEmail != null
                && (contactEmail.length() > 254 || !EMAIL.matcher(contactEmail).matches())) {
            errors.add(new FieldError("contactEmail", "Enter an e-mail address like name@example.com."));
        }
        Set<String> domains = new LinkedHashSet<>();
        for (String raw : request.emailDomains() == null ? List.<String>of() : request.emailDomains()) {
            String domain = raw == null ? "" : raw.trim().toLowerCase(Locale.ROOT);
            if (domain.startsWith("@")) {
                domain = domain.substring(1);
            }
            if (!DOMAIN.matcher(domain).matches()) {
                errors.add(new FieldError("emailDomains", "'" + raw + "' is not a domain like example.com."));
            } else {
                domains.add(domain);
            }
        }
        if (domains.size() > 20) {
            errors.add(new FieldError("emailDomains", "An organisation has at most 20 e-mail domains."));
        }
        return new Details(shortCode, contactName, contactEmail, domains);
    }

    /** A required name under the product's one rule for names ({@link UserText}), its problems added to {@code errors}. */
    static String required(String value, String field, int max, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "This field is required."));
            return "";
        }
        try {
            return UserText.name(field, value, max);
        } catch (InvalidInputException e) {
            errors.addAll(e.fieldErrors());
            return value.strip();
        }
    }

    static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(
                    errors.size() == 1
                            ? "Please correct the highlighted field."
                            : "Please correct the highlighted fields.",
                    errors);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private record Details(String shortCode, String contactName, String contactEmail, Set<String> emailDomains) {}

    /** What the admin screen shows of an organisation. */
    public record OrganisationView(
            UUID id,
            String name,
            OrganisationKind kind,
            String shortCode,
            String contactName,
            String contactEmail,
            List<String> emailDomains,
            boolean active,
            Instant deactivatedAt,
            long activeUsers) {}

    /** Create (name and kind required) or change (null fields unchanged) an organisation. */
    public record OrganisationRequest(
            String name,
            OrganisationKind kind,
            String shortCode,
            String contactName,
            String contactEmail,
            List<String> emailDomains) {}

    private static final RowMapper<OrganisationView> VIEW = (rs, i) -> new OrganisationView(
            rs.getObject("id", UUID.class),
            rs.getString("name"),
            OrganisationKind.valueOf(rs.getString("kind")),
            rs.getString("short_code"),
            rs.getString("contact_name"),
            rs.getString("contact_email"),
            strings(rs.getArray("email_domains")),
            rs.getBoolean("active"),
            rs.getTimestamp("deactivated_at") == null
                    ? null
                    : rs.getTimestamp("deactivated_at").toInstant(),
            rs.getLong("active_users"));

    static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
