package io.crossflow.identity.web;

import io.crossflow.identity.CurrentUsers;
import io.crossflow.identity.internal.TenantSettings;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The tenant admin's settings of its own tenant (docs/administration.md). */
@RestController
class TenantSettingsController {

    private final TenantSettings settings;

    TenantSettingsController(TenantSettings settings) {
        this.settings = settings;
    }

    @GetMapping("/api/admin/tenant-settings")
    TenantSettings.Settings settings() {
        return settings.of(CurrentUsers.require());
    }

    @PutMapping("/api/admin/tenant-settings")
    TenantSettings.Settings update(@RequestBody TenantSettings.Change change) {
        return settings.update(CurrentUsers.require(), change);
    }
}
