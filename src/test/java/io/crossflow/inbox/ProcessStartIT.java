package io.crossflow.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.crossflow.testing.Api;
import io.crossflow.testing.DemoIds;
import io.crossflow.testing.IntegrationTest;
import io.crossflow.testing.TestClients;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Starting a process through its model's starters (docs/processes.md, "Starting a process"): who
 * may start the approval and who may not, its start form checked on the server, and "my requests".
 */
@IntegrationTest
class ProcessStartIT {

    @Autowired
    TestClients clients;

    @Autowired
    DemoIds ids;

    @Autowired
    JdbcClient jdbc;

    @Test
    void internalPeopleSeeTheApprovalWithItsStartFormInBothLanguagesPartnersDoNot() {
        JsonNode approval = startable(clients.as("engineer"), "approval");
        assertThat(approval).as("engineer holds MEMBER, a starter of approval").isNotNull();
        assertThat(approval.path("names").path("zh-CN").asText()).isEqualTo("审批");
        assertThat(approval.path("names").path("en").asText()).isEqualTo("Approval");
        assertThat(approval.path("startForm").path("id").asText()).isEqualTo("approval-request");
        assertThat(startable(clients.as("engineer"), "supplier-order"))
                .as("a process without starters in its model")
                .isNull();
        assertThat(startable(clients.as("supplier-a"), "approval")).isNull();
        assertThat(startable(clients.as("customer"), "approval")).isNull();
        assertThat(clients.as("supplier-a")
                        .get("/api/processes/approval/start-form")
                        .status())
                .isEqualTo(403);
    }

    @Test
    void aMemberStartsAnApprovalInItsProjectAndFollowsItUnderMyRequests() {
        Api engineer = clients.as("engineer");
        UUID project = ids.demoProject();
        String subject = "Fixture purchase " + UUID.randomUUID();

        Api.Response started = engineer.post("/api/processes/approval/start", request(project, subject, 2500));

        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        JsonNode instance = started.json();
        String id = instance.path("id").asText();
        assertThat(instance.path("state").asText()).isEqualTo("RUNNING");
        assertThat(instance.path("projectId").asText()).isEqualTo(project.toString());
        JsonNode step = instance.path("currentSteps").path(0);
        assertThat(step.path("name").asText()).isEqualTo("Approve (level 1 of 1)");
        assertThat(step.path("candidateGroups").toString()).contains("project:" + project + ":MANAGER");
        assertThat(inbox(clients.as("pm")))
                .as("the project's manager decides level 1")
                .contains(step.path("taskId").asText());

        assertThat(myRequests(engineer)).contains(id);
        assertThat(myRequests(clients.as("pm"))).doesNotContain(id);
        assertThat(engineer.get("/api/processes/instances/" + id + "/history")
                        .json()
                        .toString())
                .contains("ApprovalRequested");
        assertThat(engineer.get("/api/processes/instances/" + id + "/diagram")
                        .json()
                        .path("activeActivityIds")
                        .toString())
                .contains("ApproveAtLevel");
        assertThat(clients.as("pm").get("/api/processes/instances/" + id).status())
                .isEqualTo(404);
        assertThat(clients.as("other-pm").get("/api/processes/instances/" + id).status())
                .isEqualTo(404);

        String task = step.path("taskId").asText();
        assertThat(clients.as("pm")
                        .post("/api/tasks/" + task + "/complete", Map.of("approvalDecision", "approve"))
                        .status())
                .isEqualTo(204);
        JsonNode ended = engineer.get("/api/processes/instances/" + id).json();
        assertThat(ended.path("state").asText()).isEqualTo("ENDED");
        assertThat(ended.path("endActivityId").asText()).isEqualTo("ApprovalApproved");
    }

    @Test
    void invalidStartFormDataAnswersFieldErrorsAndStartsNothing() {
        Api engineer = clients.as("engineer");
        int before = myRequests(engineer).size();
        Map<String, Object> body = new HashMap<>();
        body.put("projectId", ids.demoProject());
        body.put("data", Map.of("type", "LUNCH", "amount", "a lot"));

        Api.Response refused = engineer.post("/api/processes/approval/start", body);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(errors(refused))
                .containsExactly(
                        "subject: is required",
                        "type: must be one of: Purchase, Change, Budget",
                        "amount: must be a number");
        assertThat(myRequests(engineer)).hasSize(before);

        Api.Response inChinese = clients.as("engineer").speaking("zh-CN").post("/api/processes/approval/start", body);
        assertThat(inChinese.json().toString()).contains("为必填项");
    }

    @Test
    void aStartNeedsAProjectTheStarterSees() {
        Api engineer = clients.as("engineer");
        Api.Response noProject = engineer.post("/api/processes/approval/start", Map.of("data", Map.of()));
        assertThat(noProject.status()).isEqualTo(400);
        assertThat(errors(noProject)).containsExactly("projectId: Choose the project this request belongs to.");

        Api.Response otherTenant =
                engineer.post("/api/processes/approval/start", request(otherProject(), "Across tenants", 10));
        assertThat(otherTenant.status()).isEqualTo(404);
        assertThat(otherTenant.body()).contains("\"detail\"");
    }

    @Test
    void whoMayNotStartIsRefusedAndNothingStarts() {
        UUID project = ids.demoProject();
        int before = instancesOfApproval();
        Api.Response partner = clients.as("supplier-a").post("/api/processes/approval/start", request(project, "x", 1));
        assertThat(partner.status()).isEqualTo(403);
        assertThat(partner.json().path("detail").asText())
                .isEqualTo("You are not among the people who may start this process.");
        assertThat(clients.as("customer")
                        .post("/api/processes/approval/start", request(project, "x", 1))
                        .status())
                .isEqualTo(403);
        assertThat(clients.as("other-pm")
                        .post("/api/processes/approval/start", request(project, "x", 1))
                        .status())
                .as("the other tenant's manager may start its own approval, but not in our project")
                .isEqualTo(404);
        Api.Response noStarters =
                clients.as("pm").post("/api/processes/supplier-order/start", request(project, "x", 1));
        assertThat(noStarters.status()).isEqualTo(404);
        assertThat(noStarters.body()).contains("\"detail\"");
        assertThat(clients.as("pm")
                        .post("/api/processes/no-such-process/start", request(project, "x", 1))
                        .status())
                .isEqualTo(404);
        assertThat(instancesOfApproval()).isEqualTo(before);
    }

    @Test
    void anApprovalStartsLinkedToABudgetLineOrASupplierOrderOfItsProject() {
        Api pm = clients.as("pm");
        UUID project = ids.demoProject();
        Api.Response line = pm.post(
                "/api/projects/" + project + "/budget-lines",
                Map.of("category", "Tooling", "currency", "CNY", "planned", "48000"));
        assertThat(line.status()).as(line.toString()).isEqualTo(201);
        String lineId = line.json().path("id").asText();

        Map<String, Object> body = new HashMap<>(request(project, "Tooling budget", 48000));
        body.put("link", Map.of("type", "BUDGET_LINE", "id", lineId));
        Api.Response started = pm.post("/api/processes/approval/start", body);
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        assertThat(started.json().path("businessKey").asText()).isEqualTo(lineId);

        Api.Response order = pm.post(
                "/api/projects/" + project + "/supplier-orders",
                Map.of(
                        "supplierOrganisationId",
                        ids.organisation(DemoIds.SUPPLIER_A),
                        "title",
                        "Approval order " + UUID.randomUUID(),
                        "workItemIds",
                        List.of(seededItem("Machined housings, batch 1"))));
        assertThat(order.status()).as(order.toString()).isEqualTo(201);
        String orderId = order.json().path("id").asText();
        body.put("link", Map.of("type", "SUPPLIER_ORDER", "id", orderId));
        Api.Response forOrder = pm.post("/api/processes/approval/start", body);
        assertThat(forOrder.status()).as(forOrder.toString()).isEqualTo(201);
        assertThat(forOrder.json().path("businessKey").asText()).isEqualTo(orderId);

        int before = instancesOfApproval();
        body.put("link", Map.of("type", "BUDGET_LINE", "id", UUID.randomUUID()));
        Api.Response unknown = pm.post("/api/processes/approval/start", body);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(errors(unknown)).containsExactly("link: This project has no such budget line that you can see.");
        assertThat(instancesOfApproval()).isEqualTo(before);
    }

    static Map<String, Object> request(UUID project, String subject, int amount) {
        return Map.of("projectId", project, "data", Map.of("subject", subject, "type", "PURCHASE", "amount", amount));
    }

    private static JsonNode startable(Api api, String key) {
        for (JsonNode p : api.get("/api/processes/startable").json()) {
            if (p.path("key").asText().equals(key)) {
                return p;
            }
        }
        return null;
    }

    private static List<String> myRequests(Api api) {
        List<String> ids = new ArrayList<>();
        api.get("/api/processes/instances?startedBy=me")
                .json()
                .forEach(i -> ids.add(i.path("id").asText()));
        return ids;
    }

    private static List<String> inbox(Api api) {
        List<String> ids = new ArrayList<>();
        api.get("/api/inbox?size=100")
                .json()
                .path("items")
                .forEach(i -> ids.add(i.path("taskId").asText()));
        return ids;
    }

    private static List<String> errors(Api.Response response) {
        List<String> errors = new ArrayList<>();
        for (JsonNode error : response.json().path("errors")) {
            errors.add(
                    error.path("field").asText() + ": " + error.path("message").asText());
        }
        return errors;
    }

    private int instancesOfApproval() {
        return jdbc.sql("select count(*) from act_hi_procinst where proc_def_key_ = 'approval'")
                .query(Integer.class)
                .single();
    }

    private UUID seededItem(String title) {
        return jdbc.sql("select id from prj_work_item where title = ? order by created_at limit 1")
                .param(title)
                .query(UUID.class)
                .single();
    }

    private UUID otherProject() {
        return jdbc.sql("select p.id from prj_project p join ten_tenant t on t.id = p.tenant_id"
                        + " where t.slug = 'other' and p.name = 'Warehouse Retrofit'")
                .query(UUID.class)
                .single();
    }
}
