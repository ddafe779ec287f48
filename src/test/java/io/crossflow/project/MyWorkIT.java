package io.crossflow.project;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.crossflow.testing.Api;
import io.crossflow.testing.HandoffFixture;
import io.crossflow.testing.IntegrationTest;
import io.crossflow.testing.TestClients;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** "My work" (GET /api/me/work-items): an internal user's open items across its projects, and what its tasks are about. */
@IntegrationTest
class MyWorkIT {

    @Autowired
    TestClients clients;

    @Autowired
    JdbcClient jdbc;

    @Test
    void listsTheManagersOpenItemsOfEveryProjectSoonestFirstAndNoOneElses() {
        PlanFixture first = new PlanFixture(clients, jdbc);
        PlanFixture second = new PlanFixture(clients, jdbc);
        UUID pm = first.userId("pm");
        UUID engineer = first.userId("engineer");
        UUID late = first.item("Mine, later", 10, 20, Map.of("assigneeUserId", pm));
        UUID soon = second.item("Mine, sooner", 1, 3, Map.of("assigneeUserId", pm));
        UUID theirs = first.item("The engineer's", 1, 2, Map.of("assigneeUserId", engineer));
        UUID done = first.item("Mine, done", 1, 2, Map.of("assigneeUserId", pm));
        JsonNode item = first.get(done);
        PlanFixture.expect(
                clients.as("pm")
                        .patch(
                                "/api/work-items/" + done,
                                Map.of("version", item.path("version").asInt(), "status", "DONE")),
                200);

        JsonNode mine = PlanFixture.expect(clients.as("pm").get("/api/me/work-items"), 200);
        List<String> ids = ids(mine);
        assertThat(ids).contains(late.toString(), soon.toString());
        assertThat(ids).doesNotContain(theirs.toString(), done.toString());
        assertThat(ids.indexOf(soon.toString())).isLessThan(ids.indexOf(late.toString()));
        JsonNode row = row(mine, soon);
        assertThat(row.path("projectId").asText()).isEqualTo(second.projectId.toString());
        assertThat(row.path("projectName").asText()).startsWith("Plan ");
        assertThat(row.path("assignedToMe").asBoolean()).isTrue();
        assertThat(row.path("plannedEnd").asText()).isEqualTo(PlanFixture.day(3));

        JsonNode engineers = PlanFixture.expect(clients.as("engineer").get("/api/me/work-items"), 200);
        assertThat(ids(engineers)).contains(theirs.toString()).doesNotContain(late.toString(), soon.toString());
    }

    @Test
    void includesTheItemWhoseDeliveryWaitsForTheManagersReview() {
        HandoffFixture fixture = new HandoffFixture(clients);
        String project = fixture.projectWithSupplierA(HandoffFixture.unique("My work review"));
        String item = fixture.workItem(
                project,
                fixture.organisationId(project, HandoffFixture.SUPPLIER_A),
                HandoffFixture.unique("Gear cover"),
                LocalDate.now().plusDays(10));
        fixture.handoff("pm", item, LocalDate.now().plusDays(5));
        assertThat(ids(PlanFixture.expect(clients.as("pm").get("/api/me/work-items"), 200)))
                .doesNotContain(item);
        Api supplier = clients.as("supplier-a");
        String accept = HandoffFixture.onlyTask(supplier, item, "Accept work package");
        assertThat(supplier.post("/api/tasks/" + accept + "/complete", Map.of("decision", "accept"))
                        .status())
                .isEqualTo(204);
        String deliver = HandoffFixture.onlyTask(supplier, item, "Deliver work package");
        assertThat(supplier.post("/api/tasks/" + deliver + "/complete", Map.of("deliverableReference", "DOC-1"))
                        .status())
                .isEqualTo(204);
        String review = HandoffFixture.onlyTask(clients.as("pm"), item);

        JsonNode row = row(PlanFixture.expect(clients.as("pm").get("/api/me/work-items"), 200), UUID.fromString(item));
        assertThat(row.path("taskId").asText()).isEqualTo(review);
        assertThat(row.path("assignedToMe").asBoolean()).isFalse();
        assertThat(row.path("handoffStatus").asText()).isEqualTo("DELIVERED");
    }

    @Test
    void partnersAndCustomersAreToldTheirWorkIsElsewhere() {
        for (String outsider : List.of("supplier-a", "customer")) {
            Api.Response refused = clients.as(outsider).get("/api/me/work-items");
            assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
            assertThat(refused.json().path("detail").asText()).contains("portal");
        }
    }

    private static List<String> ids(JsonNode rows) {
        List<String> ids = new ArrayList<>();
        rows.forEach(r -> ids.add(r.path("id").asText()));
        return ids;
    }

    private static JsonNode row(JsonNode rows, UUID id) {
        for (JsonNode r : rows) {
            if (r.path("id").asText().equals(id.toString())) {
                return r;
            }
        }
        throw new AssertionError("no row " + id + " in " + rows);
    }
}
