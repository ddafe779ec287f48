package io.crossflow.identity.internal;

import io.crossflow.identity.AdministrativeChange;
import io.crossflow.identity.Capability;
import io.crossflow.identity.CurrentUser;
import io.crossflow.shared.ForbiddenException;
import io.crossflow.tenancy.Tenant;
import io.crossflow.tenancy.Tenants;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A tenant admin's settings of its own tenant (docs/administration.md, "Tenant settings"): today
 * its time zone, the zone its date-only due dates end in and the default of its people's zone.
 * The tenant's row belongs to the tenancy module; this is the admin's door to it, audited.
 */
@Service
public class TenantSettings {

    private final Tenants tenants;
    private final ApplicationEventPublisher events;

    TenantSettings(Tenants tenants, ApplicationEventPublisher events) {
        this.tenants = tenants;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public Settings of(CurrentUser caller) {
        requireAdmin(caller);
        return Settings.of(tenants.find(caller.tenantId()).orElseThrow());
    }

    /** Sets the time zone; not an IANA id: a field error on {@code timeZone}, nothing changed. */
    @Transactional
    public Settings update(CurrentUser caller, Change change) {
        requireAdmin(caller);
        Tenants.Changed changed = tenants.changeTimeZone(caller.tenantId(), change.timeZone());
        if (!changed.before().timeZone().equals(changed.after().timeZone())) {
            events.publishEvent(AdministrativeChange.by(
                    caller,
                    "TENANT",
                    caller.tenantId(),
                    "UPDATED",
                    Map.of(
                            "timeZone",
                            new AdministrativeChange.Change(
                                    changed.before().timeZone(), changed.after().timeZone()))));
        }
        return Settings.of(changed.after());
    }

    private static void requireAdmin(CurrentUser caller) {
        if (!caller.has(Capability.TENANT_ADMIN)) {
            throw new ForbiddenException("Only tenant admins change the tenant's settings.");
        }
    }

    /** What an admin sees of its tenant; only {@code timeZone} is changed here. */
    public record Settings(String name, String slug, String defaultLanguage, String timeZone) {
        static Settings of(Tenant tenant) {
            return new Settings(tenant.name(), tenant.slug(), tenant.defaultLanguage(), tenant.timeZone());
        }
    }

    /** @param timeZone an IANA id such as {@code Asia/Shanghai} */
    public record Change(String timeZone) {}
}
