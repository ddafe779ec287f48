package io.crossflow.platform.internal;

import io.crossflow.identity.Capability;
import io.crossflow.identity.CurrentUser;
import io.crossflow.identity.TenantOnboarding;
import io.crossflow.identity.TenantOnboarding.FirstAdminInvitation;
import io.crossflow.identity.TenantOnboarding.Headcount;
import io.crossflow.platform.TenantSetup;
import io.crossflow.platform.TenantSetup.Founded;
import io.crossflow.shared.ConflictException;
import io.crossflow.shared.ForbiddenException;
import io.crossflow.shared.InvalidInputException;
import io.crossflow.shared.InvalidInputException.FieldError;
import io.crossflow.shared.NotFoundException;
import io.crossflow.tenancy.Tenant;
import io.crossflow.tenancy.Tenants;
import io.crossflow.tenancy.Tenants.NewTenant;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The platform operators' tenants (docs/administration.md, "Platform operators"): found one with
 * its first admin's invitation, list them with their head counts, suspend and resume them. An
 * operator acts across tenants here, and only here: what it sees of a tenant is its name, settings,
 * state and counts, never its projects, documents or tasks.
 */
@Service
public class PlatformTenants {

    static final String OPERATORS_ONLY = "Only platform operators can manage tenants.";
    static final String NOT_OWN =
            "You cannot suspend your own tenant: you and the other operators of it would be signed out.";

    private final Tenants tenants;
    private final TenantSetup setup;
    private final TenantOnboarding onboarding;

    PlatformTenants(Tenants tenants, TenantSetup setup, TenantOnboarding onboarding) {
        this.tenants = tenants;
        this.setup = setup;
        this.onboarding = onboarding;
    }

    @Transactional(readOnly = true)
    public List<TenantView> list(CurrentUser caller) {
        requireOperator(caller);
        Map<UUID, Headcount> counts = onboarding.headcounts();
        return tenants.all().stream()
                .map(tenant -> view(tenant, counts, null))
                .sorted(Comparator.comparing(TenantView::createdAt).reversed())
                .toList();
    }

    @Transactional(readOnly = true)
    public TenantView get(CurrentUser caller, UUID id) {
        requireOperator(caller);
        return view(find(id), onboarding.headcounts(), null);
    }

    /**
     * Founds a tenant with its host organisation and invites its first admin, all or nothing: bad
     * input (every field named) creates no tenant and sends no mail.
     */
    @Transactional
    public TenantView create(CurrentUser caller, CreateTenant request) {
        requireOperator(caller);
        NewTenant tenant = new NewTenant(request.name(), request.slug(), request.defaultLanguage(), request.timeZone());
        // everything is checked before anything is written: a refused request deploys no processes
        List<FieldError> errors = new ArrayList<>(tenants.problems(tenant));
        onboarding.checkFirstAdminEmail(request.adminEmail(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(
                    errors.size() == 1
                            ? "Please correct the highlighted field."
                            : "Please correct the highlighted fields.",
                    errors);
        }
        Founded founded = setup.found(tenant);
        FirstAdminInvitation invitation = onboarding.inviteFirstAdmin(
                caller,
                founded.tenant().id(),
                founded.host().id(),
                request.adminEmail(),
                founded.tenant().defaultLanguage());
        return view(founded.tenant(), onboarding.headcounts(), invitation);
    }

    /** Suspends a tenant: its users are signed out at their next request, its timers and outbox pause. */
    @Transactional
    public TenantView suspend(CurrentUser caller, UUID id) {
        requireOperator(caller);
        find(id);
        if (caller.tenantId().equals(id)) {
            throw new ConflictException(NOT_OWN);
        }
        return view(tenants.suspend(id), onboarding.headcounts(), null);
    }

    /** Resumes a suspended tenant: sign-in works again and what was paused runs on. */
    @Transactional
    public TenantView resume(CurrentUser caller, UUID id) {
        requireOperator(caller);
        find(id);
        return view(tenants.resume(id), onboarding.headcounts(), null);
    }

    static void requireOperator(CurrentUser caller) {
        if (!caller.has(Capability.PLATFORM_OPERATOR)) {
            throw new ForbiddenException(OPERATORS_ONLY);
        }
    }

    private Tenant find(UUID id) {
        return tenants.find(id).orElseThrow(() -> new NotFoundException("Tenant"));
    }

    private static TenantView view(Tenant tenant, Map<UUID, Headcount> counts, FirstAdminInvitation invitation) {
        Headcount count = counts.getOrDefault(tenant.id(), new Headcount(0, 0));
        return new TenantView(
                tenant.id(),
                tenant.name(),
                tenant.slug(),
                tenant.defaultLanguage(),
                tenant.timeZone(),
                tenant.suspended() ? "SUSPENDED" : "ACTIVE",
                tenant.createdAt(),
                tenant.suspendedAt(),
                count.users(),
                count.organisations(),
                invitation);
    }

    /** What an operator enters to found a tenant. */
    public record CreateTenant(String name, String slug, String defaultLanguage, String timeZone, String adminEmail) {}

    /**
     * A tenant as the operators' screen shows it; {@code state} ACTIVE or SUSPENDED. {@code
     * firstAdminInvitation} only in the answer to creating it.
     */
    public record TenantView(
            UUID id,
            String name,
            String slug,
            String defaultLanguage,
            String timeZone,
            String state,
            Instant createdAt,
            Instant suspendedAt,
            long users,
            long organisations,
            FirstAdminInvitation firstAdminInvitation) {}
}
