package io.crossflow.identity.web;

import io.crossflow.identity.Capability;
import io.crossflow.identity.CurrentUser;
import io.crossflow.identity.CurrentUsers;
import io.crossflow.identity.Organisation;
import io.crossflow.identity.Organisations;
import io.crossflow.tenancy.Tenant;
import io.crossflow.tenancy.Tenants;
import java.util.Set;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/me")
class MeController {

    private final Tenants tenants;
    private final Organisations organisations;

    MeController(Tenants tenants, Organisations organisations) {
        this.tenants = tenants;
        this.organisations = organisations;
    }

    @GetMapping
    Me me() {
        CurrentUser user = CurrentUsers.require();
        Tenant tenant = tenants.find(user.tenantId()).orElseThrow();
        Organisation organisation =
                organisations.find(user.tenantId(), user.organisationId()).orElseThrow();
        return new Me(
                user.id(),
                user.username(),
                user.displayName(),
                user.language(),
                user.capabilities(),
                new Ref(tenant.id(), tenant.name()),
                new OrganisationRef(
                        organisation.id(),
                        organisation.name(),
                        organisation.kind().name()));
    }

    record Me(
            UUID id,
            String username,
            String displayName,
            String language,
            Set<Capability> capabilities,
            Ref tenant,
            OrganisationRef organisation) {}

    record Ref(UUID id, String name) {}

    record OrganisationRef(UUID id, String name, String kind) {}
}
