package io.crossflow.inbox;

import static io.crossflow.testing.HandoffFixture.onlyTask;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.crossflow.testing.Api;
import io.crossflow.testing.HandoffFixture;
import io.crossflow.testing.IntegrationTest;
import io.crossflow.testing.TestClients;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A completed task's comments, history and diagram stay readable by those who could see it. */
@IntegrationTest
class EndedTaskIT {

    @Autowired
    TestClients clients;

    @Test
    void theCompletedAcceptStepStaysReadableToTheSupplierOnly() {
        String item = new HandoffFixture(clients).handedOffToSupplierA(HandoffFixture.unique("Ended flanges"));
        Api supplierA = clients.as("supplier-a");
        String accept = onlyTask(supplierA, item, "Accept work package");
        assertThat(supplierA
                        .post("/api/tasks/" + accept + "/comments", Map.of("text", "收到，开始排产"))
                        .status())
                .isEqualTo(201);
        assertThat(supplierA
                        .post("/api/tasks/" + accept + "/complete", Map.of("decision", "accept"))
                        .status())
                .isEqualTo(204);

        Api.Response comments = supplierA.get("/api/tasks/" + accept + "/comments");
        assertThat(comments.status()).as(comments.toString()).isEqualTo(200);
        assertThat(comments.json().findValuesAsText("text")).containsExactly("收到，开始排产");
        Api.Response history = supplierA.get("/api/tasks/" + accept + "/history");
        assertThat(history.status()).as(history.toString()).isEqualTo(200);
        assertThat(history.json().findValuesAsText("activityId")).contains("AcceptWorkPackage");
        Api.Response diagram = supplierA.get("/api/tasks/" + accept + "/diagram");
        assertThat(diagram.status()).as(diagram.toString()).isEqualTo(200);
        assertThat(diagram.json().path("completedActivityIds").toString()).contains("AcceptWorkPackage");

        for (String outsider : List.of("supplier-b", "customer", "other-pm")) {
            Api other = clients.as(outsider);
            for (String part : List.of("comments", "history", "diagram")) {
                assertThat(other.get("/api/tasks/" + accept + "/" + part).status())
                        .as(outsider + " reads " + part)
                        .isEqualTo(404);
            }
        }
        assertThat(supplierA
                        .post("/api/tasks/" + accept + "/comments", Map.of("text", "too late"))
                        .status())
                .as("an ended task takes no new comments")
                .isEqualTo(404);
    }

    @Test
    void aCompletedTaskShowsWhatWasSubmittedToThoseWhoCouldSeeItInTheirLanguage() {
        String item = new HandoffFixture(clients).handedOffToSupplierA(HandoffFixture.unique("Submitted flanges"));
        Api supplierA = clients.as("supplier-a");
        String accept = onlyTask(supplierA, item, "Accept work package");
        assertThat(supplierA.get("/api/tasks/" + accept + "/submission").status())
                .as("an open task has submitted nothing yet")
                .isEqualTo(404);
        assertThat(supplierA
                        .post("/api/tasks/" + accept + "/complete", Map.of("decision", "accept", "unknown", "x"))
                        .status())
                .isEqualTo(204);
        String deliver = onlyTask(supplierA, item, "Deliver work package");
        assertThat(supplierA
                        .post(
                                "/api/tasks/" + deliver + "/complete",
                                Map.of("deliverableReference", "DOC-1", "deliveryNote", "第一批"))
                        .status())
                .isEqualTo(204);

        Api.Response zh = supplierA.speaking("zh-CN").get("/api/tasks/" + accept + "/submission");
        assertThat(zh.status()).as(zh.toString()).isEqualTo(200);
        assertThat(zh.json().path("name").asText()).isEqualTo("接收工作包");
        assertThat(zh.json().path("process").path("name").asText()).isNotBlank().doesNotContainPattern("[A-Za-z]");
        assertThat(zh.json().path("values").toString()).isEqualTo("{\"decision\":\"accept\"}");
        assertThat(zh.json().path("form").at("/components/1/label").asText()).isEqualTo("您的决定");
        assertThat(zh.json().path("completedBy").asText()).isNotBlank();
        assertThat(zh.json().path("completedAt").asText()).isNotBlank();

        JsonNode delivered = supplierA
                .speaking("en")
                .get("/api/tasks/" + deliver + "/submission")
                .json();
        assertThat(delivered.path("values").path("deliverableReference").asText())
                .isEqualTo("DOC-1");
        assertThat(delivered.path("values").path("deliveryNote").asText()).isEqualTo("第一批");
        assertThat(delivered.path("values").has("decision"))
                .as("only this task's own fields")
                .isFalse();
        assertThat(delivered.path("name").asText()).isEqualTo("Deliver work package");

        for (String outsider : List.of("supplier-b", "customer", "other-pm", "pm")) {
            assertThat(clients.as(outsider)
                            .get("/api/tasks/" + accept + "/submission")
                            .status())
                    .as(outsider)
                    .isEqualTo(404);
        }
    }
}
