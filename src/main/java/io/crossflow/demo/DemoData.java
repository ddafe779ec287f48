package io.crossflow.demo;

import io.crossflow.identity.Capability;
import io.crossflow.identity.Organisation;
import io.crossflow.identity.OrganisationKind;
import io.crossflow.identity.Organisations;
import io.crossflow.identity.Users;
import io.crossflow.tenancy.TenancyProperties;
import io.crossflow.tenancy.Tenant;
import io.crossflow.tenancy.Tenants;
import java.util.EnumSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seeds the README's demo: tenant "Demo Manufacturing" with a user for every role, and tenant
 * "Other Co". Runs once; a database that already has the demo tenant is left alone. Every demo
 * user's password is {@value #PASSWORD}.
 */
@Component
@Profile("!prod")
class DemoData {

    static final String PASSWORD = "demo";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final TenancyProperties settings;
    private final Tenants tenants;
    private final Organisations organisations;
    private final Users users;

    DemoData(TenancyProperties settings, Tenants tenants, Organisations organisations, Users users) {
        this.settings = settings;
        this.tenants = tenants;
        this.organisations = organisations;
        this.users = users;
    }

    @Order(10)
    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void seed() {
        if (!settings.demoData() || tenants.findBySlug("demo").isPresent()) {
            return;
        }
        Tenant demo = tenants.create("demo", "Demo Manufacturing");
        Organisation host = organisations.create(demo.id(), "Demo Manufacturing", OrganisationKind.HOST);
        Organisation supplierA = organisations.create(demo.id(), "Precision Parts Ltd", OrganisationKind.PARTNER);
        Organisation supplierB = organisations.create(demo.id(), "Rapid Castings Co", OrganisationKind.PARTNER);
        Organisation customer = organisations.create(demo.id(), "Northwind Motors", OrganisationKind.CUSTOMER);

        user(
                demo,
                host,
                "admin",
                "Ada Admin",
                "en",
                EnumSet.of(Capability.TENANT_ADMIN, Capability.DESIGNER, Capability.MEMBER));
        user(demo, host, "operator", "Otto Operator", "en", EnumSet.of(Capability.PLATFORM_OPERATOR));
        user(demo, host, "pm", "王经理 (Wang Li)", "zh-CN", EnumSet.of(Capability.MANAGER, Capability.MEMBER));
        user(demo, host, "engineer", "Erik Engineer", "en", EnumSet.of(Capability.MEMBER));
        user(
                demo,
                supplierA,
                "supplier-a",
                "Sam Supplier A",
                "en",
                EnumSet.of(Capability.PARTNER_MANAGER, Capability.PARTNER_MEMBER));
        user(
                demo,
                supplierB,
                "supplier-b",
                "Sara Supplier B",
                "en",
                EnumSet.of(Capability.PARTNER_MANAGER, Capability.PARTNER_MEMBER));
        user(demo, customer, "customer", "Chen Customer", "zh-CN", EnumSet.of(Capability.CUSTOMER_VIEWER));

        Tenant other = tenants.create("other", "Other Co");
        Organisation otherHost = organisations.create(other.id(), "Other Co", OrganisationKind.HOST);
        user(other, otherHost, "other-pm", "Olga Other", "en", EnumSet.of(Capability.MANAGER, Capability.MEMBER));
        log.info("Seeded the demo tenants; every demo user's password is '{}'", PASSWORD);
    }

    private void user(
            Tenant tenant,
            Organisation organisation,
            String username,
            String name,
            String language,
            Set<Capability> caps) {
        users.create(new Users.NewUser(
                tenant.id(),
                organisation.id(),
                username,
                username + "@" + tenant.slug() + ".example",
                name,
                PASSWORD,
                language,
                caps,
                false));
    }
}
