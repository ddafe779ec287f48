package io.crossflow.inbox;

import static io.crossflow.testing.HandoffFixture.inbox;
import static io.crossflow.testing.HandoffFixture.onlyTask;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.crossflow.testing.Api;
import io.crossflow.testing.HandoffFixture;
import io.crossflow.testing.IntegrationTest;
import io.crossflow.testing.TestClients;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The hand-off of a work package to a partner, worked end to end through the inbox API. */
@IntegrationTest
class HandoffInboxIT {

    static final List<String> OUTSIDERS = List.of("supplier-b", "customer", "other-pm");

    @Autowired
    TestClients clients;

    HandoffFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new HandoffFixture(clients);
    }

    @Test
    void partnerWorksHandoffThroughReworkUntilTheWorkItemIsDone() {
        String item = fixture.handedOffToSupplierA(HandoffFixture.unique("Machined flanges"));
        Api supplierA = clients.as("supplier-a");
        Api pm = clients.as("pm");

        String accept = onlyTask(supplierA, item, "Accept work package");
        JsonNode listed = inbox(supplierA, item).path("items").get(0);
        assertThat(listed.path("projectName").asText()).isEqualTo(HandoffFixture.GEARBOX);
        assertThat(listed.path("processKey").asText()).isEqualTo("work-package-handoff");
        assertThat(listed.path("processName").asText()).isEqualTo("Work package hand-off");
        for (String outsider : OUTSIDERS) {
            assertThat(inbox(clients.as(outsider), item).path("total").asLong())
                    .as(outsider + " sees the task")
                    .isZero();
        }
        assertOutsidersCannotReach(accept, item);

        JsonNode opened = supplierA.get("/api/tasks/" + accept).json();
        assertThat(opened.path("task").path("name").asText()).isEqualTo("Accept work package");
        assertThat(opened.path("form").path("id").asText()).isEqualTo("accept-work-package");
        assertThat(opened.path("context").path("workItem").path("id").asText()).isEqualTo(item);
        assertThat(opened.path("variables").has("partnerOrganisationId"))
                .as("only form fields are shown")
                .isFalse();

        assertThat(supplierA
                        .post("/api/tasks/" + accept + "/complete", Map.of("decision", "accept"))
                        .status())
                .isEqualTo(204);
        String deliver = onlyTask(supplierA, item, "Deliver work package");
        assertOutsidersCannotReach(deliver, item);
        assertThat(supplierA
                        .post("/api/tasks/" + deliver + "/complete", Map.of("deliverableReference", "DOC-100"))
                        .status())
                .isEqualTo(204);

        String review = onlyTask(pm, item, "审核交付"); // pm reads Chinese (its language)
        assertThat(inbox(supplierA, item).path("total").asLong()).isZero();
        assertThat(pm.post(
                                "/api/tasks/" + review + "/complete",
                                Map.of("reviewOutcome", "rework", "reviewComment", "Tolerances out of spec"))
                        .status())
                .isEqualTo(204);

        String redeliver = onlyTask(supplierA, item, "Deliver work package");
        assertThat(supplierA
                        .get("/api/tasks/" + redeliver)
                        .json()
                        .path("variables")
                        .path("deliverableReference")
                        .asText())
                .isEqualTo("DOC-100");
        assertThat(supplierA
                        .post("/api/tasks/" + redeliver + "/complete", Map.of("deliverableReference", "DOC-101"))
                        .status())
                .isEqualTo(204);

        String secondReview = onlyTask(pm, item, "审核交付");
        assertThat(pm.post("/api/tasks/" + secondReview + "/complete", Map.of("reviewOutcome", "approve"))
                        .status())
                .isEqualTo(204);

        JsonNode workItem = pm.get("/api/work-items/" + item).json();
        assertThat(workItem.path("status").asText()).isEqualTo("DONE");
        assertThat(workItem.path("progress").asInt()).isEqualTo(100);
        assertThat(inbox(pm, item).path("total").asLong()).isZero();
        assertThat(inbox(supplierA, item).path("total").asLong()).isZero();
    }

    @Test
    void completingWithoutARequiredFieldAnswers400AndLeavesTheTaskOpen() {
        String item = fixture.handedOffToSupplierA(HandoffFixture.unique("Bearing covers"));
        Api supplierA = clients.as("supplier-a");
        String accept = onlyTask(supplierA, item, "Accept work package");

        Api.Response refused = supplierA.post("/api/tasks/" + accept + "/complete", Map.of("declineReason", "   "));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("errors").get(0).path("field").asText()).isEqualTo("decision");
        assertThat(refused.json().path("errors").get(0).path("message").asText())
                .isEqualTo("is required");
        assertThat(onlyTask(supplierA, item, "Accept work package")).isEqualTo(accept);
        JsonNode variables = supplierA.get("/api/tasks/" + accept).json().path("variables");
        assertThat(variables.has("decision")).isFalse();
        assertThat(variables.has("declineReason")).isFalse();
    }

    @Test
    void blankRequiredTextIsRefusedOnDelivery() {
        String item = fixture.handedOffToSupplierA(HandoffFixture.unique("Shaft seals"));
        Api supplierA = clients.as("supplier-a");
        String accept = onlyTask(supplierA, item, "Accept work package");
        supplierA.post("/api/tasks/" + accept + "/complete", Map.of("decision", "accept"));
        String deliver = onlyTask(supplierA, item, "Deliver work package");

        Api.Response refused =
                supplierA.post("/api/tasks/" + deliver + "/complete", Map.of("deliverableReference", " "));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("errors").get(0).path("field").asText()).isEqualTo("deliverableReference");
        assertThat(onlyTask(supplierA, item, "Deliver work package")).isEqualTo(deliver);
    }

    private void assertOutsidersCannotReach(String taskId, String workItemId) {
        for (String outsider : OUTSIDERS) {
            Api api = clients.as(outsider);
            assertThat(api.get("/api/tasks/" + taskId).status()).as(outsider).isEqualTo(404);
            assertThat(api.get("/api/work-items/" + workItemId).status())
                    .as(outsider)
                    .isEqualTo(404);
            assertThat(api.post("/api/tasks/" + taskId + "/claim").status())
                    .as(outsider)
                    .isEqualTo(404);
            assertThat(api.post("/api/tasks/" + taskId + "/unclaim").status())
                    .as(outsider)
                    .isEqualTo(404);
            assertThat(api.post("/api/tasks/" + taskId + "/complete", Map.of("decision", "accept"))
                            .status())
                    .as(outsider)
                    .isEqualTo(404);
        }
    }
}
