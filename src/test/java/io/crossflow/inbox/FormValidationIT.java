package io.crossflow.inbox;

import static io.crossflow.testing.HandoffFixture.onlyTask;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.crossflow.testing.Api;
import io.crossflow.testing.HandoffFixture;
import io.crossflow.testing.IntegrationTest;
import io.crossflow.testing.TestClients;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Task data is checked against the task's form on the server: invalid data stores nothing. */
@IntegrationTest
class FormValidationIT {

    @Autowired
    TestClients clients;

    HandoffFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new HandoffFixture(clients);
    }

    @Test
    void invalidDataAnswers400WithOneErrorPerFieldAndStoresNothing() {
        String item = fixture.handedOffToSupplierA(HandoffFixture.unique("Gear blanks"));
        Api supplierA = clients.as("supplier-a");
        String accept = onlyTask(supplierA, item, "Accept work package");

        Api.Response refused = supplierA.post(
                "/api/tasks/" + accept + "/complete",
                Map.of("decision", "maybe", "declineReason", "x".repeat(1001), "partnerOrganisationId", "hijack"));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(errors(refused))
                .containsExactly(
                        "decision: must be one of: Accept the work package, Decline",
                        "declineReason: must be at most 1000 characters");
        assertThat(onlyTask(supplierA, item, "Accept work package")).isEqualTo(accept);
        JsonNode variables = supplierA.get("/api/tasks/" + accept).json().path("variables");
        assertThat(variables.has("decision")).isFalse();
        assertThat(variables.has("declineReason")).isFalse();
    }

    @Test
    void valuesOfTheWrongTypeAreRefused() {
        String item = fixture.handedOffToSupplierA(HandoffFixture.unique("Gear shafts"));
        Api supplierA = clients.as("supplier-a");
        String accept = onlyTask(supplierA, item, "Accept work package");

        Api.Response refused = supplierA.post(
                "/api/tasks/" + accept + "/complete",
                Map.of("decision", List.of("accept"), "declineReason", Map.of("text", "no")));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(errors(refused)).containsExactly("decision: must be a single value", "declineReason: must be text");
        assertThat(onlyTask(supplierA, item, "Accept work package")).isEqualTo(accept);

        assertThat(supplierA
                        .post("/api/tasks/" + accept + "/complete", Map.of("decision", "accept"))
                        .status())
                .as("valid data is still accepted afterwards")
                .isEqualTo(204);
        assertThat(onlyTask(supplierA, item, "Deliver work package")).isNotBlank();
    }

    private static List<String> errors(Api.Response response) {
        List<String> errors = new ArrayList<>();
        for (JsonNode error : response.json().path("errors")) {
            errors.add(
                    error.path("field").asText() + ": " + error.path("message").asText());
        }
        return errors;
    }
}
