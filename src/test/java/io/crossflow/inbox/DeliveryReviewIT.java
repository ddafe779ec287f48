package io.crossflow.inbox;

import static io.crossflow.testing.HandoffFixture.onlyTask;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.crossflow.testing.Api;
import io.crossflow.testing.HandoffFixture;
import io.crossflow.testing.IntegrationTest;
import io.crossflow.testing.TestClients;
import io.crossflow.testing.TestPdfs;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Delivering and reviewing with documents: every task that may carry documents says so
 * ({@code attachable}), and a review task shows the delivery it reviews — the deliver step's form
 * values labelled in the reader's language, its note and, through the task's documents, what was
 * uploaded on the deliver task — to those who may work on the review only.
 */
@IntegrationTest
class DeliveryReviewIT {

    @Autowired
    TestClients clients;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theReviewShowsWhatThePartnerDeliveredWithItsLabelsNoteAndDocuments() {
        HandoffFixture fixture = new HandoffFixture(clients);
        String item = fixture.handedOffToSupplierA(HandoffFixture.unique("Delivered housings"));
        String project = fixture.projectId(HandoffFixture.GEARBOX);
        Api supplierA = clients.as("supplier-a");
        String accept = onlyTask(supplierA, item, "Accept work package");
        assertThat(supplierA.get("/api/tasks/" + accept).json().has("delivery"))
                .as("a task that reviews nothing has no delivery")
                .isFalse();
        complete(supplierA, accept, Map.of("decision", "accept"));

        String deliver = onlyTask(supplierA, item, "Deliver work package");
        JsonNode documents =
                supplierA.get("/api/tasks/" + deliver + "/documents").json();
        assertThat(documents.path("required")).isEmpty();
        assertThat(documents.path("attachable").asBoolean())
                .as("the partner attaches its deliverables on the deliver task")
                .isTrue();
        Api.Response uploaded = supplierA.multipart(
                "/api/projects/" + project + "/documents",
                Map.of("type", "DELIVERABLE", "targetType", "TASK", "targetId", deliver),
                "housings-batch-1.pdf",
                TestPdfs.pages("交付说明", List.of("Delivery note, batch 1", "Measurements")));
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        String document = uploaded.json().path("id").asText();
        complete(
                supplierA,
                deliver,
                Map.of("deliverableReference", "DOC-2026-0815", "deliveryNote", "第一批 40 件，尺寸报告见附件。"));

        Api pm = clients.as("pm");
        String review = onlyTask(pm, item);
        JsonNode zh = pm.speaking("zh-CN").get("/api/tasks/" + review).json();
        JsonNode delivery = zh.path("delivery");
        assertThat(delivery.path("taskId").asText()).isEqualTo(deliver);
        assertThat(delivery.path("name").asText()).isEqualTo("交付工作包");
        assertThat(delivery.path("by").asText()).isNotBlank();
        assertThat(delivery.path("organisation").asText()).isEqualTo(HandoffFixture.SUPPLIER_A);
        assertThat(delivery.path("at").asText()).isNotBlank();
        assertThat(delivery.path("note").asText()).isEqualTo("第一批 40 件，尺寸报告见附件。");
        assertThat(delivery.path("values")).hasSize(1);
        assertThat(delivery.path("values").get(0).path("label").asText()).isEqualTo("交付物（文档编号或链接）");
        assertThat(delivery.path("values").get(0).path("value").asText()).isEqualTo("DOC-2026-0815");
        JsonNode en = pm.speaking("en").get("/api/tasks/" + review).json().path("delivery");
        assertThat(en.path("name").asText()).isEqualTo("Deliver work package");
        assertThat(en.path("values").get(0).path("label").asText()).isEqualTo("Deliverable (document number or link)");

        JsonNode reviewDocuments = pm.get("/api/tasks/" + review + "/documents").json();
        assertThat(reviewDocuments.path("attachable").asBoolean()).isTrue();
        JsonNode delivered = byId(reviewDocuments.path("documents"), document);
        assertThat(delivered).as(reviewDocuments.toString()).isNotNull();
        assertThat(delivered.path("target").path("type").asText()).isEqualTo("TASK");
        assertThat(delivered.path("target").path("id").asText())
                .as("the review tells the delivery's documents by the deliver task")
                .isEqualTo(deliver);
        assertThat(delivered.path("latestVersion").path("contentType").asText()).isEqualTo("application/pdf");

        for (String outsider : List.of("supplier-a", "supplier-b", "customer", "other-pm")) {
            assertThat(clients.as(outsider).get("/api/tasks/" + review).status())
                    .as(outsider + " opens the review")
                    .isEqualTo(404);
        }
    }

    @Test
    void afterReworkTheReviewShowsTheNewestDelivery() {
        HandoffFixture fixture = new HandoffFixture(clients);
        String item = fixture.handedOffToSupplierA(HandoffFixture.unique("Reworked housings"));
        Api supplierA = clients.as("supplier-a");
        complete(supplierA, onlyTask(supplierA, item, "Accept work package"), Map.of("decision", "accept"));
        complete(
                supplierA,
                onlyTask(supplierA, item, "Deliver work package"),
                Map.of("deliverableReference", "DOC-1", "deliveryNote", "first try"));
        Api pm = clients.as("pm");
        complete(pm, onlyTask(pm, item), Map.of("reviewOutcome", "rework", "reviewComment", "Deburr the edges"));

        String second = onlyTask(supplierA, item, "Deliver work package");
        complete(supplierA, second, Map.of("deliverableReference", "DOC-2"));
        JsonNode delivery = pm.get("/api/tasks/" + onlyTask(pm, item)).json().path("delivery");
        assertThat(delivery.path("taskId").asText()).isEqualTo(second);
        assertThat(delivery.path("values").get(0).path("value").asText()).isEqualTo("DOC-2");
        assertThat(delivery.has("note"))
                .as("no note this time, not the first one's")
                .isFalse();
    }

    @Test
    void aTaskOfNoProjectCarriesNoDocuments() {
        String title = HandoffFixture.unique("Login fails");
        Api.Response raised = clients.as("supplier-a")
                .post(
                        "/api/tickets",
                        Map.of("type", "SUPPORT_REQUEST", "title", title, "description", "The QR code is not read."));
        assertThat(raised.status()).as(raised.toString()).isEqualTo(201);
        String answer = onlyTask(clients.as("pm"), raised.json().path("id").asText());
        JsonNode documents =
                clients.as("pm").get("/api/tasks/" + answer + "/documents").json();
        assertThat(documents.path("attachable").asBoolean())
                .as("a support request without a project has nowhere to keep documents")
                .isFalse();
    }

    private static void complete(Api api, String task, Map<String, Object> data) {
        Api.Response done = api.post("/api/tasks/" + task + "/complete", data);
        assertThat(done.status()).as(done.toString()).isEqualTo(204);
    }

    private static JsonNode byId(JsonNode documents, String id) {
        List<JsonNode> found = new ArrayList<>();
        documents.forEach(d -> {
            if (d.path("id").asText().equals(id)) {
                found.add(d);
            }
        });
        return found.isEmpty() ? null : found.get(0);
    }
}
