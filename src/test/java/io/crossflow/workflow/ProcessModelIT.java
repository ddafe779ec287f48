package io.crossflow.workflow;

import static io.crossflow.workflow.ProcessModelFixture.body;
import static io.crossflow.workflow.ProcessModelFixture.form;
import static io.crossflow.workflow.ProcessModelFixture.freshKey;
import static io.crossflow.workflow.ProcessModelFixture.model;
import static io.crossflow.workflow.ProcessModelFixture.modelWithForm;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.crossflow.testing.Api;
import io.crossflow.testing.IntegrationTest;
import io.crossflow.testing.TestClients;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class ProcessModelIT {

    @Autowired
    TestClients clients;

    @Autowired
    JdbcClient jdbc;

    @Test
    void designerListsTheTenantsModelsWithTheirLatestVersion() {
        Api.Response response = clients.as("admin").get("/api/process-models");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        List<String> keys = new ArrayList<>();
        response.json().forEach(m -> keys.add(m.path("key").asText()));
        assertThat(keys)
                .contains("work-package-handoff", "approval", "change-request", "issue-escalation", "supplier-order");
        JsonNode handoff = find(response.json(), "work-package-handoff");
        assertThat(handoff.path("version").asInt()).isPositive();
        assertThat(handoff.path("deployedAt").asText()).isNotBlank();
        assertThat(handoff.path("deployedBy").asText()).isNotBlank();
    }

    @Test
    void onlyDesignersSeeModels() {
        assertThat(clients.as("pm").get("/api/process-models").status()).isEqualTo(403);
        assertThat(clients.as("supplier-a").get("/api/process-models/approval").status())
                .isEqualTo(403);
        assertThat(clients.anonymous().get("/api/process-models").status()).isEqualTo(401);
    }

    @Test
    void seededModelsShowTheirXmlAndWereDeployedByTheSystem() {
        Api admin = clients.as("admin");
        JsonNode versions =
                admin.get("/api/process-models/supplier-order/versions").json();
        JsonNode first = versions.get(versions.size() - 1);
        assertThat(first.path("version").asInt()).isEqualTo(1);
        assertThat(first.path("deployedBy").asText()).isEqualTo("system");
        JsonNode v1 = admin.get("/api/process-models/supplier-order/versions/1").json();
        assertThat(v1.path("bpmnXml").asText()).contains("id=\"supplier-order\"");
        assertThat(v1.path("formIds").toString()).contains("supplier-order-confirm");
        assertThat(admin.get("/api/process-models/no-such-process").status()).isEqualTo(404);
        assertThat(admin.get("/api/process-models/supplier-order/versions/999").status())
                .isEqualTo(404);
    }

    @Test
    void ourOwnModelsPassValidation() {
        Api admin = clients.as("admin");
        for (String key :
                List.of("work-package-handoff", "approval", "change-request", "issue-escalation", "supplier-order")) {
            String xml = admin.get("/api/process-models/" + key + "/versions/1")
                    .json()
                    .path("bpmnXml")
                    .asText();
            Api.Response validation =
                    admin.post("/api/process-models/validate", Map.of("bpmnXml", xml, "forms", List.of()));
            assertThat(validation.status()).isEqualTo(200);
            assertThat(validation.json().path("errors"))
                    .as(key + ": " + validation)
                    .isEmpty();
        }
    }

    @Test
    void deployRecordsTheDesignerAndEveryVersionCanBeRedeployed() {
        Api admin = clients.as("admin");
        String key = freshKey();
        String formId = key + "-review";
        Api.Response deployed = admin.post("/api/process-models", body(modelWithForm(key, formId), form(formId)));
        assertThat(deployed.status()).as(deployed.toString()).isEqualTo(201);
        assertThat(deployed.json().path("version").asInt()).isEqualTo(1);
        assertThat(deployed.json().path("deployedBy").asText()).isEqualTo(displayName("admin"));
        assertThat(deployed.json().path("formIds").toString()).contains(formId);
        String deploymentId = deployed.json().path("deploymentId").asText();
        assertThat(jdbc.sql("select process_key from wfl_deployment where deployment_id = ?")
                        .param(deploymentId)
                        .query(String.class)
                        .single())
                .isEqualTo(key);

        // a second version without the form: the current version's form is carried along
        String changed = modelWithForm(key, formId).replace("name=\"Review\"", "name=\"Review again\"");
        Api.Response second = admin.post("/api/process-models", Map.of("bpmnXml", changed));
        assertThat(second.status()).as(second.toString()).isEqualTo(201);
        assertThat(second.json().path("version").asInt()).isEqualTo(2);
        assertThat(second.json().path("formIds").toString()).contains(formId);

        Api.Response redeployed = admin.post("/api/process-models/" + key + "/versions/1/redeploy");
        assertThat(redeployed.status()).as(redeployed.toString()).isEqualTo(201);
        assertThat(redeployed.json().path("version").asInt()).isEqualTo(3);
        assertThat(redeployed.json().path("bpmnXml").asText()).contains("name=\"Review\"");

        JsonNode versions =
                admin.get("/api/process-models/" + key + "/versions").json();
        assertThat(versions).hasSize(3);
        assertThat(versions.get(0).path("version").asInt()).isEqualTo(3);
        assertThat(versions.get(2).path("deployedBy").asText()).isEqualTo(displayName("admin"));

        JsonNode form = admin.get("/api/forms/" + formId).json();
        assertThat(form.path("schema").path("id").asText()).isEqualTo(formId);
        assertThat(form.path("schema").path("components").get(0).path("key").asText())
                .isEqualTo("comment");
        assertThat(admin.get("/api/forms").json().toString()).contains(formId, "review-delivery");
    }

    @Test
    void aModelWithErrorsIsRefusedWithItsElementIdsAndNothingIsDeployed() {
        String key = freshKey();
        String xml = model(key, """
                <bpmn:scriptTask id="Hack" scriptFormat="groovy"><bpmn:script>1</bpmn:script></bpmn:scriptTask>
                <bpmn:userTask id="Nobody" name="Nobody's task"/>
                <bpmn:serviceTask id="Engine" camunda:expression="${runtimeService.createProcessInstanceQuery()}"/>
                """);
        Api.Response refused = clients.as("admin").post("/api/process-models", Map.of("bpmnXml", xml));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        refused.json().path("errors").forEach(e -> fields.add(e.path("field").asText()));
        assertThat(fields).contains("Hack", "Nobody", "Engine");
        assertThat(clients.as("admin").get("/api/process-models/" + key).status())
                .isEqualTo(404);
    }

    @Test
    void validationNamesEachForbiddenConstruct() {
        String key = freshKey();
        String xml = model(key, """
                <bpmn:serviceTask id="JavaClass" camunda:class="java.lang.Runtime"/>
                <bpmn:serviceTask id="UnknownBean" camunda:delegateExpression="${runtimeService}"/>
                <bpmn:serviceTask id="EngineAccess" camunda:expression="${execution.getProcessEngineServices()}"/>
                <bpmn:serviceTask id="TypeCall" camunda:expression="${T(java.lang.Runtime)}"/>
                <bpmn:serviceTask id="Allowed" camunda:delegateExpression="${recordHandoffAccepted}">
                  <bpmn:extensionElements>
                    <camunda:executionListener event="start">
                      <camunda:script scriptFormat="javascript">java.lang.System.exit(0)</camunda:script>
                    </camunda:executionListener>
                  </bpmn:extensionElements>
                </bpmn:serviceTask>
                <bpmn:exclusiveGateway id="Gateway"/>
                <bpmn:sequenceFlow id="ScriptCondition" sourceRef="Gateway" targetRef="End">
                  <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression" language="groovy"
                      xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">true</bpmn:conditionExpression>
                </bpmn:sequenceFlow>
                <bpmn:userTask id="Assigned" camunda:assignee="${someoneNew}" camunda:formRef="nowhere"/>
                <bpmn:callActivity id="OtherTenant" calledElement="approval" camunda:calledElementTenantId="other"/>
                <bpmn:callActivity id="MappingClass" calledElement="approval"
                    camunda:variableMappingClass="java.lang.Object"/>
                """);
        JsonNode validation = clients.as("admin")
                .post("/api/process-models/validate", Map.of("bpmnXml", xml))
                .json();
        List<String> errors = new ArrayList<>();
        validation.path("errors").forEach(e -> errors.add(e.path("elementId").asText()));
        assertThat(errors)
                .contains(
                        "JavaClass",
                        "UnknownBean",
                        "EngineAccess",
                        "TypeCall",
                        "Allowed",
                        "ScriptCondition",
                        "OtherTenant",
                        "MappingClass");
        assertThat(validation.path("errors").toString()).contains("nowhere");
        assertThat(validation.path("warnings").toString()).contains("someoneNew");

        String notExecutable = model(key, "")
                .replace("isExecutable=\"true\"", "isExecutable=\"false\"")
                .replace(" camunda:historyTimeToLive=\"P30D\"", "");
        JsonNode process = clients.as("admin")
                .post("/api/process-models/validate", Map.of("bpmnXml", notExecutable))
                .json();
        assertThat(process.path("errors").toString()).contains("executable", "history time to live");
    }

    @Test
    void unreadableXmlIsABadRequest() {
        Api.Response response = clients.as("admin").post("/api/process-models", Map.of("bpmnXml", "<bpmn:definitions"));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("errors").get(0).path("message").asText())
                .contains("cannot be read");
        Api.Response doctype = clients.as("admin")
                .post(
                        "/api/process-models/validate",
                        Map.of("bpmnXml", "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>"));
        assertThat(doctype.json().path("errors").toString()).doesNotContain("root:");
    }

    @Test
    void anotherTenantsDesignerNeverSeesOurModels() {
        String otherDesigner = otherTenantDesigner();
        Api other = clients.freshSession(otherDesigner);
        String ours = freshKey();
        assertThat(clients.as("admin")
                        .post("/api/process-models", Map.of("bpmnXml", model(ours, ProcessModelFixture.TASK)))
                        .status())
                .isEqualTo(201);
        assertThat(other.get("/api/process-models/" + ours).status()).isEqualTo(404);
        assertThat(other.get("/api/process-models").json().toString()).doesNotContain(ours);

        String theirs = freshKey();
        Api.Response deployed =
                other.post("/api/process-models", Map.of("bpmnXml", model(theirs, ProcessModelFixture.TASK)));
        assertThat(deployed.status()).as(deployed.toString()).isEqualTo(201);
        assertThat(clients.as("admin").get("/api/process-models/" + theirs).status())
                .isEqualTo(404);
        assertThat(clients.as("admin")
                        .post("/api/process-models/" + theirs + "/versions/1/redeploy")
                        .status())
                .isEqualTo(404);
    }

    private String otherTenantDesigner() {
        String username = "other-designer-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("""
                        insert into idn_user (id, tenant_id, organisation_id, username, display_name, password_hash, capabilities)
                        select ?, o.tenant_id, o.id, ?, 'Other Designer',
                               (select password_hash from idn_user where username = 'other-pm'), '{DESIGNER,MEMBER}'
                          from idn_organisation o join ten_tenant t on t.id = o.tenant_id
                         where t.slug = 'other' and o.kind = 'HOST'
                        """).params(UUID.randomUUID(), username).update();
        return username;
    }

    private String displayName(String username) {
        return jdbc.sql("select display_name from idn_user where username = ?")
                .param(username)
                .query(String.class)
                .single();
    }

    private static JsonNode find(JsonNode models, String key) {
        for (JsonNode model : models) {
            if (model.path("key").asText().equals(key)) {
                return model;
            }
        }
        throw new AssertionError("No model " + key + " in " + models);
    }
}
