package io.crossflow.integration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.crossflow.identity.Capability;
import io.crossflow.identity.Users;
import io.crossflow.testing.Api;
import io.crossflow.testing.DemoIds;
import io.crossflow.testing.IntegrationTest;
import io.crossflow.testing.TestClients;
import io.crossflow.testing.TokenFixture;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Forged supply disruptions (issue 9, item 1): an integration event is accepted only from a token
 * that acts for the order's supplier (the supplier's partner manager, or an internal service
 * user); everyone else gets the answer of a missing order, and nothing happens.
 */
@IntegrationTest
class IntegrationEventAccessIT {

    private static final String SUPPLIER_B = "Rapid Castings Co";

    @Autowired
    TestClients clients;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoIds demo;

    @Autowired
    Users users;

    private TokenFixture tokens;

    @BeforeEach
    void tokens() {
        tokens = new TokenFixture(jdbc, clients);
    }

    @Test
    void forgedShortageOnSupplierAsOrderAnswersLikeAMissingOrderAndChangesNothing() {
        UUID item = freshWorkItem(DemoIds.SUPPLIER_A);
        JsonNode order = placeOrder(DemoIds.SUPPLIER_A, item);
        String number = order.path("number").asText();

        // as found: supplier B, a partner manager, may hold an integration token, but it acts for its own organisation
        // only
        Map<String, String> forgers = Map.of(
                "supplier-b", tokens.own("supplier-b", "integration"),
                "customer", tokenAsBefore("customer"),
                "operator", tokenAsBefore("operator"),
                "engineer", tokenAsBefore("engineer"));
        forgers.forEach((who, token) -> {
            Api forger = clients.withToken(token);
            var forged = forger.post("/api/integrations/events", shortage(number));
            var missing = forger.post("/api/integrations/events", shortage("SO-999999999"));

            assertThat(forged.status()).as(who + " on supplier A's order").isEqualTo(404);
            assertThat(forged.body())
                    .as(who + ": the answer for an order that exists equals that for a missing one")
                    .isEqualTo(missing.body());
            assertThat(forged.json().path("detail").asText()).isEqualTo("Supplier order not found");
        });

        assertThat(status(item)).as("the work item is not blocked").isEqualTo("TODO");
        assertThat(disruptionsOf(order)).isZero();
        assertThat(alerts("ntf_outbox", number)).as("no alert queued").isZero();
        assertThat(alerts("ntf_notification", number)).as("no alert delivered").isZero();

        // the same request from the supplier's own integration does what the forgeries could not
        var genuine = clients.withToken(tokens.own("supplier-a", "integration"))
                .post("/api/integrations/events", shortage(number));
        assertThat(genuine.status()).as(genuine.toString()).isEqualTo(202);
        assertThat(status(item)).isEqualTo("BLOCKED");
        assertThat(disruptionsOf(order)).isEqualTo(1);
        assertThat(alerts("ntf_outbox", number)).isPositive();
    }

    @Test
    void peopleOtherThanPartnerManagersCannotCreateIntegrationTokens() {
        for (String who : List.of("admin", "operator", "pm", "engineer", "customer", "other-pm")) {
            var refused = tokens.ask(who, "read", "integration");

            assertThat(refused.status()).as(who).isEqualTo(403);
            assertThat(refused.json().path("detail").asText())
                    .as(who)
                    .contains("'integration' scope")
                    .contains("tenant admin");
        }
        assertThat(clients.as("customer").get("/api/tokens").body())
                .as("a refused request creates nothing")
                .doesNotContain("Test read+integration");
        assertThat(tokens.ask("customer", "read", "write").status()).isEqualTo(201);
        assertThat(tokens.ask("supplier-b", "integration").status()).isEqualTo(201);

        var chinese = clients.freshSession("customer")
                .speaking("zh-CN")
                .post("/api/tokens", Map.of("name", "x", "scopes", List.of("integration")));
        assertThat(chinese.status()).isEqualTo(403);
        assertThat(chinese.json().path("detail").asText()).contains("集成账户");
    }

    @Test
    void aPartnerManagersTokenActsForItsOwnOrganisationsOrdersOnly() {
        String supplierB = tokens.own("supplier-b", "integration");
        JsonNode own = placeOrder(SUPPLIER_B, freshWorkItem(SUPPLIER_B));
        JsonNode foreign = placeOrder(DemoIds.SUPPLIER_A, freshWorkItem(DemoIds.SUPPLIER_A));

        assertThat(clients.withToken(supplierB)
                        .post(
                                "/api/integrations/events",
                                shortage(own.path("number").asText()))
                        .status())
                .isEqualTo(202);
        assertThat(clients.withToken(supplierB)
                        .post(
                                "/api/integrations/events",
                                shortage(foreign.path("id").asText()))
                        .status())
                .as("named by id, too")
                .isEqualTo(404);
        assertThat(clients.withToken(tokens.demoServiceUser("integration"))
                        .post(
                                "/api/integrations/events",
                                shortage(foreign.path("number").asText()))
                        .status())
                .as("an internal service user acts for every supplier of its tenant")
                .isEqualTo(202);
    }

    @Test
    void aTokenActsForNobodyOnceItsOwnerIsNoLongerAPartnerManager() {
        String username = "pm-b-" + UUID.randomUUID();
        UUID user = users.create(new Users.NewUser(
                demo.demoTenant(),
                demo.organisation(SUPPLIER_B),
                username,
                null,
                "Temporary partner manager",
                TestClients.PASSWORD,
                "en",
                EnumSet.of(Capability.PARTNER_MANAGER, Capability.PARTNER_MEMBER),
                false));
        var created = clients.freshSession(username)
                .post("/api/tokens", Map.of("name", "MES", "scopes", List.of("integration")));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        Api mes = clients.withToken(created.json().path("token").asText());
        assertThat(mes.post(
                                "/api/integrations/events",
                                shortage(placeOrder(SUPPLIER_B, freshWorkItem(SUPPLIER_B))
                                        .path("number")
                                        .asText()))
                        .status())
                .isEqualTo(202);

        jdbc.sql("update idn_user set capabilities = '{PARTNER_MEMBER}' where id = ?")
                .param(user)
                .update();
        UUID item = freshWorkItem(SUPPLIER_B);
        JsonNode order = placeOrder(SUPPLIER_B, item);

        var after = mes.post(
                "/api/integrations/events", shortage(order.path("number").asText()));
        assertThat(after.status()).isEqualTo(404);
        assertThat(after.body())
                .isEqualTo(mes.post("/api/integrations/events", shortage("SO-999999999"))
                        .body());
        assertThat(status(item)).isEqualTo("TODO");
        assertThat(disruptionsOf(order)).isZero();
    }

    private String tokenAsBefore(String username) {
        assertThat(tokens.ask(username, "integration").status())
                .as(username + " may no longer create one")
                .isEqualTo(403);
        return tokens.issuedBeforeThePolicy(username, "integration");
    }

    private static Map<String, String> shortage(String reference) {
        return Map.of("type", "MATERIAL_SHORTAGE", "orderReference", reference, "detail", "No aluminium");
    }

    private UUID freshWorkItem(String organisation) {
        var response = clients.as("pm")
                .post(
                        "/api/projects/" + demo.demoProject() + "/work-items",
                        Map.of(
                                "title", "Event access IT " + UUID.randomUUID(),
                                "assigneeOrganisationId", demo.organisation(organisation),
                                "plannedStart", LocalDate.now().toString(),
                                "plannedEnd", LocalDate.now().plusDays(14).toString()));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return UUID.fromString(response.json().path("id").asText());
    }

    private JsonNode placeOrder(String organisation, UUID workItem) {
        var response = clients.as("pm")
                .post(
                        "/api/projects/" + demo.demoProject() + "/supplier-orders",
                        Map.of(
                                "supplierOrganisationId", demo.organisation(organisation),
                                "title", "Castings",
                                "workItemIds", List.of(workItem)));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json();
    }

    private String status(UUID workItem) {
        return jdbc.sql("select status from prj_work_item where id = ?")
                .param(workItem)
                .query(String.class)
                .single();
    }

    private long disruptionsOf(JsonNode order) {
        return jdbc.sql("select count(*) from sup_order_disruption where order_id = ?::uuid")
                .param(order.path("id").asText())
                .query(Long.class)
                .single();
    }

    private long alerts(String table, String orderNumber) {
        return jdbc.sql("select count(*) from " + table
                        + " where type = 'SUPPLY_DISRUPTION' and params ->> 'orderNumber' = ?")
                .param(orderNumber)
                .query(Long.class)
                .single();
    }
}
