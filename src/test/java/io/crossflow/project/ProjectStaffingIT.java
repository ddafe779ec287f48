package io.crossflow.project;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.crossflow.testing.Api;
import io.crossflow.testing.HandoffFixture;
import io.crossflow.testing.IntegrationTest;
import io.crossflow.testing.TestClients;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Staffing a project: organisations and members come and go, and what they see follows at once. */
@IntegrationTest
class ProjectStaffingIT {

    private static final String PASSWORD = "staffing-partner-2026-pass";

    @Autowired
    TestClients clients;

    HandoffFixture handoffs;
    Api pm;
    Api admin;
    String project;

    @BeforeEach
    void setUp() {
        handoffs = new HandoffFixture(clients);
        pm = clients.as("pm");
        admin = clients.as("admin");
        Api.Response created = pm.post("/api/projects", Map.of("name", HandoffFixture.unique("Staffing")));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        project = created.json().path("id").asText();
    }

    @Test
    void anAddedPartnerSeesItsTasksAndDocumentsAndARemovedOneGets404() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String organisation = admin.post(
                        "/api/admin/organisations", Map.of("name", "Staffing partner " + suffix, "kind", "PARTNER"))
                .json()
                .path("id")
                .asText();
        Api.Response user = admin.post(
                "/api/admin/users",
                Map.of(
                        "username",
                        "staffing-" + suffix,
                        "displayName",
                        "Staffing Partner",
                        "organisationId",
                        organisation,
                        "capabilities",
                        List.of("PARTNER_MEMBER"),
                        "password",
                        PASSWORD));
        assertThat(user.status()).as(user.toString()).isEqualTo(201);
        Api partner = Api.signIn(clients.baseUrl(), "staffing-" + suffix, PASSWORD);
        assertThat(partner.get("/api/projects/" + project).status()).isEqualTo(404);

        Api.Response joined = admin.post(
                "/api/projects/" + project + "/participants",
                Map.of("organisationId", organisation, "role", "SUPPLIER"));
        assertThat(joined.status())
                .as("a tenant admin staffs any project: " + joined)
                .isEqualTo(201);
        assertThat(partner.get("/api/projects/" + project).status()).isEqualTo(200);

        String item = handoffs.workItem(
                project, organisation, "Staffed castings", LocalDate.now().plusDays(10));
        handoffs.handoff("pm", item, null);
        assertThat(HandoffFixture.inbox(partner, item).path("total").asLong())
                .as("the partner's queue holds the hand-over")
                .isEqualTo(1);
        Api.Response uploaded = pm.multipart(
                "/api/projects/" + project + "/documents",
                Map.of("type", "OTHER", "partnerOrganisationIds", organisation),
                "drawing.txt",
                "Drawing for the partner".getBytes(StandardCharsets.UTF_8));
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        JsonNode documents =
                partner.get("/api/projects/" + project + "/documents").json();
        assertThat(documents.toString()).contains("drawing.txt");

        Api.Response removed = pm.delete("/api/projects/" + project + "/participants/" + organisation);
        assertThat(removed.status()).as(removed.toString()).isEqualTo(204);

        assertThat(partner.get("/api/projects/" + project).status()).isEqualTo(404);
        assertThat(partner.get("/api/projects/" + project + "/documents").status())
                .isEqualTo(404);
        assertThat(partner.get("/api/documents/" + documents.get(0).path("id").asText())
                        .status())
                .isEqualTo(404);
        assertThat(HandoffFixture.inbox(partner, item).path("total").asLong())
                .as("its open task left its queue")
                .isZero();
        assertThat(HandoffFixture.inbox(pm, item).path("total").asLong())
                .as("and went to the project's managers")
                .isEqualTo(1);
        assertThat(pm.get("/api/projects/" + project + "/participants").json().toString())
                .doesNotContain(organisation);
    }

    @Test
    void membersComeAndGoButTheOwnCompanyAndTheLastManagerStay() {
        String engineer =
                clients.as("engineer").get("/api/me").json().path("id").asText();
        Api.Response added =
                pm.post("/api/projects/" + project + "/members", Map.of("userId", engineer, "role", "MEMBER"));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        assertThat(clients.as("engineer").get("/api/projects/" + project).status())
                .isEqualTo(200);

        assertThat(pm.delete("/api/projects/" + project + "/members/" + engineer)
                        .status())
                .isEqualTo(204);
        assertThat(clients.as("engineer").get("/api/projects/" + project).status())
                .isEqualTo(404);

        String pmId = pm.get("/api/me").json().path("id").asText();
        Api.Response lastManager = pm.delete("/api/projects/" + project + "/members/" + pmId);
        assertThat(lastManager.status()).isEqualTo(409);
        assertThat(lastManager.json().path("detail").asText()).contains("at least one manager");

        String host = pm.get("/api/me").json().path("organisation").path("id").asText();
        Api.Response owner = pm.delete("/api/projects/" + project + "/participants/" + host);
        assertThat(owner.status()).isEqualTo(409);

        Api.Response byEngineer = clients.as("engineer").delete("/api/projects/" + project + "/members/" + pmId);
        assertThat(byEngineer.status())
                .as("not a member any more: the project is hidden")
                .isEqualTo(404);
    }
}
