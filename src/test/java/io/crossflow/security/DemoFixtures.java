package io.crossflow.security;

import io.crossflow.testing.Api;
import io.crossflow.testing.TestClients;
import io.crossflow.testing.TokenFixture;
import io.crossflow.workflow.ProcessModelFixture;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Ids of the seeded demo objects the access matrix talks about, looked up by their demo names,
 * and fresh objects created through the API for calls that change state.
 */
final class DemoFixtures {

    private static final Map<String, UUID> SEEDED_ITEMS = new ConcurrentHashMap<>();
    private static final Map<String, UUID> ORDERS = new ConcurrentHashMap<>();
    private static final Map<String, UUID> TICKETS = new ConcurrentHashMap<>();
    private static final Map<String, UUID> PAGES = new ConcurrentHashMap<>();

    private final JdbcClient jdbc;
    private final TestClients clients;

    DemoFixtures(JdbcClient jdbc, TestClients clients) {
        this.jdbc = jdbc;
        this.clients = clients;
    }

    UUID demoProject() {
        return id(
                "select p.id from prj_project p join ten_tenant t on t.id = p.tenant_id where t.slug = 'demo' and p.name = 'Gearbox Housing Line'");
    }

    UUID otherProject() {
        return id(
                "select p.id from prj_project p join ten_tenant t on t.id = p.tenant_id where t.slug = 'other' and p.name = 'Warehouse Retrofit'");
    }

    UUID organisation(String name) {
        return jdbc.sql("select id from idn_organisation where name = ?")
                .param(name)
                .query(UUID.class)
                .single();
    }

    UUID user(String username) {
        return jdbc.sql("select id from idn_user where username = ?")
                .param(username)
                .query(UUID.class)
                .single();
    }

    /** A seeded work item by its seeded title; remembered, since matrix rows may rename it. */
    UUID workItem(String title) {
        return SEEDED_ITEMS.computeIfAbsent(
                title,
                t -> jdbc.sql("select id from prj_work_item where title = ? order by created_at limit 1")
                        .param(t)
                        .query(UUID.class)
                        .single());
    }

    int version(UUID workItemId) {
        return jdbc.sql("select version from prj_work_item where id = ?")
                .param(workItemId)
                .query(Integer.class)
                .single();
    }

    /** The own (HOST) organisation of tenant Other Co. */
    UUID otherTenantsOrganisation() {
        return id(
                "select o.id from idn_organisation o join ten_tenant t on t.id = o.tenant_id where t.slug = 'other' and o.kind = 'HOST'");
    }

    /** other-pm, a user of tenant Other Co. */
    UUID otherTenantsUser() {
        return id("select id from idn_user where username = 'other-pm'");
    }

    UUID supplierA() {
        return organisation("Precision Parts Ltd");
    }

    UUID supplierB() {
        return organisation("Rapid Castings Co");
    }

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    /**
     * The demo user's own API token of this scope, asked for once through the API; for a user the
     * token policy refuses the scope, one written to the database as issued before the policy, so
     * the matrix shows what such a token can still do (nothing).
     */
    String token(String username, String scope) {
        return TOKENS.computeIfAbsent(username + ":" + scope, k -> {
            TokenFixture tokens = new TokenFixture(jdbc, clients);
            Api.Response asked = tokens.ask(username, scope);
            if (asked.status() == 201) {
                return asked.json().path("token").asText();
            }
            expect(asked, 403);
            return tokens.issuedBeforeThePolicy(username, scope);
        });
    }

    /** The token of this scope a tenant admin issued to a new internal service user of the demo tenant. */
    String serviceUserToken(String scope) {
        return TOKENS.computeIfAbsent(
                "service-user:" + scope, k -> new TokenFixture(jdbc, clients).demoServiceUser(scope));
    }

    /**
     * The number of an order of the demo project with this supplier for a work item of its own,
     * placed once by the project manager: shortage rows block only matrix items.
     */
    String shortageOrder(UUID supplier) {
        return SHORTAGE_ORDERS.computeIfAbsent(supplier, s -> {
            var item = clients.as("pm")
                    .post(
                            "/api/projects/" + demoProject() + "/work-items",
                            Map.of(
                                    "title",
                                    "Matrix shortage item " + UUID.randomUUID(),
                                    "assigneeOrganisationId",
                                    s,
                                    "plannedEnd",
                                    LocalDate.now().plusDays(14).toString()));
            expect(item, 201);
            var order = clients.as("pm")
                    .post(
                            "/api/projects/" + demoProject() + "/supplier-orders",
                            Map.of(
                                    "supplierOrganisationId",
                                    s,
                                    "title",
                                    "Matrix shortage order",
                                    "workItemIds",
                                    java.util.List.of(item.json().path("id").asText())));
            expect(order, 201);
            return order.json().path("number").asText();
        });
    }

    private static final Map<UUID, String> SHORTAGE_ORDERS = new ConcurrentHashMap<>();

    /** A new work item of the demo project assigned to supplier A, created by the project manager. */
    UUID freshSupplierAItem() {
        var response = clients.as("pm")
                .post(
                        "/api/projects/" + demoProject() + "/work-items",
                        Map.of(
                                "title", "Matrix item " + UUID.randomUUID(),
                                "assigneeOrganisationId", supplierA(),
                                "plannedStart", LocalDate.now().toString(),
                                "plannedEnd", LocalDate.now().plusDays(14).toString()));
        if (response.status() != 201) {
            throw new AssertionError("Could not create a work item: " + response);
        }
        return UUID.fromString(response.json().path("id").asText());
    }

    private UUID lastPredecessor;

    /** A new budget line of the demo project, created by the project manager (version 0). */
    UUID freshBudgetLine() {
        var response = clients.as("pm")
                .post(
                        "/api/projects/" + demoProject() + "/budget-lines",
                        Map.of("category", "Tooling", "currency", "EUR", "planned", "1000.00"));
        if (response.status() != 201) {
            throw new AssertionError("Could not create a budget line: " + response);
        }
        return UUID.fromString(response.json().path("id").asText());
    }

    /** A new supplier A item that depends on another new one; {@link #itsPredecessor()} names that one. */
    UUID freshDependant() {
        UUID dependant = freshSupplierAItem();
        lastPredecessor = freshSupplierAItem();
        expect(
                clients.as("pm")
                        .post(
                                "/api/work-items/" + dependant + "/dependencies",
                                Map.of("predecessorId", lastPredecessor)),
                201);
        return dependant;
    }

    UUID itsPredecessor() {
        return lastPredecessor;
    }

    /** A supplier order of the demo project with supplier A, placed once by the project manager. */
    UUID supplierAOrder() {
        return ORDERS.computeIfAbsent("supplier-a", k -> {
            var response = clients.as("pm")
                    .post(
                            "/api/projects/" + demoProject() + "/supplier-orders",
                            Map.of(
                                    "supplierOrganisationId", supplierA(),
                                    "title", "Matrix order",
                                    "workItemIds", java.util.List.of(workItem("Machined housings, batch 1"))));
            expect(response, 201);
            return UUID.fromString(response.json().path("id").asText());
        });
    }

    /** The open "accept" task of a new hand-off to supplier A. */
    String freshAcceptTask() {
        UUID item = freshSupplierAItem();
        expect(clients.as("engineer").post("/api/work-items/" + item + "/handoff", Map.of()), 201);
        return openTask(item, "AcceptWorkPackage");
    }

    /** The same, claimed by supplier-a. */
    String freshClaimedAcceptTask() {
        String task = freshAcceptTask();
        expect(clients.as("supplier-a").post("/api/tasks/" + task + "/claim"), 204);
        return task;
    }

    /** A new hand-off's accept step, completed by supplier A (accepted). */
    String completedAcceptTask() {
        String task = freshAcceptTask();
        expect(clients.as("supplier-a").post("/api/tasks/" + task + "/complete", Map.of("decision", "accept")), 204);
        return task;
    }

    /** The project managers' review task of a new hand-off that supplier A accepted and delivered. */
    /** An approval the demo project's manager pm started through the start endpoint: its instance id. */
    String pmRequest() {
        Api.Response started = clients.as("pm").post("/api/processes/approval/start", approvalRequest(demoProject()));
        expect(started, 201);
        return started.json().path("id").asText();
    }

    /** A valid start of the approval process in the project. */
    static Map<String, Object> approvalRequest(UUID projectId) {
        return Map.of(
                "projectId",
                projectId,
                "data",
                Map.of("subject", "Matrix approval", "type", "PURCHASE", "amount", 500));
    }

    String freshReviewTask() {
        String accept = freshAcceptTask();
        UUID item = jdbc.sql("select business_key from inbox_item where task_id = ?")
                .param(accept)
                .query((rs, i) -> UUID.fromString(rs.getString(1)))
                .single();
        Api supplier = clients.as("supplier-a");
        expect(supplier.post("/api/tasks/" + accept + "/complete", Map.of("decision", "accept")), 204);
        String deliver = openTask(item, "DeliverWorkPackage");
        expect(supplier.post("/api/tasks/" + deliver + "/complete", Map.of("deliverableReference", "DOC-1")), 204);
        return openTask(item, "ReviewDelivery");
    }

    private String openTask(UUID workItem, String taskDefinitionKey) {
        return jdbc.sql("select task_id from inbox_item where business_key = ? and task_definition_key = ?")
                .params(workItem.toString(), taskDefinitionKey)
                .query(String.class)
                .single();
    }

    private static void expect(Api.Response response, int status) {
        if (response.status() != status) {
            throw new AssertionError("Fixture call answered " + response);
        }
    }

    /** A rule that never fires: it waits for a task of a process that does not exist. */
    static Map<String, Object> inertRule() {
        return Map.of(
                "name",
                "Matrix rule",
                "trigger",
                "TASK_COMPLETED",
                "conditions",
                java.util.List.of(Map.of("field", "task.processKey", "operator", "==", "value", "matrix-none")),
                "action",
                Map.of("type", "NOTIFY", "recipients", java.util.List.of("MANAGERS")));
    }

    /** A new, enabled (inert) rule of the demo project, created by its manager. */
    UUID freshRule() {
        Api pm = clients.as("pm");
        var response = pm.post("/api/projects/" + demoProject() + "/rules", inertRule());
        expect(response, 201);
        return UUID.fromString(response.json().path("id").asText());
    }

    /** A new partner organisation of the demo tenant that takes part in nothing yet. */
    UUID freshPartnerOrganisation() {
        UUID id = UUID.randomUUID();
        jdbc.sql(
                        "insert into idn_organisation (id, tenant_id, name, kind) select ?, id, ?, 'PARTNER' from ten_tenant where slug = 'demo'")
                .params(id, "Matrix Partner " + id)
                .update();
        return id;
    }

    /** A new partner organisation taking part in the demo project as a supplier. */
    UUID freshParticipant() {
        UUID id = freshPartnerOrganisation();
        jdbc.sql("insert into prj_participant (project_id, tenant_id, organisation_id, role)"
                        + " select id, tenant_id, ?, 'SUPPLIER' from prj_project where id = ?")
                .params(id, demoProject())
                .update();
        return id;
    }

    /** A new internal user, member of the demo project. */
    UUID freshMember() {
        UUID id = freshInternalUser();
        jdbc.sql("insert into prj_member (project_id, tenant_id, user_id, role)"
                        + " select id, tenant_id, ?, 'MEMBER' from prj_project where id = ?")
                .params(id, demoProject())
                .update();
        return id;
    }

    /** A new API token of the project manager; its id. */
    UUID freshPmToken() {
        var response = clients.as("pm")
                .post("/api/tokens", Map.of("name", "Matrix token", "scopes", java.util.List.of("read")));
        if (response.status() != 201) {
            throw new AssertionError("Could not create a token: " + response);
        }
        return UUID.fromString(response.json().path("id").asText());
    }

    /** A new service user (integration account) of the demo tenant. */
    UUID freshServiceUser() {
        UUID id = freshInternalUser();
        jdbc.sql("update idn_user set service_account = true where id = ?")
                .param(id)
                .update();
        return id;
    }

    /** A new pending invitation of a new address into supplier A, made by the tenant admin: its id. */
    UUID freshInvitation() {
        var response = clients.as("admin")
                .post(
                        "/api/admin/invitations",
                        Map.of(
                                "emails", java.util.List.of("invitee-" + UUID.randomUUID() + "@example.com"),
                                "organisationId", supplierA(),
                                "capabilities", java.util.List.of("PARTNER_MEMBER")));
        return UUID.fromString(response.json().get(0).path("id").asText());
    }

    /**
     * The secret of a new invitation into supplier A (written as issued, since the real secret
     * travels only by e-mail), withdrawn or still pending.
     */
    String invitationToken(boolean revoked) {
        String token = "matrix-" + UUID.randomUUID();
        UUID user = UUID.randomUUID();
        String email = "invitee-" + user + "@example.com";
        jdbc.sql("""
                        insert into idn_user (id, tenant_id, organisation_id, username, email, display_name, capabilities, enabled)
                        select ?, tenant_id, id, ?, ?, 'invitee', '{PARTNER_MEMBER}', false
                          from idn_organisation where name = 'Precision Parts Ltd'
                        """).params(user, email, email).update();
        jdbc.sql("""
                        insert into idn_invitation (id, tenant_id, organisation_id, user_id, email, capabilities, token_hash,
                                                    invited_by, created_at, expires_at, revoked_at)
                        select ?, u.tenant_id, u.organisation_id, u.id, u.email, u.capabilities, ?,
                               (select id from idn_user where username = 'admin'), now(), now() + interval '7 days',
                               case when ? then now() end
                          from idn_user u where u.id = ?
                        """).params(UUID.randomUUID(), sha256(token), revoked, user).update();
        return token;
    }

    /** The secret of a new reset link of a new partner member with a password, used or not. */
    String resetToken(boolean used) {
        UUID user = freshSupplierAUser();
        jdbc.sql("update idn_user set password_hash = '{noop}matrix-old-password-2026' where id = ?")
                .param(user)
                .update();
        String token = "matrix-" + UUID.randomUUID();
        jdbc.sql("""
                        insert into idn_password_reset (token_hash, user_id, created_at, expires_at, used_at)
                        values (?, ?, now(), now() + interval '30 minutes', case when ? then now() end)
                        """).params(sha256(token), user, used).update();
        return token;
    }

    static String sha256(String text) {
        try {
            return java.util.HexFormat.of()
                    .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                            .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A new partner member of supplier A. */
    UUID freshSupplierAUser() {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into idn_user (id, tenant_id, organisation_id, username, display_name, capabilities)
                        select ?, tenant_id, id, ?, 'Matrix Partner Member', '{PARTNER_MEMBER}'
                          from idn_organisation where name = 'Precision Parts Ltd'
                        """).params(id, "matrix-partner-" + id).update();
        return id;
    }

    /** A new internal user of the demo tenant, member of no project. */
    UUID freshInternalUser() {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into idn_user (id, tenant_id, organisation_id, username, display_name, capabilities)
                        select ?, o.tenant_id, o.id, ?, 'Matrix Member', '{MEMBER}'
                          from idn_organisation o join ten_tenant t on t.id = o.tenant_id
                         where t.slug = 'demo' and o.kind = 'HOST'
                        """).params(id, "matrix-" + id).update();
        return id;
    }

    /** A new unread in-app notification of supplier-a. */
    UUID freshSupplierANotification() {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into ntf_notification (id, tenant_id, recipient_id, dedupe_key, type, params)
                        select ?, u.tenant_id, u.id, ?, 'GENERIC', '{"title": "Matrix notification"}'
                          from idn_user u where u.username = 'supplier-a'
                        """).params(id, "matrix-" + id).update();
        return id;
    }

    private UUID id(String sql) {
        return jdbc.sql(sql).query(UUID.class).single();
    }

    /** A complaint the customer raised on the demo project (raised once, then reused). */
    UUID customerComplaint() {
        return TICKETS.computeIfAbsent(
                "customerComplaint", k -> ticket("customer", Map.of("type", "COMPLAINT", "title", "Matrix complaint")));
    }

    /** An issue supplier A raised on the demo project. */
    UUID supplierAIssue() {
        return TICKETS.computeIfAbsent(
                "supplierAIssue", k -> ticket("supplier-a", Map.of("type", "ISSUE", "title", "Matrix issue")));
    }

    /** A support request supplier A raised for the service desk. */
    UUID supplierASupportRequest() {
        return TICKETS.computeIfAbsent(
                "supplierASupportRequest",
                k -> ticket("supplier-a", Map.of("type", "SUPPORT_REQUEST", "title", "Matrix support request")));
    }

    /** A support request supplier A raised without a project (docs/administration.md, "Service channel"). */
    UUID supplierASupportRequestWithoutProject() {
        return TICKETS.computeIfAbsent("supplierASupportRequestWithoutProject", k -> {
            var response = clients.as("supplier-a")
                    .post("/api/tickets", Map.of("type", "SUPPORT_REQUEST", "title", "Matrix question"));
            expect(response, 201);
            return UUID.fromString(response.json().path("id").asText());
        });
    }

    /** A change request the engineer raised, routed to supplier A. */
    UUID routedChangeRequest() {
        return TICKETS.computeIfAbsent(
                "routedChangeRequest",
                k -> ticket(
                        "engineer",
                        Map.of(
                                "type",
                                "CHANGE_REQUEST",
                                "title",
                                "Matrix change",
                                "routedOrganisationId",
                                supplierA())));
    }

    private UUID ticket(String username, Map<String, Object> body) {
        var response = clients.as(username).post("/api/projects/" + demoProject() + "/tickets", body);
        expect(response, 201);
        return UUID.fromString(response.json().path("id").asText());
    }

    /** A document of the demo project shared with supplier A only, uploaded once by pm. */
    UUID supplierADocument() {
        return DOCUMENTS.computeIfAbsent("supplier-a", k -> freshSupplierADocument());
    }

    /** A new document shared with supplier A only, uploaded by pm. */
    UUID freshSupplierADocument() {
        Api.Response response = clients.as("pm")
                .multipart(
                        "/api/projects/" + demoProject() + "/documents",
                        Map.of("type", "DELIVERABLE", "partnerOrganisationIds", supplierA()),
                        "matrix-shared.txt",
                        "Shared with supplier A".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        expect(response, 201);
        return UUID.fromString(response.json().path("id").asText());
    }

    private static final Map<String, UUID> DOCUMENTS = new java.util.concurrent.ConcurrentHashMap<>();

    /** A deploy body of a new one-task process model with a new key. */
    static Map<String, Object> newModel() {
        return Map.of(
                "bpmnXml",
                ProcessModelFixture.model(ProcessModelFixture.freshKey(), ProcessModelFixture.TASK),
                "forms",
                java.util.List.of());
    }

    /** The key of a new process model the demo tenant's designer (admin) deployed: version 1. */
    String freshModel() {
        var response = clients.as("admin").post("/api/process-models", newModel());
        expect(response, 201);
        return response.json().path("key").asText();
    }

    /** A new milestone of the demo project, created by its manager; set DONE when asked. */
    UUID freshMilestone(boolean done) {
        Api pm = clients.as("pm");
        var created = pm.post(
                "/api/projects/" + demoProject() + "/work-items",
                Map.of(
                        "title",
                        "Matrix milestone " + UUID.randomUUID(),
                        "plannedEnd",
                        LocalDate.now().plusDays(7).toString(),
                        "milestone",
                        true));
        expect(created, 201);
        UUID id = UUID.fromString(created.json().path("id").asText());
        if (done) {
            expect(
                    pm.patch(
                            "/api/work-items/" + id,
                            Map.of("version", created.json().path("version").asInt(), "status", "DONE")),
                    200);
        }
        return id;
    }

    /** A page of the demo project shared with its customers, created once by the project manager. */
    UUID customerPage() {
        return PAGES.computeIfAbsent("customerPage", k -> freshCustomerPage());
    }

    /** A page of the demo project shared with supplier A only. */
    UUID supplierAPage() {
        return PAGES.computeIfAbsent(
                "supplierAPage",
                k -> page(Map.of("customers", false, "organisationIds", java.util.List.of(supplierA()))));
    }

    /** A new page (version 1) shared with the demo project's customers. */
    UUID freshCustomerPage() {
        return page(Map.of("customers", true, "organisationIds", java.util.List.of()));
    }

    /** A page of the demo project shared with nobody outside, marked as help (docs/administration.md). */
    UUID helpPage() {
        return PAGES.computeIfAbsent("helpPage", k -> {
            UUID page = freshInternalPage();
            expect(clients.as("pm").put("/api/pages/" + page + "/help", Map.of("help", true)), 200);
            return page;
        });
    }

    /** A help page of the demo tenant itself (no project), written and published once by its tenant admin. */
    UUID tenantHelpPage() {
        return PAGES.computeIfAbsent("tenantHelpPage", k -> {
            UUID page = freshTenantHelpPage();
            expect(clients.as("admin").put("/api/help/pages/" + page + "/published", Map.of("published", true)), 200);
            return page;
        });
    }

    /** A new draft help page of the demo tenant (version 1), written by its tenant admin. */
    UUID freshTenantHelpPage() {
        var response = clients.as("admin")
                .post("/api/help/pages", Map.of("title", "Matrix help page", "content", "<p>How to</p>"));
        expect(response, 201);
        return UUID.fromString(response.json().path("id").asText());
    }

    /** The demo tenant's help pages, every one, in their order: a body that reorders its help centre. */
    java.util.List<UUID> demoHelpOrder() {
        return jdbc.sql("select page_id from page_help where tenant_id = ? order by position, page_id")
                .param(tenant("demo"))
                .query(UUID.class)
                .list();
    }

    /** A new page of the demo project shared with nobody outside. */
    UUID freshInternalPage() {
        return page(Map.of("customers", false, "organisationIds", java.util.List.of()));
    }

    /** A new page shared with supplier A only. */
    UUID freshSupplierAPage() {
        return page(Map.of("customers", false, "organisationIds", java.util.List.of(supplierA())));
    }

    private UUID page(Map<String, Object> sharing) {
        var response = clients.as("pm")
                .post(
                        "/api/projects/" + demoProject() + "/pages",
                        Map.of("title", "Matrix page", "content", "<p>Requirements</p>", "sharing", sharing));
        expect(response, 201);
        return UUID.fromString(response.json().path("id").asText());
    }

    UUID tenant(String slug) {
        return id("select id from ten_tenant where slug = '" + slug + "'");
    }

    /** A tenant founded by the demo operator through the API, suspended by it when asked. */
    UUID freshTenant(boolean suspended) {
        Api operator = clients.as("operator");
        Api.Response created = operator.post("/api/platform/tenants", newTenant());
        if (created.status() != 201) {
            throw new AssertionError("No fresh tenant: " + created);
        }
        UUID id = UUID.fromString(created.json().path("id").asText());
        if (suspended
                && operator.post("/api/platform/tenants/" + id + "/suspend", null)
                                .status()
                        != 200) {
            throw new AssertionError("Fresh tenant " + id + " not suspended");
        }
        return id;
    }

    static Map<String, Object> newTenant() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        return Map.of(
                "name", "Matrix tenant " + suffix,
                "slug", "matrix-" + suffix,
                "defaultLanguage", "en",
                "timeZone", "Asia/Shanghai",
                "adminEmail", "matrix-admin-" + suffix + "@example.com");
    }
}
