package io.crossflow.project;

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
import org.springframework.jdbc.core.simple.JdbcClient;

/** A milestone the customer refuses goes back to rework, its owner is told, and it is accepted after rework. */
@IntegrationTest
class MilestoneRefusalIT {

    @Autowired
    TestClients clients;

    @Autowired
    JdbcClient jdbc;

    @Test
    void refusedMilestoneGoesBackToReworkTellsItsOwnerAndIsAcceptedOnceDoneAgain() {
        HandoffFixture fixture = new HandoffFixture(clients);
        String project = fixture.projectId(HandoffFixture.GEARBOX);
        Api pm = clients.as("pm");
        Api customer = clients.as("customer");
        UUID engineer = userId("engineer");
        String milestone = doneMilestone(pm, project, Map.of("assigneeUserId", engineer.toString()));
        String acceptance = "/api/work-items/" + milestone + "/acceptance";

        Api.Response refused =
                customer.post(acceptance, Map.of("accepted", false, "comment", "The flange drawings are missing."));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(201);
        for (Api viewer : List.of(customer, pm)) {
            JsonNode item = viewer.get("/api/work-items/" + milestone).json();
            assertThat(item.path("status").asText()).as("back in rework").isEqualTo("IN_PROGRESS");
            assertThat(item.hasNonNull("actualEnd")).isFalse();
            assertThat(item.path("acceptance").path("accepted").asBoolean()).isFalse();
            assertThat(item.path("acceptance").path("comment").asText()).isEqualTo("The flange drawings are missing.");
        }
        assertThat(
                        customer
                                .get("/api/projects/" + project + "/progress")
                                .json()
                                .path("milestones")
                                .findValues("id")
                                .stream()
                                .map(JsonNode::asText))
                .contains(milestone);
        assertThat(notified("MILESTONE_REFUSED", milestone))
                .as("the owner, linked to the milestone")
                .containsExactly("engineer /projects/" + project + "/work-items/" + milestone);

        Api.Response tooEarly = customer.post(acceptance, Map.of("accepted", true));
        assertThat(tooEarly.status()).as("not delivered again yet").isEqualTo(409);

        JsonNode reworked = pm.get("/api/work-items/" + milestone).json();
        assertThat(pm.patch(
                                "/api/work-items/" + milestone,
                                Map.of("version", reworked.path("version").asInt(), "status", "DONE"))
                        .status())
                .isEqualTo(200);
        Api.Response accepted = customer.post(acceptance, Map.of("accepted", true, "comment", "Complete now."));

        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(201);
        JsonNode settled = customer.get("/api/work-items/" + milestone).json();
        assertThat(settled.path("status").asText()).isEqualTo("DONE");
        assertThat(settled.path("acceptance").path("accepted").asBoolean()).isTrue();
    }

    @Test
    void aRefusedMilestoneWithoutAPersonTellsItsOrganisationOrElseTheManagers() {
        HandoffFixture fixture = new HandoffFixture(clients);
        String project = fixture.projectId(HandoffFixture.GEARBOX);
        Api pm = clients.as("pm");
        String unassigned = doneMilestone(pm, project, Map.of());

        clients.as("customer")
                .post(
                        "/api/work-items/" + unassigned + "/acceptance",
                        Map.of("accepted", false, "comment", "Wrong colour"));

        assertThat(notified("MILESTONE_REFUSED", unassigned))
                .as("no owner: the project's managers")
                .contains("pm /projects/" + project + "/work-items/" + unassigned)
                .noneMatch(r -> r.startsWith("supplier-a ") || r.startsWith("customer "));
    }

    @Test
    void aRefusalWithoutAReasonChangesNothing() {
        HandoffFixture fixture = new HandoffFixture(clients);
        String project = fixture.projectId(HandoffFixture.GEARBOX);
        String milestone = doneMilestone(clients.as("pm"), project, Map.of());

        Api.Response refused = clients.as("customer")
                .post("/api/work-items/" + milestone + "/acceptance", Map.of("accepted", false, "comment", " "));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(clients.as("pm")
                        .get("/api/work-items/" + milestone)
                        .json()
                        .path("status")
                        .asText())
                .isEqualTo("DONE");
        assertThat(notified("MILESTONE_REFUSED", milestone)).isEmpty();
    }

    private String doneMilestone(Api pm, String project, Map<String, Object> extra) {
        Map<String, Object> body = new java.util.HashMap<>(extra);
        body.put("title", HandoffFixture.unique("Acceptance test run"));
        body.put("plannedEnd", LocalDate.now().plusDays(3).toString());
        body.put("milestone", true);
        Api.Response created = pm.post("/api/projects/" + project + "/work-items", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().path("id").asText();
        Api.Response done = pm.patch(
                "/api/work-items/" + id,
                Map.of("version", created.json().path("version").asInt(), "status", "DONE"));
        assertThat(done.status()).as(done.toString()).isEqualTo(200);
        return id;
    }

    /** "username link" of the in-app notifications of the type about the work item. */
    private List<String> notified(String type, String workItemId) {
        return jdbc.sql("""
                        select u.username || ' ' || coalesce(o.link, '-') from ntf_outbox o
                          join idn_user u on u.id = o.recipient_id
                         where o.type = ? and o.channel = 'IN_APP' and o.params ->> 'workItem' = (
                               select title from prj_work_item where id = cast(? as uuid))
                         order by u.username
                        """).params(type, workItemId).query(String.class).list();
    }

    private UUID userId(String username) {
        return jdbc.sql(
                        "select u.id from idn_user u join ten_tenant t on t.id = u.tenant_id where t.slug = 'demo' and u.username = ?")
                .param(username)
                .query(UUID.class)
                .single();
    }
}
