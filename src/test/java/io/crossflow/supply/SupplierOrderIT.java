package io.crossflow.supply;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.crossflow.testing.Api;
import io.crossflow.testing.IntegrationTest;
import io.crossflow.testing.TestClients;
import io.crossflow.testing.TokenFixture;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Supplier orders through HTTP: placed by the project manager with supplier A for a fresh work
 * item, worked by supplier A through the task API, disrupted by ERP/MES through an API token of
 * scope {@code integration} of a service user (who else may report is {@code IntegrationEventAccessIT}'s).
 */
@IntegrationTest
class SupplierOrderIT {

    @Autowired
    TestClients clients;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    HistoryService history;

    private UUID project;
    private UUID supplierA;
    private TokenFixture tokens;

    @BeforeEach
    void findTheDemoProject() {
        tokens = new TokenFixture(jdbc, clients);
        project = jdbc.sql(
                        "select p.id from prj_project p join ten_tenant t on t.id = p.tenant_id where t.slug = 'demo' and p.name = 'Gearbox Housing Line'")
                .query(UUID.class)
                .single();
        supplierA = jdbc.sql("select id from idn_organisation where name = 'Precision Parts Ltd'")
                .query(UUID.class)
                .single();
    }

    @Test
    void materialShortageReportedWithAnIntegrationTokenFlagsTheOrdersWorkItems() {
        UUID item = freshWorkItem();
        JsonNode order = placeOrder(item);
        Api erp = clients.withToken(tokens.demoServiceUser("integration"));

        var accepted = erp.post(
                "/api/integrations/events",
                Map.of(
                        "type", "MATERIAL_SHORTAGE",
                        "orderReference", order.path("number").asText(),
                        "detail", "No aluminium until 12 May"));

        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
        assertThat(accepted.json().path("type").asText()).isEqualTo("MATERIAL_SHORTAGE");
        JsonNode workItem = clients.as("pm").get("/api/work-items/" + item).json();
        assertThat(workItem.path("status").asText()).isEqualTo("BLOCKED");
        assertThat(jdbc.sql("select flag_reason from prj_work_item where id = ?")
                        .param(item)
                        .query(String.class)
                        .single())
                .isEqualTo("Material shortage on supplier order "
                        + order.path("number").asText() + ": No aluminium until 12 May");
        JsonNode after = clients.as("pm")
                .get("/api/supplier-orders/" + order.path("id").asText())
                .json();
        assertThat(after.path("disruptions").findValuesAsText("detail")).containsExactly("No aluminium until 12 May");
        assertThat(passed(order, "MaterialShortageHandled"))
                .as("the order's exception path ran to its end")
                .isEqualTo(1);
        assertThat(after.path("status").asText()).as("the order goes on").isEqualTo("PLACED");
    }

    @Test
    void eventForAnUnknownOrderAnswers404AndChangesNothing() {
        UUID item = freshWorkItem();
        JsonNode order = placeOrder(item);
        Api erp = clients.withToken(tokens.demoServiceUser("integration"));
        long disruptionsBefore = disruptions();

        for (String reference : List.of("SO-999999999", UUID.randomUUID().toString())) {
            var unknown = erp.post(
                    "/api/integrations/events",
                    Map.of("type", "EQUIPMENT_FAILURE", "orderReference", reference, "detail", "Press 4 down"));
            assertThat(unknown.status()).isEqualTo(404);
            assertThat(unknown.json().path("detail").asText()).isEqualTo("Supplier order not found");
        }
        // Other Co's own integration account (the demo data has no admin there to issue it through the API)
        var otherTenant = clients.withToken(tokens.issuedBeforeThePolicy(tokens.newServiceUser("other"), "integration"))
                .post(
                        "/api/integrations/events",
                        Map.of(
                                "type",
                                "EQUIPMENT_FAILURE",
                                "orderReference",
                                order.path("number").asText()));
        assertThat(otherTenant.status()).as("another tenant's order is unknown").isEqualTo(404);

        assertThat(disruptions()).isEqualTo(disruptionsBefore);
        assertThat(clients.as("pm")
                        .get("/api/work-items/" + item)
                        .json()
                        .path("status")
                        .asText())
                .isEqualTo("TODO");
        assertThat(passed(order, "EquipmentFailureHandled")).isZero();
    }

    @Test
    void disruptionResolvedByTheErpUnblocksTheOrdersWorkItems() {
        UUID item = freshWorkItem();
        JsonNode order = placeOrder(item);
        Api erp = clients.withToken(tokens.demoServiceUser("integration"));
        String number = order.path("number").asText();
        assertThat(erp.post("/api/integrations/events", Map.of("type", "MATERIAL_SHORTAGE", "orderReference", number))
                        .status())
                .isEqualTo(202);
        assertThat(clients.as("pm")
                        .get("/api/work-items/" + item)
                        .json()
                        .path("status")
                        .asText())
                .isEqualTo("BLOCKED");

        var resolved = erp.post(
                "/api/integrations/events",
                Map.of("type", "DISRUPTION_RESOLVED", "orderReference", number, "detail", "Aluminium arrived"));

        assertThat(resolved.status()).as(resolved.toString()).isEqualTo(202);
        assertThat(resolved.json().path("type").asText()).isEqualTo("DISRUPTION_RESOLVED");
        JsonNode unblocked = clients.as("pm").get("/api/work-items/" + item).json();
        assertThat(unblocked.path("status").asText()).isEqualTo("TODO");
        assertThat(unblocked.hasNonNull("flagReason")).isFalse();
        var again =
                erp.post("/api/integrations/events", Map.of("type", "DISRUPTION_RESOLVED", "orderReference", number));
        assertThat(again.status()).as("no open disruption left").isEqualTo(409);
    }

    @Test
    void invalidEventAnswers400WithFieldErrors() {
        Api erp = clients.withToken(tokens.demoServiceUser("integration"));

        var invalid = erp.post("/api/integrations/events", Map.of("type", "FIRE", "orderReference", " "));

        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().path("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("type", "orderReference");
        assertThat(erp.post("/api/integrations/events", Map.of())
                        .json()
                        .path("errors")
                        .findValuesAsText("field"))
                .containsExactlyInAnyOrder("type", "orderReference");
    }

    @Test
    void onlyIntegrationTokensReachTheEventEndpoint() {
        Map<String, String> event = Map.of("type", "MATERIAL_SHORTAGE", "orderReference", "SO-1");

        assertThat(clients.as("pm").post("/api/integrations/events", event).status())
                .as("a signed-in person")
                .isEqualTo(403);
        assertThat(clients.withToken(token("pm", "write"))
                        .post("/api/integrations/events", event)
                        .status())
                .as("a write token")
                .isEqualTo(403);
        Api anonymous = clients.anonymous();
        anonymous.get("/api/me"); // takes the XSRF cookie, so the POST is judged on authentication
        assertThat(anonymous.post("/api/integrations/events", event).status()).isEqualTo(401);
    }

    @Test
    void qcStepRefusesCompletionWithoutAReferenceOrAQcReportDocumentAndPassesWithBoth() {
        JsonNode order = placeOrder(freshWorkItem());
        Api supplier = clients.as("supplier-a");
        String confirm = openTask(order, "ConfirmOrder");
        assertThat(supplier.post("/api/tasks/" + confirm + "/complete", Map.of())
                        .status())
                .isEqualTo(204);
        String qc = openTask(order, "SubmitQcReport");

        var refused = supplier.post("/api/tasks/" + qc + "/complete", Map.of("qcNote", "report follows"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("errors").findValuesAsText("field")).containsExactly("qcReportReference");
        assertThat(openTask(order, "SubmitQcReport")).as("still open").isEqualTo(qc);

        // the step's model requires a QC_REPORT document (crossflow:requiresDocument): a reference alone is refused
        var withoutDocument = supplier.post("/api/tasks/" + qc + "/complete", Map.of("qcReportReference", "DOC-QC-42"));
        assertThat(withoutDocument.status()).isEqualTo(400);
        assertThat(withoutDocument.json().path("detail").asText()).contains("QC report document");
        assertThat(withoutDocument.json().path("errors").findValuesAsText("field"))
                .containsExactly("documents");
        assertThat(openTask(order, "SubmitQcReport")).as("still open").isEqualTo(qc);
        JsonNode required = supplier.get("/api/tasks/" + qc + "/documents").json();
        assertThat(required.path("required").findValuesAsText("type")).containsExactly("QC_REPORT");
        assertThat(required.path("required").get(0).path("attached").asBoolean())
                .isFalse();

        var upload = supplier.multipart(
                "/api/projects/" + order.path("projectId").asText() + "/documents",
                Map.of("type", "QC_REPORT", "targetType", "TASK", "targetId", qc),
                "qc-report.txt",
                "Weld strength within tolerance".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(upload.status()).as(upload.toString()).isEqualTo(201);
        assertThat(supplier.get("/api/tasks/" + qc + "/documents")
                        .json()
                        .path("required")
                        .get(0)
                        .path("attached")
                        .asBoolean())
                .isTrue();

        var passed = supplier.post("/api/tasks/" + qc + "/complete", Map.of("qcReportReference", "DOC-QC-42"));

        assertThat(passed.status()).isEqualTo(204);
        JsonNode after = supplier.get("/api/supplier-orders/" + order.path("id").asText())
                .json();
        assertThat(after.path("status").asText()).isEqualTo("QC_SUBMITTED");
        assertThat(after.path("qcReportReference").asText()).isEqualTo("DOC-QC-42");
        assertThat(openTask(order, "ReviewQcReport")).isNotNull();
    }

    @Test
    void orderIsSeenByTheProjectAndTheSupplierOnly() {
        JsonNode order = placeOrder(freshWorkItem());
        String path = "/api/supplier-orders/" + order.path("id").asText();

        assertThat(clients.as("engineer").get(path).status()).isEqualTo(200);
        assertThat(clients.as("supplier-a").get(path).status()).isEqualTo(200);
        assertThat(clients.as("supplier-b").get(path).status()).isEqualTo(404);
        assertThat(clients.as("customer").get(path).status()).isEqualTo(404);
        assertThat(clients.as("other-pm").get(path).status()).isEqualTo(404);
    }

    @Test
    void placingChecksTheCallerAndTheOrder() {
        UUID item = freshWorkItem();
        String path = "/api/projects/" + project + "/supplier-orders";
        Map<String, Object> valid =
                Map.of("supplierOrganisationId", supplierA, "title", "Castings", "workItemIds", List.of(item));

        assertThat(clients.as("supplier-a").post(path, valid).status()).isEqualTo(403);
        assertThat(clients.as("other-pm").post(path, valid).status()).isEqualTo(404);
        var invalid = clients.as("pm")
                .post(
                        path,
                        Map.of(
                                "supplierOrganisationId",
                                UUID.randomUUID(),
                                "title",
                                " ",
                                "workItemIds",
                                List.of(UUID.randomUUID()),
                                "milestoneWorkItemId",
                                item));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().path("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("supplierOrganisationId", "title", "workItemIds", "milestoneWorkItemId");
    }

    private UUID freshWorkItem() {
        var response = clients.as("pm")
                .post(
                        "/api/projects/" + project + "/work-items",
                        Map.of(
                                "title",
                                "Supplier order IT " + UUID.randomUUID(),
                                "assigneeOrganisationId",
                                supplierA,
                                "plannedStart",
                                LocalDate.now().toString(),
                                "plannedEnd",
                                LocalDate.now().plusDays(14).toString()));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return UUID.fromString(response.json().path("id").asText());
    }

    private JsonNode placeOrder(UUID workItem) {
        var response = clients.as("pm")
                .post(
                        "/api/projects/" + project + "/supplier-orders",
                        Map.of(
                                "supplierOrganisationId",
                                supplierA,
                                "title",
                                "Aluminium castings",
                                "workItemIds",
                                List.of(workItem)));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        assertThat(response.json().path("number").asText()).startsWith("SO-");
        return response.json();
    }

    private String token(String username, String scope) {
        var created = clients.as(username)
                .post("/api/tokens", Map.of("name", "ERP " + scope, "scopes", List.of(scope), "expiresInDays", 1));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().path("token").asText();
    }

    private String openTask(JsonNode order, String taskDefinitionKey) {
        return jdbc.sql("select task_id from inbox_item where business_key = ? and task_definition_key = ?")
                .params(order.path("id").asText(), taskDefinitionKey)
                .query(String.class)
                .single();
    }

    private long disruptions() {
        return jdbc.sql("select count(*) from sup_order_disruption")
                .query(Long.class)
                .single();
    }

    private long passed(JsonNode order, String activityId) {
        String instance = history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(order.path("id").asText())
                .singleResult()
                .getId();
        return history.createHistoricActivityInstanceQuery()
                .processInstanceId(instance)
                .activityId(activityId)
                .finished()
                .count();
    }
}
