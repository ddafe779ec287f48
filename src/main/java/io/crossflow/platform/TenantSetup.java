package io.crossflow.platform;

import io.crossflow.identity.Organisation;
import io.crossflow.identity.OrganisationKind;
import io.crossflow.identity.Organisations;
import io.crossflow.tenancy.Tenant;
import io.crossflow.tenancy.Tenants;
import io.crossflow.tenancy.Tenants.NewTenant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Founds a tenant: the tenant (its processes deploy on {@link io.crossflow.tenancy.TenantCreated})
 * and its host organisation, named after it. The one way a tenant comes to exist: the operators'
 * screen, the bootstrap and the demo seed all go through here.
 */
@Service
public class TenantSetup {

    private final Tenants tenants;
    private final Organisations organisations;

    TenantSetup(Tenants tenants, Organisations organisations) {
        this.tenants = tenants;
        this.organisations = organisations;
    }

    /** Creates the tenant and its host organisation together; bad input creates neither. */
    @Transactional
    public Founded found(NewTenant request) {
        Tenant tenant = tenants.create(request);
        Organisation host = organisations.create(tenant.id(), tenant.name(), OrganisationKind.HOST);
        return new Founded(tenant, host);
    }

    /** A new tenant and its host organisation. */
    public record Founded(Tenant tenant, Organisation host) {}
}
