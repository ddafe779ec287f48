package io.crossflow.identity;

import io.crossflow.tenancy.Tenants;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Which time zone a date is a day of. Two zones, never mixed up (docs/inbox.md, "Time zones"):
 *
 * <ul>
 *   <li>the <b>tenant's</b> ({@link #tenant}): a date-only due date (a work item's planned end, a
 *       hand-off's due day) ends at the end of that day there;
 *   <li>the <b>reader's</b> ({@link #reader}): its own zone, or its tenant's while it has chosen
 *       none; it says what "today" means to the reader (due today, overdue, a date filter) and in
 *       which zone the web app shows instants.
 * </ul>
 */
@Service
public class TimeZones {

    private final JdbcClient jdbc;
    private final Tenants tenants;

    TimeZones(JdbcClient jdbc, Tenants tenants) {
        this.jdbc = jdbc;
        this.tenants = tenants;
    }

    /** The zone the tenant's dates are days of (UTC for an unknown tenant). */
    public ZoneId tenant(UUID tenantId) {
        return tenants.zone(tenantId);
    }

    /** The reader's zone: its own choice, else its tenant's. */
    public ZoneId reader(CurrentUser user) {
        return own(user.id()).orElseGet(() -> tenant(user.tenantId()));
    }

    /** The zone the user chose itself; empty while it follows its tenant's. */
    public Optional<ZoneId> own(UUID userId) {
        return jdbc.sql("select time_zone from idn_user where id = ?")
                .param(userId)
                .query((rs, i) -> Optional.ofNullable(rs.getString(1)))
                .optional()
                .flatMap(zone -> zone)
                .flatMap(TimeZones::parse);
    }

    private static Optional<ZoneId> parse(String zone) {
        try {
            return Optional.of(ZoneId.of(zone));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
