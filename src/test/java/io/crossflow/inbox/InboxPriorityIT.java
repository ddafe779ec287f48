package io.crossflow.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.crossflow.testing.Api;
import io.crossflow.testing.HandoffFixture;
import io.crossflow.testing.IntegrationTest;
import io.crossflow.testing.TestClients;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Work items and tickets have a priority; their tasks carry it, and the inbox filters and sorts by it. */
@IntegrationTest
class InboxPriorityIT {

    @Autowired
    TestClients clients;

    HandoffFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new HandoffFixture(clients);
    }

    @Test
    void aHandoffTakesItsWorkItemsPriorityAndFollowsItsChanges() {
        String project = fixture.projectWithSupplierA(HandoffFixture.unique("Priorities"));
        String supplierA = fixture.organisationId(project, HandoffFixture.SUPPLIER_A);
        String urgent = handedOff(project, supplierA, "Urgent castings", "URGENT");
        String normal = handedOff(project, supplierA, "Normal castings", null);
        String low = handedOff(project, supplierA, "Low castings", "LOW");
        Api pm = clients.as("pm");
        assertThat(pm.get("/api/work-items/" + urgent).json().path("priority").asText())
                .isEqualTo("URGENT");
        assertThat(pm.get("/api/work-items/" + normal).json().path("priority").asText())
                .isEqualTo("NORMAL");

        Api supplier = clients.as("supplier-a");
        String base = "/api/inbox?projectId=" + project;
        JsonNode sorted = supplier.get(base + "&sort=-priority").json();
        assertThat(objectIds(sorted)).containsExactly(urgent, normal, low);
        assertThat(sorted.findValuesAsText("priorityLevel")).containsExactly("URGENT", "NORMAL", "LOW");
        assertThat(sorted.path("items").get(0).path("priority").asInt()).isEqualTo(90);
        assertThat(objectIds(supplier.get(base + "&priority=high").json())).containsExactly(urgent);
        assertThat(objectIds(
                        supplier.get(base + "&priority=NORMAL&sort=priority").json()))
                .containsExactly(normal, urgent);

        int version = pm.get("/api/work-items/" + low).json().path("version").asInt();
        Api.Response raised = pm.patch("/api/work-items/" + low, Map.of("version", version, "priority", "HIGH"));
        assertThat(raised.status()).as(raised.toString()).isEqualTo(200);
        assertThat(raised.json().path("priority").asText()).isEqualTo("HIGH");
        JsonNode after = supplier.get(base + "&sort=-priority").json();
        assertThat(objectIds(after)).containsExactly(urgent, low, normal);
        assertThat(after.path("items").get(1).path("priority").asInt()).isEqualTo(70);
    }

    @Test
    void aComplaintsPriorityFollowsItsSeverity() {
        String project = fixture.projectId(HandoffFixture.GEARBOX);
        Api pm = clients.as("pm");
        String title = HandoffFixture.unique("Cracked housings");
        Api.Response complaint = pm.post(
                "/api/projects/" + project + "/tickets",
                Map.of("type", "COMPLAINT", "title", title, "severity", "CRITICAL", "priority", "LOW"));
        assertThat(complaint.status()).as(complaint.toString()).isEqualTo(201);
        assertThat(complaint.json().path("priority").asText()).isEqualTo("URGENT");
        assertThat(complaint.json().path("severity").asText()).isEqualTo("CRITICAL");

        JsonNode row = search(clients.as("engineer"), title).path("items").get(0);
        assertThat(row.path("priority").asInt()).isEqualTo(90);
        assertThat(row.path("priorityLevel").asText()).isEqualTo("URGENT");

        String issueTitle = HandoffFixture.unique("Loose bolts");
        Api.Response issue = pm.post(
                "/api/projects/" + project + "/tickets",
                Map.of("type", "ISSUE", "title", issueTitle, "priority", "LOW"));
        assertThat(issue.status()).as(issue.toString()).isEqualTo(201);
        assertThat(issue.json().path("priority").asText()).isEqualTo("LOW");
        assertThat(issue.json().path("severity").asText(null))
                .as("an issue has no severity")
                .isNull();
        assertThat(search(clients.as("engineer"), issueTitle)
                        .path("items")
                        .get(0)
                        .path("priorityLevel")
                        .asText())
                .isEqualTo("LOW");
    }

    @Test
    void badPrioritiesAreRefusedWithFieldErrors() {
        String project = fixture.projectId(HandoffFixture.GEARBOX);
        Api pm = clients.as("pm");
        String title = HandoffFixture.unique("Severity on an issue");
        Api.Response refused = pm.post(
                "/api/projects/" + project + "/tickets", Map.of("type", "ISSUE", "title", title, "severity", "MINOR"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("errors").get(0).path("field").asText()).isEqualTo("severity");
        assertThat(search(clients.as("engineer"), title).path("total").asLong()).isZero();

        Api.Response badFilter = clients.as("supplier-a").get("/api/inbox?priority=soon");
        assertThat(badFilter.status()).isEqualTo(400);
        assertThat(badFilter.json().path("errors").get(0).path("field").asText())
                .isEqualTo("priority");
    }

    private String handedOff(String project, String organisation, String title, String priority) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", HandoffFixture.unique(title));
        body.put("assigneeOrganisationId", organisation);
        body.put("plannedEnd", LocalDate.now().plusDays(20).toString());
        if (priority != null) {
            body.put("priority", priority);
        }
        Api.Response created = clients.as("pm").post("/api/projects/" + project + "/work-items", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String item = created.json().path("id").asText();
        fixture.handoff("pm", item, null);
        return item;
    }

    private static List<String> objectIds(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.path("items").forEach(row -> ids.add(row.path("object").path("id").asText()));
        return ids;
    }

    private static JsonNode search(Api api, String text) {
        Api.Response response = api.get("/api/inbox?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }
}
