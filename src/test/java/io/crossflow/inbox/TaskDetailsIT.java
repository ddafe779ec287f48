package io.crossflow.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.crossflow.testing.Api;
import io.crossflow.testing.HandoffFixture;
import io.crossflow.testing.IntegrationTest;
import io.crossflow.testing.TestClients;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class TaskDetailsIT {

    @Autowired
    TestClients clients;

    @Autowired
    JdbcClient jdbc;

    @Test
    void commentsFollowTheInstanceFromStepToStep() {
        HandoffFixture fixture = new HandoffFixture(clients);
        String item = fixture.handedOffToSupplierA(HandoffFixture.unique("Commented"));
        Api supplier = clients.as("supplier-a");
        String accept = HandoffFixture.onlyTask(supplier, item, "Accept work package");

        Api.Response posted =
                supplier.post("/api/tasks/" + accept + "/comments", Map.of("text", "  We can start Monday. "));
        assertThat(posted.status()).as(posted.toString()).isEqualTo(201);
        assertThat(posted.json().path("text").asText()).isEqualTo("We can start Monday.");
        assertThat(posted.json().path("authorName").asText()).isEqualTo(displayName("supplier-a"));
        assertThat(posted.json().path("createdAt").asText()).isNotBlank();

        assertThat(supplier.post("/api/tasks/" + accept + "/comments", Map.of("text", " "))
                        .status())
                .isEqualTo(400);
        assertThat(clients.as("supplier-b")
                        .get("/api/tasks/" + accept + "/comments")
                        .status())
                .isEqualTo(404);
        assertThat(clients.as("supplier-b")
                        .post("/api/tasks/" + accept + "/comments", Map.of("text", "Let me in"))
                        .status())
                .isEqualTo(404);

        assertThat(supplier.post("/api/tasks/" + accept + "/complete", Map.of("decision", "accept"))
                        .status())
                .isEqualTo(204);
        String deliver = HandoffFixture.onlyTask(supplier, item, "Deliver work package");
        JsonNode comments = supplier.get("/api/tasks/" + deliver + "/comments").json();
        assertThat(comments).hasSize(1);
        assertThat(comments.get(0).path("taskId").asText()).isEqualTo(accept);
        assertThat(comments.get(0).path("taskTitle").asText()).isEqualTo("Accept work package");
    }

    @Test
    void historyAndDiagramShowWhereTheInstanceStands() {
        HandoffFixture fixture = new HandoffFixture(clients);
        String item = fixture.handedOffToSupplierA(HandoffFixture.unique("Traced"));
        Api supplier = clients.as("supplier-a");
        String accept = HandoffFixture.onlyTask(supplier, item);
        assertThat(supplier.post("/api/tasks/" + accept + "/complete", Map.of("decision", "accept"))
                        .status())
                .isEqualTo(204);
        String deliver = HandoffFixture.onlyTask(supplier, item, "Deliver work package");

        Api.Response history = supplier.get("/api/tasks/" + deliver + "/history");
        assertThat(history.status()).as(history.toString()).isEqualTo(200);
        JsonNode acceptStep = null;
        List<String> activities = new ArrayList<>();
        for (JsonNode step : history.json()) {
            activities.add(step.path("activityId").asText());
            if (step.path("activityId").asText().equals("AcceptWorkPackage")) {
                acceptStep = step;
            }
        }
        assertThat(activities).doesNotContain("DeliverWorkPackage");
        assertThat(acceptStep).as(history.toString()).isNotNull();
        assertThat(acceptStep.path("name").asText()).isEqualTo("Accept work package");
        assertThat(acceptStep.path("type").asText()).isEqualTo("userTask");
        assertThat(acceptStep.path("completedBy").asText()).isEqualTo(displayName("supplier-a"));
        assertThat(acceptStep.path("endedAt").asText()).isNotBlank();

        JsonNode diagram = supplier.get("/api/tasks/" + deliver + "/diagram").json();
        assertThat(diagram.path("bpmnXml").asText()).contains("id=\"work-package-handoff\"");
        assertThat(diagram.path("activeActivityIds").toString()).contains("DeliverWorkPackage");
        assertThat(diagram.path("completedActivityIds").toString()).contains("AcceptWorkPackage");
        assertThat(diagram.path("completedActivityIds").toString()).doesNotContain("DeliverWorkPackage");

        for (String who : List.of("supplier-b", "customer", "other-pm")) {
            assertThat(clients.as(who).get("/api/tasks/" + deliver + "/history").status())
                    .as(who)
                    .isEqualTo(404);
            assertThat(clients.as(who).get("/api/tasks/" + deliver + "/diagram").status())
                    .as(who)
                    .isEqualTo(404);
        }
    }

    private String displayName(String username) {
        return jdbc.sql("select display_name from idn_user where username = ?")
                .param(username)
                .query(String.class)
                .single();
    }
}
