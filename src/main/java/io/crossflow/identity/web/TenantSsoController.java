package io.crossflow.identity.web;

import io.crossflow.identity.CurrentUsers;
import io.crossflow.identity.internal.TenantSsoAdministration;
import io.crossflow.identity.internal.TenantSsoAdministration.SsoSettingsRequest;
import io.crossflow.identity.internal.TenantSsoAdministration.SsoSettingsView;
import io.crossflow.identity.internal.TenantSsoDiscovery;
import io.crossflow.identity.internal.TenantSsoDiscovery.SsoOffer;
import io.crossflow.shared.InvalidInputException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A tenant's single sign-on: its admins' settings, and the sign-in page's anonymous question where to go. */
@RestController
class TenantSsoController {

    private final TenantSsoAdministration administration;
    private final TenantSsoDiscovery discovery;

    TenantSsoController(TenantSsoAdministration administration, TenantSsoDiscovery discovery) {
        this.administration = administration;
        this.discovery = discovery;
    }

    @GetMapping("/api/admin/sso")
    SsoSettingsView get() {
        return administration.get(CurrentUsers.require());
    }

    @PutMapping("/api/admin/sso")
    SsoSettingsView save(@RequestBody SsoSettingsRequest request) {
        return administration.save(CurrentUsers.require(), request);
    }

    /** By {@code email} (its domain) or by {@code tenant} (its slug, from a tenant's own sign-in address). */
    @GetMapping("/api/sso/discover")
    SsoOffer discover(@RequestParam(required = false) String email, @RequestParam(required = false) String tenant) {
        if (email != null && !email.isBlank()) {
            return discovery.forEmail(email);
        }
        if (tenant != null && !tenant.isBlank()) {
            return discovery.forTenant(tenant);
        }
        throw InvalidInputException.field("email", "Enter an e-mail address.");
    }
}
