package io.crossflow.platform.web;

import io.crossflow.identity.CurrentUsers;
import io.crossflow.platform.internal.PlatformTenants;
import io.crossflow.platform.internal.PlatformTenants.CreateTenant;
import io.crossflow.platform.internal.PlatformTenants.TenantView;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Platform operators' tenants (docs/administration.md, "Platform operators"). */
@RestController
class PlatformTenantController {

    private final PlatformTenants tenants;

    PlatformTenantController(PlatformTenants tenants) {
        this.tenants = tenants;
    }

    @GetMapping("/api/platform/tenants")
    List<TenantView> list() {
        return tenants.list(CurrentUsers.require());
    }

    @PostMapping("/api/platform/tenants")
    @ResponseStatus(HttpStatus.CREATED)
    TenantView create(@RequestBody CreateTenant request) {
        return tenants.create(CurrentUsers.require(), request);
    }

    @GetMapping("/api/platform/tenants/{id}")
    TenantView get(@PathVariable UUID id) {
        return tenants.get(CurrentUsers.require(), id);
    }

    @PostMapping("/api/platform/tenants/{id}/suspend")
    TenantView suspend(@PathVariable UUID id) {
        return tenants.suspend(CurrentUsers.require(), id);
    }

    @PostMapping("/api/platform/tenants/{id}/resume")
    TenantView resume(@PathVariable UUID id) {
        return tenants.resume(CurrentUsers.require(), id);
    }
}
