package io.crossflow.inbox;

import static io.crossflow.testing.HandoffFixture.onlyTask;
import static org.assertj.core.api.Assertions.assertThat;

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
}
