package io.crossflow.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.crossflow.testing.Api;
import io.crossflow.testing.DemoIds;
import io.crossflow.testing.IntegrationTest;
import io.crossflow.testing.TestClients;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A ticket's page (docs/web.md, "Ticket page"): its project, the affected work items, the open step
 * and who holds it, one comment thread with its tasks, and its diagram — for those who see the
 * ticket, and 404 for everyone else, whatever they ask of it.
 */
@IntegrationTest
class TicketPageIT {

    private static final String SUPPLIER_A_ITEM = "Machined housings, batch 1";

    @Autowired
    TestClients clients;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoIds demo;

    @Autowired
    RuntimeService runtime;

    private final List<String> raised = Collections.synchronizedList(new ArrayList<>());

    @AfterEach
    void removeOpenTicketProcesses() {
        for (String ticket : raised) {
            runtime.createProcessInstanceQuery()
                    .processInstanceBusinessKey(ticket)
                    .list()
                    .forEach(i -> runtime.deleteProcessInstance(i.getId(), "test finished"));
        }
    }

    @Test
    void theReporterSeesProjectAffectedItemAndTheOpenStepButNotWhoInsideHoldsIt() {
        String ticket = supplierAIssue();

        JsonNode partner =
                clients.as("supplier-a").get("/api/tickets/" + ticket).json();
        assertThat(partner.path("project").path("id").asText())
                .isEqualTo(demo.demoProject().toString());
        assertThat(partner.path("project").path("name").asText()).isEqualTo(DemoIds.DEMO_PROJECT);
        assertThat(partner.path("reporterName").asText()).isNotBlank();
        assertThat(partner.path("workItems").findValuesAsText("title")).containsExactly(SUPPLIER_A_ITEM);
        assertThat(partner.path("history").get(0).path("stage").asText()).isEqualTo("RAISED");
        assertThat(partner.path("commentable").asBoolean()).isTrue();
        JsonNode step = partner.path("openSteps").get(0);
        assertThat(step.path("name").asText()).isNotBlank();
        assertThat(step.path("yours").asBoolean()).isFalse();
        assertThat(absent(step.path("taskId")))
                .as("an outsider gets no task it may not work on")
                .isTrue();
        assertThat(step.path("holders")).isEmpty();

        JsonNode internal = clients.as("pm").get("/api/tickets/" + ticket).json();
        JsonNode held = internal.path("openSteps").get(0);
        assertThat(held.path("taskId").asText()).isNotBlank();
        assertThat(held.path("holders").toString()).contains("ROLE:MEMBER");
    }

    @Test
    void commentsOnTheTicketAndOnItsTasksAreOneThread() {
        String ticket = supplierAIssue();
        Api partner = clients.as("supplier-a");
        Api pm = clients.as("pm");

        Api.Response written =
                partner.post("/api/tickets/" + ticket + "/comments", Map.of("text", "Burrs on 12 housings"));
        assertThat(written.status()).as(written.toString()).isEqualTo(201);
        String number = partner.get("/api/tickets/" + ticket)
                .json()
                .path("ticket")
                .path("number")
                .asText();
        assertThat(written.json().path("taskTitle").asText()).isEqualTo(number);
        assertThat(absent(written.json().path("taskId")))
                .as("a comment on no task")
                .isTrue();

        String task = pm.get("/api/tickets/" + ticket)
                .json()
                .path("openSteps")
                .get(0)
                .path("taskId")
                .asText();
        assertThat(pm.get("/api/tasks/" + task + "/comments").body()).contains("Burrs on 12 housings");
        assertThat(pm.post("/api/tasks/" + task + "/comments", Map.of("text", "Sending a replacement batch"))
                        .status())
                .isEqualTo(201);

        assertThat(partner.get("/api/tickets/" + ticket + "/comments").json().findValuesAsText("text"))
                .containsExactly("Burrs on 12 housings", "Sending a replacement batch");
    }

    @Test
    void whoDoesNotSeeTheTicketGetsNotFoundForEveryPartOfItsPage() {
        String ticket = supplierAIssue();
        for (String outsider : List.of("supplier-b", "customer", "other-pm")) {
            Api api = clients.as(outsider);
            assertThat(api.get("/api/tickets/" + ticket).status()).as(outsider).isEqualTo(404);
            assertThat(api.get("/api/tickets/" + ticket + "/comments").status())
                    .as(outsider)
                    .isEqualTo(404);
            assertThat(api.get("/api/tickets/" + ticket + "/diagram").status())
                    .as(outsider)
                    .isEqualTo(404);
            Api.Response refused = api.post("/api/tickets/" + ticket + "/comments", Map.of("text", "leak " + outsider));
            assertThat(refused.status()).as(outsider).isEqualTo(404);
            assertThat(refused.body()).contains("\"detail\"");
        }
        assertThat(clients.as("supplier-a")
                        .get("/api/tickets/" + ticket + "/comments")
                        .body())
                .doesNotContain("leak");
        assertThat(clients.as("supplier-a")
                        .get("/api/tickets/" + ticket + "/diagram")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void anEmptyCommentIsRefusedWithItsFieldAndChangesNothing() {
        String ticket = supplierAIssue();
        Api.Response empty =
                clients.as("supplier-a").post("/api/tickets/" + ticket + "/comments", Map.of("text", "   "));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().path("errors").findValuesAsText("field")).containsExactly("text");
        Api.Response chinese = clients.freshSession("supplier-a")
                .speaking("zh-CN")
                .post("/api/tickets/" + ticket + "/comments", Map.of());
        assertThat(chinese.status()).isEqualTo(400);
        assertThat(clients.as("supplier-a")
                        .get("/api/tickets/" + ticket + "/comments")
                        .json())
                .isEmpty();
    }

    private static boolean absent(JsonNode node) {
        return node.isMissingNode() || node.isNull();
    }

    private String supplierAIssue() {
        UUID item = jdbc.sql(
                        "select id from prj_work_item where title = ? and project_id = ? order by created_at limit 1")
                .params(SUPPLIER_A_ITEM, demo.demoProject())
                .query(UUID.class)
                .single();
        Api.Response created = clients.as("supplier-a")
                .post(
                        "/api/projects/" + demo.demoProject() + "/tickets",
                        Map.of(
                                "type",
                                "ISSUE",
                                "title",
                                "Ticket page IT " + UUID.randomUUID(),
                                "affectedWorkItemIds",
                                List.of(item)));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().path("id").asText();
        raised.add(id);
        return id;
    }
}
