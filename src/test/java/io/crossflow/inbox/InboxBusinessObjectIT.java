package io.crossflow.inbox;

import static io.crossflow.testing.HandoffFixture.inbox;
import static io.crossflow.testing.HandoffFixture.onlyTask;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.crossflow.testing.Api;
import io.crossflow.testing.HandoffFixture;
import io.crossflow.testing.IntegrationTest;
import io.crossflow.testing.TestClients;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every inbox row and task page names the work item, ticket or order its process is about. */
@IntegrationTest
class InboxBusinessObjectIT {

    @Autowired
    TestClients clients;

    HandoffFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new HandoffFixture(clients);
    }

    @Test
    void aSupplierTellsItsHandoffsApartByWorkItemAndProject() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String casting = fixture.handedOffToSupplierA("齿轮箱壳体铸造 " + tag);
        String flanges = fixture.handedOffToSupplierA("Machined flanges " + tag);
        Api supplierA = clients.as("supplier-a");
        String key = projectKey(HandoffFixture.GEARBOX);

        JsonNode both = search(supplierA, tag);
        assertThat(both.path("total").asLong()).isEqualTo(2);
        for (JsonNode row : both.path("items")) {
            assertThat(row.path("title").asText()).isEqualTo("Accept work package");
            assertThat(row.path("projectName").asText()).isEqualTo(HandoffFixture.GEARBOX);
            assertThat(row.path("projectKey").asText()).isEqualTo(key);
            assertThat(row.path("object").path("kind").asText()).isEqualTo("WORK_ITEM");
        }
        assertThat(both.findValuesAsText("title")).contains("齿轮箱壳体铸造 " + tag, "Machined flanges " + tag);

        JsonNode chinese = search(supplierA, "壳体铸造 " + tag);
        assertThat(chinese.path("total").asLong()).isEqualTo(1);
        JsonNode object = chinese.path("items").get(0).path("object");
        assertThat(object.path("id").asText()).isEqualTo(casting);
        assertThat(object.path("title").asText()).isEqualTo("齿轮箱壳体铸造 " + tag);

        String task = onlyTask(supplierA, flanges, "Accept work package");
        JsonNode page = supplierA.get("/api/tasks/" + task).json().path("task");
        assertThat(page.path("object").path("title").asText()).isEqualTo("Machined flanges " + tag);
        assertThat(page.path("object").path("id").asText()).isEqualTo(flanges);
        assertThat(page.path("project").path("key").asText()).isEqualTo(key);
    }

    @Test
    void renamingTheWorkItemRenamesItsOpenTasks() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String item = fixture.handedOffToSupplierA("Bearing covers " + tag);
        Api pm = clients.as("pm");
        int version = pm.get("/api/work-items/" + item).json().path("version").asInt();

        Api.Response renamed = pm.patch("/api/work-items/" + item, Map.of("version", version, "title", "轴承端盖 " + tag));
        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);

        Api supplierA = clients.as("supplier-a");
        JsonNode row = inbox(supplierA, item).path("items").get(0);
        assertThat(row.path("object").path("title").asText()).isEqualTo("轴承端盖 " + tag);
        assertThat(search(supplierA, "轴承端盖 " + tag).path("total").asLong()).isEqualTo(1);
        assertThat(search(supplierA, "Bearing covers " + tag).path("total").asLong())
                .isZero();
    }

    @Test
    void aTicketsTasksNameItsNumberAndTitle() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String project = fixture.projectId(HandoffFixture.GEARBOX);
        Api.Response raised = clients.as("pm")
                .post(
                        "/api/projects/" + project + "/tickets",
                        Map.of(
                                "type",
                                "ISSUE",
                                "title",
                                "Porosity in castings " + tag,
                                "description",
                                "At inspection"));
        assertThat(raised.status()).as(raised.toString()).isEqualTo(201);
        String number = raised.json().path("number").asText();

        Api engineer = clients.as("engineer");
        JsonNode byTitle = search(engineer, "Porosity in castings " + tag);
        assertThat(byTitle.path("total").asLong()).as(byTitle.toString()).isEqualTo(1);
        JsonNode object = byTitle.path("items").get(0).path("object");
        assertThat(object.path("kind").asText()).isEqualTo("TICKET");
        assertThat(object.path("number").asText()).isEqualTo(number);
        assertThat(object.path("title").asText()).isEqualTo("Porosity in castings " + tag);
        assertThat(search(engineer, number).findValuesAsText("number")).contains(number);
    }

    private static JsonNode search(Api api, String text) {
        Api.Response response = api.get("/api/inbox?size=100&q=" + URLEncoder.encode(text, StandardCharsets.UTF_8));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private String projectKey(String name) {
        return clients.as("pm")
                .get("/api/projects/" + fixture.projectId(name))
                .json()
                .path("key")
                .asText();
    }
}
