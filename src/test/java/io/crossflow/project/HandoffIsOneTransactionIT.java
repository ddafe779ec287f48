package io.crossflow.project;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.crossflow.project.process.WorkPackageHandoff;
import io.crossflow.testing.Api;
import io.crossflow.testing.DemoIds;
import io.crossflow.testing.HandoffFixture;
import io.crossflow.testing.IntegrationTest;
import io.crossflow.testing.TestClients;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Handing a work item off is one request and one transaction: the chosen partner becomes the
 * assignee and the process starts together, or — when the hand-off is refused — nothing changes:
 * not the item, not its assignee, not the process instances, not the audit trail.
 */
@IntegrationTest
class HandoffIsOneTransactionIT {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    TestClients clients;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    HistoryService history;

    @Autowired
    RepositoryService repository;

    @Autowired
    DemoIds ids;

    @Test
    void aRefusedDueDateLeavesTheItemItsAssigneeTheProcessesAndTheAuditAsTheyWere() {
        HandoffFixture fixture = new HandoffFixture(clients);
        String project = fixture.projectId(HandoffFixture.GEARBOX);
        String supplierA = fixture.organisationId(project, HandoffFixture.SUPPLIER_A);
        String item = unassignedItem(project, "Refused due date");
        Snapshot before = snapshot(item);

        Api.Response refused = handoff(item, supplierA, LocalDate.now(SHANGHAI).minusDays(3));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(fieldError(refused, "dueDate")).isEqualTo("must not be in the past");
        assertThat(snapshot(item)).as("nothing changed").isEqualTo(before);
        assertThat(before.assigneeOrganisationId()).as("still unassigned").isEmpty();

        Api.Response started = handoff(item, supplierA, LocalDate.now(SHANGHAI).plusDays(5));

        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        assertThat(started.json()
                        .path("workItem")
                        .path("assigneeOrganisationId")
                        .asText())
                .as("the partner is assigned by the hand-off itself")
                .isEqualTo(supplierA);
        assertThat(started.json().path("workItem").path("handoffStatus").asText())
                .isEqualTo("OFFERED");
        assertThat(snapshot(item).instances()).isEqualTo(1);
    }

    @Test
    void aPartnerThatIsNotAPartnerOfTheProjectIsAFieldErrorAndChangesNothing() {
        HandoffFixture fixture = new HandoffFixture(clients);
        String project = fixture.projectId(HandoffFixture.GEARBOX);
        String item = unassignedItem(project, "Refused partner");
        String customer = participantOfKind(project, "CUSTOMER");
        Snapshot before = snapshot(item);

        Api.Response refused = clients.as("pm")
                .speaking("zh-CN")
                .post(
                        "/api/work-items/" + item + "/handoff",
                        Map.of(
                                "organisationId",
                                customer,
                                "dueDate",
                                LocalDate.now(SHANGHAI).plusDays(5).toString()));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(fieldError(refused, "organisationId")).isEqualTo("不是参与本项目的合作伙伴组织");
        assertThat(snapshot(item)).isEqualTo(before);

        Api.Response none = clients.as("pm").post("/api/work-items/" + item + "/handoff", Map.of());
        assertThat(none.status()).as(none.toString()).isEqualTo(400);
        assertThat(fieldError(none, "organisationId")).startsWith("is required");
        assertThat(snapshot(item)).isEqualTo(before);
    }

    @Test
    void whenTheEngineRefusesToStartTheAssignmentIsUndoneToo() {
        HandoffFixture fixture = new HandoffFixture(clients);
        String project = fixture.projectId(HandoffFixture.GEARBOX);
        String supplierA = fixture.organisationId(project, HandoffFixture.SUPPLIER_A);
        String item = unassignedItem(project, "Suspended process");
        Snapshot before = snapshot(item);
        String tenant = ids.demoTenant().toString();
        repository
                .updateProcessDefinitionSuspensionState()
                .byProcessDefinitionKey(WorkPackageHandoff.PROCESS_KEY)
                .processDefinitionTenantId(tenant)
                .suspend();
        Api.Response refused;
        try {
            refused = handoff(item, supplierA, LocalDate.now(SHANGHAI).plusDays(5));
        } finally {
            repository
                    .updateProcessDefinitionSuspensionState()
                    .byProcessDefinitionKey(WorkPackageHandoff.PROCESS_KEY)
                    .processDefinitionTenantId(tenant)
                    .activate();
        }

        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.json().path("detail").asText()).contains("suspended");
        assertThat(snapshot(item))
                .as("the assignment written before the engine refused is rolled back")
                .isEqualTo(before);
    }

    private Api.Response handoff(String item, String organisationId, LocalDate due) {
        Map<String, Object> body = new HashMap<>();
        body.put("organisationId", organisationId);
        body.put("dueDate", due.toString());
        return clients.as("pm").post("/api/work-items/" + item + "/handoff", body);
    }

    private String unassignedItem(String project, String title) {
        Api.Response created = clients.as("pm")
                .post(
                        "/api/projects/" + project + "/work-items",
                        Map.of(
                                "title",
                                HandoffFixture.unique(title),
                                "plannedEnd",
                                LocalDate.now(SHANGHAI).plusDays(10).toString()));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().path("id").asText();
    }

    private String participantOfKind(String project, String kind) {
        for (JsonNode p : clients.as("pm")
                .get("/api/projects/" + project + "/participants")
                .json()) {
            if (p.path("kind").asText().equals(kind)) {
                return p.path("organisationId").asText();
            }
        }
        throw new AssertionError("No " + kind + " in the project");
    }

    private static String fieldError(Api.Response response, String field) {
        for (JsonNode error : response.json().path("errors")) {
            if (error.path("field").asText().equals(field)) {
                return error.path("message").asText();
            }
        }
        throw new AssertionError("No field error for " + field + " in " + response);
    }

    /** What a user could notice of the item: as the API shows it, its process instances, its audit trail. */
    private Snapshot snapshot(String item) {
        JsonNode shown = clients.as("pm").get("/api/work-items/" + item).json();
        long instances = history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(item)
                .count();
        List<String> audit = jdbc.sql("select action || ':' || coalesce(changes::text, '') from aud_event"
                        + " where object_id::text = ? order by at, action")
                .param(item)
                .query(String.class)
                .list();
        return new Snapshot(
                shown.path("version").asInt(),
                shown.path("assigneeOrganisationId").asText(""),
                shown.path("assigneeUserId").asText(""),
                shown.path("status").asText(),
                shown.path("handoffStatus").asText(""),
                instances,
                audit);
    }

    record Snapshot(
            int version,
            String assigneeOrganisationId,
            String assigneeUserId,
            String status,
            String handoffStatus,
            long instances,
            List<String> audit) {}
}
