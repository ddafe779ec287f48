package io.crossflow.identity.internal;

import io.crossflow.identity.AdministrativeChange;
import io.crossflow.identity.CurrentUser;
import io.crossflow.identity.TimeZones;
import io.crossflow.shared.InvalidInputException;
import io.crossflow.shared.InvalidInputException.FieldError;
import io.crossflow.shared.NotFoundException;
import io.crossflow.shared.TimeZoneNames;
import io.crossflow.shared.UserText;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's own profile (docs/identity.md, "Profile"): display name, language and time zone, read
 * from the database rather than from the session's snapshot, so a change shows at once. Every
 * signed-in user edits its own, and only its own; a change is recorded as an
 * {@link AdministrativeChange} of the user with the user as actor.
 */
@Service
public class Profiles {

    static final int MAX_DISPLAY_NAME = 120;

    private final JdbcClient jdbc;
    private final TimeZones zones;
    private final ApplicationEventPublisher events;

    Profiles(JdbcClient jdbc, TimeZones zones, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.zones = zones;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public Profile of(CurrentUser user) {
        Stored stored = stored(user.id());
        ZoneId tenantZone = zones.tenant(user.tenantId());
        String own = stored.timeZone() != null && TimeZoneNames.valid(stored.timeZone()) ? stored.timeZone() : null;
        return new Profile(
                stored.displayName(),
                stored.language(),
                own,
                own != null ? own : tenantZone.getId(),
                tenantZone.getId());
    }

    /**
     * Changes the fields the request names (null: unchanged; {@code timeZone: ""} goes back to the
     * tenant's zone). Bad input answers one field error per field and changes nothing.
     */
    @Transactional
    public Profile update(CurrentUser user, ProfileChange change) {
        Stored before = stored(user.id());
        List<FieldError> errors = new ArrayList<>();
        String displayName = before.displayName();
        if (change.displayName() != null) {
            try {
                displayName = UserText.name("displayName", change.displayName(), MAX_DISPLAY_NAME);
                if (displayName.isEmpty()) {
                    errors.add(new FieldError("displayName", "Enter the name others see."));
                }
            } catch (InvalidInputException e) {
                errors.addAll(e.fieldErrors());
            }
        }
        String language = change.language() == null
                ? before.language()
                : change.language().strip();
        if (change.language() != null && !language.equals("en") && !language.equals("zh-CN")) {
            errors.add(new FieldError("language", "Choose English (en) or Chinese (zh-CN)."));
        }
        String timeZone = before.timeZone();
        if (change.timeZone() != null) {
            timeZone = change.timeZone().isBlank() ? null : change.timeZone().strip();
            if (timeZone != null && !TimeZoneNames.valid(timeZone)) {
                errors.add(new FieldError("timeZone", TimeZoneNames.INVALID));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(
                    errors.size() == 1
                            ? "Please correct the highlighted field."
                            : "Please correct the highlighted fields.",
                    errors);
        }
        jdbc.sql("update idn_user set display_name = ?, language = ?, time_zone = ? where id = ? and tenant_id = ?")
                .params(displayName, language, timeZone, user.id(), user.tenantId())
                .update();
        Map<String, Object> from = new LinkedHashMap<>();
        from.put("displayName", before.displayName());
        from.put("language", before.language());
        from.put("timeZone", before.timeZone());
        Map<String, Object> to = new LinkedHashMap<>();
        to.put("displayName", displayName);
        to.put("language", language);
        to.put("timeZone", timeZone);
        Map<String, AdministrativeChange.Change> changes = AdministrativeChange.diff(from, to);
        if (!changes.isEmpty()) {
            events.publishEvent(AdministrativeChange.by(user, "USER", user.id(), "UPDATED", changes));
        }
        return of(user);
    }

    private Stored stored(UUID userId) {
        return jdbc.sql("select display_name, language, time_zone from idn_user where id = ?")
                .param(userId)
                .query((rs, i) -> new Stored(rs.getString(1), rs.getString(2), rs.getString(3)))
                .optional()
                .orElseThrow(() -> new NotFoundException("User"));
    }

    private record Stored(String displayName, String language, String timeZone) {}

    /**
     * What a person sees of its own profile.
     *
     * @param ownTimeZone the zone it chose; null while it follows its tenant's
     * @param timeZone the zone its dates are shown in and its "today" is a day of
     * @param tenantTimeZone its tenant's zone: the one date-only due dates end in
     */
    public record Profile(
            String displayName, String language, String ownTimeZone, String timeZone, String tenantTimeZone) {}

    /** A change of the own profile; null fields stay as they are, {@code timeZone: ""} follows the tenant. */
    public record ProfileChange(String displayName, String language, String timeZone) {}
}
