package io.crossflow.project;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.crossflow.testing.Api;
import io.crossflow.testing.HandoffFixture;
import io.crossflow.testing.IntegrationTest;
import io.crossflow.testing.TestClients;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A project manager flags and clears work items by hand, with a reason the audit trail keeps. */
@IntegrationTest
class WorkItemFlagIT {

    @Autowired
    TestClients clients;

    @Test
    void managerFlagsAndClearsAWorkItemWithAReasonAndTheTrailShowsBoth() {
        HandoffFixture fixture = new HandoffFixture(clients);
        String project = fixture.projectId(HandoffFixture.GEARBOX);
        String supplierA = fixture.organisationId(project, HandoffFixture.SUPPLIER_A);
        String item = fixture.workItem(
                project,
                supplierA,
                HandoffFixture.unique("Flagged by hand"),
                LocalDate.now().plusDays(5));
        Api pm = clients.as("pm");
        String flag = "/api/work-items/" + item + "/flag";

        Api.Response flagged = pm.post(flag, Map.of("flagged", true, "reason", "Waiting for the customer's drawings"));

        assertThat(flagged.status()).as(flagged.toString()).isEqualTo(200);
        assertThat(flagged.json().path("status").asText()).isEqualTo("BLOCKED");
        assertThat(flagged.json().path("flagReason").asText()).isEqualTo("Waiting for the customer's drawings");
        JsonNode seenByPartner =
                clients.as("supplier-a").get("/api/work-items/" + item).json();
        assertThat(seenByPartner.path("flagReason").asText()).isEqualTo("Waiting for the customer's drawings");

        Api.Response cleared = pm.post(flag, Map.of("flagged", false, "reason", "Drawings arrived"));

        assertThat(cleared.status()).as(cleared.toString()).isEqualTo(200);
        assertThat(cleared.json().path("status").asText())
                .as("not started yet: back to do")
                .isEqualTo("TODO");
        assertThat(cleared.json().hasNonNull("flagReason")).isFalse();
        String activity = pm.get("/api/projects/" + project + "/activity").body();
        assertThat(activity)
                .contains("FLAG")
                .contains("Waiting for the customer's drawings")
                .contains("Drawings arrived");

        Api.Response again = pm.post(flag, Map.of("flagged", false, "reason", "Twice"));
        assertThat(again.status()).as("nothing to clear").isEqualTo(409);
    }

    @Test
    void aFlagWithoutReasonOrDecisionIsRefusedAndChangesNothing() {
        HandoffFixture fixture = new HandoffFixture(clients);
        String project = fixture.projectId(HandoffFixture.GEARBOX);
        String supplierA = fixture.organisationId(project, HandoffFixture.SUPPLIER_A);
        String item = fixture.workItem(
                project,
                supplierA,
                HandoffFixture.unique("Not flagged"),
                LocalDate.now().plusDays(5));
        Api pm = clients.as("pm");
        String flag = "/api/work-items/" + item + "/flag";

        Api.Response noReason = pm.post(flag, Map.of("flagged", true, "reason", "  "));
        Api.Response noDecision = pm.post(flag, Map.of("reason", "Because"));
        Api.Response tooLong = pm.post(flag, Map.of("flagged", true, "reason", "x".repeat(1001)));

        for (Api.Response refused : java.util.List.of(noReason, noDecision, tooLong)) {
            assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        }
        assertThat(noReason.json().path("errors").get(0).path("field").asText()).isEqualTo("reason");
        assertThat(noDecision.json().path("errors").get(0).path("field").asText())
                .isEqualTo("flagged");
        JsonNode unchanged = pm.get("/api/work-items/" + item).json();
        assertThat(unchanged.path("status").asText()).isEqualTo("TODO");
        assertThat(unchanged.hasNonNull("flagReason")).isFalse();
        assertThat(clients.as("engineer")
                        .post(flag, Map.of("flagged", true, "reason", "Me too"))
                        .status())
                .as("members plan, managers flag")
                .isEqualTo(403);
    }
}
