package io.crossflow.identity.internal;

import io.crossflow.identity.AdministrativeChange;
import io.crossflow.identity.Capability;
import io.crossflow.identity.CurrentUser;
import io.crossflow.shared.ForbiddenException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A tenant admin's sign-in rule ({@code idn_sign_in_policy}): whether the people of partner and
 * customer organisations must use two-factor sign-in. Those who have none are led to enrol right
 * after their password and can do nothing else until they have (docs/identity.md).
 */
@Service
public class SignInPolicy {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    SignInPolicy(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** The tenant's setting, for its admins. */
    @Transactional(readOnly = true)
    public Settings settings(CurrentUser caller) {
        requireAdmin(caller);
        return new Settings(totpRequiredForExternal(caller.tenantId()));
    }

    @Transactional
    public Settings update(CurrentUser caller, Settings settings) {
        requireAdmin(caller);
        boolean before = totpRequiredForExternal(caller.tenantId());
        jdbc.sql("""
                        insert into idn_sign_in_policy (tenant_id, totp_required_for_external, updated_at, updated_by)
                        values (:tenant, :required, :now, :by)
                        on conflict (tenant_id) do update set
                          totp_required_for_external = :required, updated_at = :now, updated_by = :by
                        """)
                .param("tenant", caller.tenantId())
                .param("required", settings.totpRequiredForExternal())
                .param("now", Timestamp.from(Instant.now()))
                .param("by", caller.id())
                .update();
        if (before != settings.totpRequiredForExternal()) {
            events.publishEvent(AdministrativeChange.by(
                    caller,
                    "SIGN_IN_POLICY",
                    caller.tenantId(),
                    "UPDATED",
                    Map.of(
                            "totpRequiredForExternal",
                            new AdministrativeChange.Change(before, settings.totpRequiredForExternal()))));
        }
        return settings;
    }

    /** Whether this user must sign in with a second factor: an external user of a tenant that says so. */
    boolean requiresTotp(CurrentUser user) {
        return !user.internal() && !user.serviceAccount() && totpRequiredForExternal(user.tenantId());
    }

    private boolean totpRequiredForExternal(UUID tenantId) {
        return jdbc.sql("select totp_required_for_external from idn_sign_in_policy where tenant_id = ?")
                .param(tenantId)
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    private static void requireAdmin(CurrentUser caller) {
        if (!caller.has(Capability.TENANT_ADMIN)) {
            throw new ForbiddenException("Only tenant admins change the sign-in policy.");
        }
    }

    /** @param totpRequiredForExternal partner and customer users must use two-factor sign-in */
    public record Settings(boolean totpRequiredForExternal) {}
}
