package io.crossflow.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Sets up hand-offs through the HTTP API only, as the demo users would. */
public final class HandoffFixture {

    public static final String GEARBOX = "Gearbox Housing Line";
    public static final String SUPPLIER_A = "Precision Parts Ltd";

    private final TestClients clients;

    public HandoffFixture(TestClients clients) {
        this.clients = clients;
    }

    public String projectId(String name) {
        for (JsonNode project : clients.as("pm").get("/api/projects").json()) {
            if (project.path("name").asText().equals(name)) {
                return project.path("id").asText();
            }
        }
        throw new AssertionError("No project " + name);
    }

    public String organisationId(String projectId, String name) {
        for (JsonNode participant : clients.as("pm")
                .get("/api/projects/" + projectId + "/participants")
                .json()) {
            if (participant.path("name").asText().equals(name)) {
                return participant.path("organisationId").asText();
            }
        }
        throw new AssertionError("No participant " + name);
    }

    /** A new work item of the project assigned to the organisation, created by the project manager. */
    public String workItem(String projectId, String organisationId, String title, LocalDate plannedEnd) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("assigneeOrganisationId", organisationId);
        body.put("plannedEnd", plannedEnd.toString());
        Api.Response created = clients.as("pm").post("/api/projects/" + projectId + "/work-items", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().path("id").asText();
    }

    /** Hands the item off as the engineer; due on the given day, or the item's planned end when null. */
    public void handoff(String workItemId, LocalDate dueDate) {
        handoff("engineer", workItemId, dueDate);
    }

    public void handoff(String as, String workItemId, LocalDate dueDate) {
        Map<String, Object> body = new HashMap<>();
        if (dueDate != null) {
            body.put("dueDate", dueDate.toString());
        }
        Api.Response started = clients.as(as).post("/api/work-items/" + workItemId + "/handoff", body);
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
    }

    /** A new project of the project manager in which supplier A takes part: its id. */
    public String projectWithSupplierA(String name) {
        Api pm = clients.as("pm");
        Api.Response created = pm.post("/api/projects", Map.of("name", name));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String project = created.json().path("id").asText();
        String supplierA = organisationId(projectId(GEARBOX), SUPPLIER_A);
        Api.Response joined = pm.post(
                "/api/projects/" + project + "/participants", Map.of("organisationId", supplierA, "role", "SUPPLIER"));
        assertThat(joined.status()).as(joined.toString()).isEqualTo(201);
        return project;
    }

    /** A fresh item of the Gearbox project for supplier A, handed off: its id. */
    public String handedOffToSupplierA(String title) {
        String project = projectId(GEARBOX);
        String item = workItem(
                project,
                organisationId(project, SUPPLIER_A),
                title,
                LocalDate.now().plusDays(14));
        handoff(item, null);
        return item;
    }

    /** The caller's inbox entries for one work item (its id is the business key the search matches). */
    public static JsonNode inbox(Api api, String workItemId) {
        Api.Response response = api.get("/api/inbox?q=" + URLEncoder.encode(workItemId, StandardCharsets.UTF_8));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    /** The id of the one open task of the work item in the caller's inbox, checking its title. */
    public static String onlyTask(Api api, String workItemId, String title) {
        JsonNode inbox = inbox(api, workItemId);
        assertThat(inbox.path("total").asLong()).as(inbox.toString()).isEqualTo(1);
        assertThat(inbox.path("items").get(0).path("title").asText()).isEqualTo(title);
        return inbox.path("items").get(0).path("taskId").asText();
    }

    /** The id of the one open task of the work item in the caller's inbox. */
    public static String onlyTask(Api api, String workItemId) {
        JsonNode inbox = inbox(api, workItemId);
        assertThat(inbox.path("total").asLong()).as(inbox.toString()).isEqualTo(1);
        return inbox.path("items").get(0).path("taskId").asText();
    }

    public static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
