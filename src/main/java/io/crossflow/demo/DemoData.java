package io.crossflow.demo;

import io.crossflow.automation.AutomationRules;
import io.crossflow.automation.Condition;
import io.crossflow.automation.RuleAction;
import io.crossflow.identity.Capability;
import io.crossflow.identity.CurrentUser;
import io.crossflow.identity.Organisation;
import io.crossflow.identity.OrganisationKind;
import io.crossflow.identity.Organisations;
import io.crossflow.identity.Users;
import io.crossflow.platform.TenantSetup;
import io.crossflow.platform.TenantSetup.Founded;
import io.crossflow.project.Dependencies;
import io.crossflow.project.ParticipantRole;
import io.crossflow.project.Project;
import io.crossflow.project.ProjectAccess;
import io.crossflow.project.ProjectRole;
import io.crossflow.project.Projects;
import io.crossflow.project.Standing;
import io.crossflow.project.WorkItem;
import io.crossflow.project.WorkItems;
import io.crossflow.tenancy.TenancyProperties;
import io.crossflow.tenancy.Tenant;
import io.crossflow.tenancy.Tenants;
import io.crossflow.tenancy.Tenants.NewTenant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
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
    private final TenantSetup setup;
    private final Organisations organisations;
    private final Users users;
    private final Projects projects;
    private final ProjectAccess access;
    private final WorkItems workItems;
    private final AutomationRules rules;
    private final Dependencies dependencies;

    DemoData(
            TenancyProperties settings,
            Tenants tenants,
            TenantSetup setup,
            Organisations organisations,
            Users users,
            Projects projects,
            ProjectAccess access,
            WorkItems workItems,
            AutomationRules rules,
            Dependencies dependencies) {
        this.dependencies = dependencies;
        this.settings = settings;
        this.tenants = tenants;
        this.setup = setup;
        this.organisations = organisations;
        this.users = users;
        this.projects = projects;
        this.access = access;
        this.workItems = workItems;
        this.rules = rules;
    }

    @Order(10)
    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void seed() {
        if (!settings.demoData() || tenants.findBySlug("demo").isPresent()) {
            return;
        }
        Founded demoFounded = setup.found(new NewTenant("Demo Manufacturing", "demo", "en", "Asia/Shanghai"));
        Tenant demo = demoFounded.tenant();
        Organisation host = demoFounded.host();
        Organisation supplierA = organisations.create(demo.id(), "Precision Parts Ltd", OrganisationKind.PARTNER);
        Organisation supplierB = organisations.create(demo.id(), "Rapid Castings Co", OrganisationKind.PARTNER);
        Organisation customer = organisations.create(demo.id(), "Northwind Motors", OrganisationKind.CUSTOMER);

        UUID admin = user(
                demo,
                host,
                "admin",
                "Ada Admin",
                "en",
                EnumSet.of(Capability.TENANT_ADMIN, Capability.DESIGNER, Capability.MEMBER));
        user(demo, host, "operator", "Otto Operator", "en", EnumSet.of(Capability.PLATFORM_OPERATOR));
        UUID pm = user(demo, host, "pm", "王经理 (Wang Li)", "zh-CN", EnumSet.of(Capability.MANAGER, Capability.MEMBER));
        UUID engineer = user(demo, host, "engineer", "Erik Engineer", "en", EnumSet.of(Capability.MEMBER));
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

        Founded otherFounded = setup.found(new NewTenant("Other Co", "other", "en", "Europe/Berlin"));
        Tenant other = otherFounded.tenant();
        Organisation otherHost = otherFounded.host();
        UUID otherPm = user(
                other, otherHost, "other-pm", "Olga Other", "en", EnumSet.of(Capability.MANAGER, Capability.MEMBER));
        LocalDate today = LocalDate.now();
        Standing gearbox = project(pm, "Gearbox Housing Line", "New gearbox housing line for Northwind Motors", today);
        projects.addParticipant(gearbox, supplierA.id(), ParticipantRole.SUPPLIER);
        projects.addParticipant(gearbox, supplierB.id(), ParticipantRole.SUPPLIER);
        projects.addParticipant(gearbox, customer.id(), ParticipantRole.CUSTOMER);
        projects.addMember(gearbox, engineer, ProjectRole.MEMBER);
        projects.addMember(gearbox, admin, ProjectRole.MEMBER);
        WorkItem review = item(gearbox, "Design review of housing drawings", null, today, today.plusDays(7), false);
        WorkItem housings = item(
                gearbox, "Machined housings, batch 1", supplierA.id(), today.plusDays(8), today.plusDays(21), false);
        dependencies.add(gearbox.user(), housings.id(), review.id());
        item(gearbox, "Aluminium castings, batch 1", supplierB.id(), today.plusDays(1), today.plusDays(14), false);
        item(gearbox, "Prototype delivered to customer", null, today.plusDays(28), today.plusDays(28), true);
        rules.create(
                gearbox,
                new AutomationRules.NewRule(
                        "Tell the next assignee when a work item is done",
                        "WORK_ITEM_STATUS_CHANGED",
                        List.of(new Condition("status", "==", "DONE")),
                        RuleAction.notify(List.of("SUCCESSOR_ASSIGNEES"))));

        Standing retrofit = project(otherPm, "Warehouse Retrofit", "Racking and conveyor retrofit", today);
        item(retrofit, "Conveyor layout", null, today, today.plusDays(10), false);
        log.info("Seeded the demo tenants; every demo user's password is '{}'", PASSWORD);
    }

    private Standing project(UUID managerId, String name, String description, LocalDate start) {
        CurrentUser manager = users.currentUser(managerId).orElseThrow();
        Project project =
                projects.create(manager, new Projects.NewProject(null, name, description, start, start.plusDays(60)));
        return access.standing(manager, project.id());
    }

    private WorkItem item(
            Standing standing, String title, UUID organisation, LocalDate start, LocalDate end, boolean milestone) {
        return workItems.create(
                standing, new WorkItems.NewWorkItem(title, null, null, organisation, start, end, null, milestone));
    }

    private UUID user(
            Tenant tenant,
            Organisation organisation,
            String username,
            String name,
            String language,
            Set<Capability> caps) {
        return users.create(new Users.NewUser(
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
