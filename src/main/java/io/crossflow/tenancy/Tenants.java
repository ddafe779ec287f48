package io.crossflow.tenancy;

import io.crossflow.shared.ConflictException;
import io.crossflow.shared.InvalidInputException;
import io.crossflow.shared.InvalidInputException.FieldError;
import io.crossflow.shared.NotFoundException;
import io.crossflow.shared.TimeZoneNames;
import io.crossflow.shared.UserText;
import java.sql.Timestamp;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads, creates, suspends and resumes tenants. Creating one publishes {@link TenantCreated};
 * suspending {@link TenantSuspended}, resuming {@link TenantResumed}, each inside its transaction so
 * the modules that pause work do it in the same commit. Who may call these is the caller's
 * decision (the platform module lets only platform operators).
 */
@Service
public class Tenants {

    static final String SLUG_TAKEN = "This short name is taken by another tenant.";
    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{1,39}");
    private static final Set<String> LANGUAGES = Set.of("en", "zh-CN");
    private static final String SELECT =
            "select id, slug, name, default_language, time_zone, created_at, suspended_at from ten_tenant";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    Tenants(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    public List<Tenant> all() {
        return jdbc.sql(SELECT + " order by name").query(Tenant.class).list();
    }

    public Optional<Tenant> find(UUID id) {
        return jdbc.sql(SELECT + " where id = ?").param(id).query(Tenant.class).optional();
    }

    /**
     * The tenant's time zone: the zone its dates are days of (a task due on 2026-12-08 in
     * Asia/Shanghai is due until the start of 12-09 there). UTC for an unknown tenant or a zone
     * the JVM does not know.
     */
    public ZoneId zone(UUID id) {
        String zone = id == null
                ? null
                : jdbc.sql("select time_zone from ten_tenant where id = ?")
                        .param(id)
                        .query(String.class)
                        .optional()
                        .orElse(null);
        try {
            return zone == null ? ZoneOffset.UTC : ZoneId.of(zone);
        } catch (DateTimeException e) {
            return ZoneOffset.UTC;
        }
    }

    public Optional<Tenant> findBySlug(String slug) {
        return jdbc.sql(SELECT + " where slug = ?")
                .param(slug)
                .query(Tenant.class)
                .optional();
    }

    /** Whether the tenant is suspended (an unknown tenant is not); a primary-key lookup, asked on every request. */
    public boolean isSuspended(UUID id) {
        return jdbc.sql("select suspended_at is not null from ten_tenant where id = ?")
                .param(id)
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    /** The ids of all suspended tenants, for scheduled work that skips them. */
    public Set<UUID> suspendedIds() {
        return new HashSet<>(jdbc.sql("select id from ten_tenant where suspended_at is not null")
                .query(UUID.class)
                .list());
    }

    /** Creates a tenant in English on UTC; the demo's and tests' short form of {@link #create(NewTenant)}. */
    @Transactional
    public Tenant create(String slug, String name) {
        return create(new NewTenant(name, slug, "en", "UTC"));
    }

    /**
     * Creates an active tenant. Bad input (each field named) or a taken short name changes nothing.
     */
    @Transactional
    public Tenant create(NewTenant request) {
        List<FieldError> errors = problems(request);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(
                    errors.size() == 1
                            ? "Please correct the highlighted field."
                            : "Please correct the highlighted fields.",
                    errors);
        }
        String name = UserText.name("name", request.name(), UserText.MAX_NAME);
        String slug = request.slug().strip();
        String zone = request.timeZone().strip();
        UUID id = UUID.randomUUID();
        try {
            jdbc.sql("""
                            insert into ten_tenant (id, slug, name, default_language, time_zone, created_at)
                            values (?, ?, ?, ?, ?, ?)
                            """)
                    .params(id, slug, name, request.defaultLanguage(), zone, Timestamp.from(Instant.now()))
                    .update();
        } catch (DuplicateKeyException raced) {
            throw InvalidInputException.field("slug", SLUG_TAKEN);
        }
        events.publishEvent(new TenantCreated(id));
        return find(id).orElseThrow();
    }

    /** What is wrong with a tenant to create, one error per field (name, slug, defaultLanguage, timeZone). */
    public List<FieldError> problems(NewTenant request) {
        List<FieldError> errors = new ArrayList<>();
        try {
            UserText.name("name", request.name(), UserText.MAX_NAME);
        } catch (InvalidInputException e) {
            errors.addAll(e.fieldErrors());
        }
        String slug = request.slug() == null ? "" : request.slug().strip();
        if (!SLUG.matcher(slug).matches()) {
            errors.add(new FieldError(
                    "slug", "Use 2 to 40 lower-case letters, digits or hyphens, starting with a letter or digit."));
        } else if (findBySlug(slug).isPresent()) {
            errors.add(new FieldError("slug", SLUG_TAKEN));
        }
        if (request.defaultLanguage() == null || !LANGUAGES.contains(request.defaultLanguage())) {
            errors.add(new FieldError("defaultLanguage", "Choose zh-CN or en."));
        }
        if (!validZone(request.timeZone() == null ? "" : request.timeZone().strip())) {
            errors.add(new FieldError("timeZone", TimeZoneNames.INVALID));
        }
        return errors;
    }

    /** Suspends an active tenant (suspending a suspended one is a conflict: nothing changes). */
    @Transactional
    public Tenant suspend(UUID id) {
        require(id);
        int changed = jdbc.sql("update ten_tenant set suspended_at = ? where id = ? and suspended_at is null")
                .params(Timestamp.from(Instant.now()), id)
                .update();
        if (changed == 0) {
            throw new ConflictException("This tenant is suspended already.");
        }
        events.publishEvent(new TenantSuspended(id));
        return find(id).orElseThrow();
    }

    /** Resumes a suspended tenant (resuming an active one is a conflict: nothing changes). */
    @Transactional
    public Tenant resume(UUID id) {
        require(id);
        int changed = jdbc.sql("update ten_tenant set suspended_at = null where id = ? and suspended_at is not null")
                .param(id)
                .update();
        if (changed == 0) {
            throw new ConflictException("This tenant is active; there is nothing to resume.");
        }
        events.publishEvent(new TenantResumed(id));
        return find(id).orElseThrow();
    }

    private void require(UUID id) {
        // locks the row: a suspend and a resume at the same moment run one after the other
        jdbc.sql("select id from ten_tenant where id = ? for update")
                .param(id)
                .query(UUID.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("Tenant"));
    }

    static boolean validZone(String zone) {
        return TimeZoneNames.valid(zone);
    }

    /**
     * Sets the tenant's time zone (an IANA id, {@link TimeZoneNames}); a zone that is not one is a
     * field error on {@code timeZone} and changes nothing. Due days set from now on end at the end
     * of the day in the new zone; instants already stored (due dates of open tasks) keep their
     * moment. Who may call it is the caller's decision (identity lets tenant admins).
     *
     * @return the tenant before and after the change
     */
    @Transactional
    public Changed changeTimeZone(UUID id, String timeZone) {
        String zone = timeZone == null ? "" : timeZone.strip();
        if (!TimeZoneNames.valid(zone)) {
            throw InvalidInputException.field("timeZone", TimeZoneNames.INVALID);
        }
        require(id);
        Tenant before = find(id).orElseThrow();
        jdbc.sql("update ten_tenant set time_zone = ? where id = ?")
                .params(zone, id)
                .update();
        return new Changed(before, find(id).orElseThrow());
    }

    /** A tenant before and after a change of its settings. */
    public record Changed(Tenant before, Tenant after) {}

    /**
     * A tenant to create.
     *
     * @param slug its short name: lower-case letters, digits and hyphens, unique
     * @param defaultLanguage {@code zh-CN} or {@code en}
     * @param timeZone an IANA time-zone id such as {@code Asia/Shanghai}
     */
    public record NewTenant(String name, String slug, String defaultLanguage, String timeZone) {}
}
