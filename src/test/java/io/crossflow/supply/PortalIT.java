package io.crossflow.supply;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.crossflow.testing.Api;
import io.crossflow.testing.HandoffFixture;
import io.crossflow.testing.IntegrationTest;
import io.crossflow.testing.TestClients;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What the partner portal and the customer view need: order lists and milestone acceptance. */
@IntegrationTest
class PortalIT {

    @Autowired
    TestClients clients;

    @Test
    void supplierOrderListsShowEachCallerOnlyWhatItMaySee() {
        HandoffFixture fixture = new HandoffFixture(clients);
        String project = fixture.projectId(HandoffFixture.GEARBOX);
        String supplierA = fixture.organisationId(project, HandoffFixture.SUPPLIER_A);
        String item = fixture.workItem(
                project,
                supplierA,
                HandoffFixture.unique("Ordered"),
                LocalDate.now().plusDays(9));
        Api.Response placed = clients.as("pm")
                .post(
                        "/api/projects/" + project + "/supplier-orders",
                        Map.of(
                                "supplierOrganisationId",
                                supplierA,
                                "title",
                                "Portal order",
                                "workItemIds",
                                List.of(item)));
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        String order = placed.json().path("id").asText();
        String path = "/api/supplier-orders?projectId=" + project;

        assertThat(orderIds(clients.as("pm").get(path))).contains(order);
        assertThat(orderIds(clients.as("engineer").get("/api/supplier-orders"))).contains(order);
        JsonNode mine = clients.as("supplier-a").get(path).json();
        assertThat(orderIds(mine)).contains(order);
        mine.forEach(o -> assertThat(o.path("supplierOrganisationId").asText()).isEqualTo(supplierA));
        assertThat(orderIds(clients.as("supplier-b").get(path))).doesNotContain(order);
        assertThat(clients.as("customer").get(path).json()).isEmpty();
        assertThat(clients.as("other-pm").get(path).status()).isEqualTo(404);
        assertThat(clients.as("pm")
                        .get("/api/supplier-orders?projectId=" + UUID.randomUUID())
                        .status())
                .isEqualTo(404);
    }

    @Test
    void theCustomerAcceptsADeliveredMilestoneOnce() {
        HandoffFixture fixture = new HandoffFixture(clients);
        String project = fixture.projectId(HandoffFixture.GEARBOX);
        Api pm = clients.as("pm");
        Api customer = clients.as("customer");
        Api.Response created = pm.post(
                "/api/projects/" + project + "/work-items",
                Map.of(
                        "title", HandoffFixture.unique("Pilot batch delivered"),
                        "plannedEnd", LocalDate.now().plusDays(3).toString(),
                        "milestone", true));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String milestone = created.json().path("id").asText();
        String acceptance = "/api/work-items/" + milestone + "/acceptance";

        Api.Response early = customer.post(acceptance, Map.of("accepted", true));
        assertThat(early.status()).as(early.toString()).isEqualTo(409);
        assertThat(early.json().path("detail").asText()).contains("not delivered yet");

        Api.Response done = pm.patch(
                "/api/work-items/" + milestone,
                Map.of("version", created.json().path("version").asInt(), "status", "DONE"));
        assertThat(done.status()).as(done.toString()).isEqualTo(200);

        assertThat(pm.post(acceptance, Map.of("accepted", true)).status()).isEqualTo(403);
        assertThat(clients.as("supplier-a")
                        .post(acceptance, Map.of("accepted", true))
                        .status())
                .isEqualTo(404);
        Api.Response refusalWithoutReason = customer.post(acceptance, Map.of("accepted", false));
        assertThat(refusalWithoutReason.status()).isEqualTo(400);
        assertThat(refusalWithoutReason
                        .json()
                        .path("errors")
                        .get(0)
                        .path("field")
                        .asText())
                .isEqualTo("comment");

        Api.Response accepted = customer.post(acceptance, Map.of("accepted", true, "comment", "Pilot batch is fine."));
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(201);
        assertThat(accepted.json().path("accepted").asBoolean()).isTrue();

        for (Api viewer : List.of(customer, pm)) {
            JsonNode shown = viewer.get("/api/work-items/" + milestone).json().path("acceptance");
            assertThat(shown.path("accepted").asBoolean()).isTrue();
            assertThat(shown.path("comment").asText()).isEqualTo("Pilot batch is fine.");
            assertThat(shown.path("decidedByName").asText()).isNotBlank();
        }
        String activity = customer.get("/api/projects/" + project + "/activity").body();
        assertThat(activity).contains(milestone).contains("ACCEPTANCE");
    }

    private static List<String> orderIds(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return orderIds(response.json());
    }

    private static List<String> orderIds(JsonNode orders) {
        List<String> ids = new java.util.ArrayList<>();
        orders.forEach(o -> ids.add(o.path("id").asText()));
        return ids;
    }
}
