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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Deploy shows what changes against the deployed version, and a model that changes nothing is not
 * deployed again: the answer says so and the deployed version stays the newest.
 */
@IntegrationTest
class ModelDiffIT {

    private static final String NAMED_TASK = """
            <bpmn:userTask id="Review" name="Review" camunda:candidateGroups="project:${projectId}:MANAGER">
              <bpmn:extensionElements><camunda:properties>
                <camunda:property name="i18n.name.zh-CN" value="审核" />
                <camunda:property name="i18n.name.en" value="Review" />
              </camunda:properties></bpmn:extensionElements>
            </bpmn:userTask>
            """;

    @Autowired
    TestClients clients;

    @Test
    void deployingAnUnchangedModelMakesNoNewVersionAndSaysSo() {
        Api designer = clients.as("admin");
        String key = freshKey();
        String xml = model(key, ProcessModelFixture.TASK);
        Api.Response first = designer.post("/api/process-models", Map.of("bpmnXml", xml));
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.json().path("unchanged").asBoolean()).isFalse();

        Api.Response diff = designer.post("/api/process-models/diff", Map.of("bpmnXml", xml));
        assertThat(diff.status()).as(diff.toString()).isEqualTo(200);
        assertThat(diff.json().path("unchanged").asBoolean()).isTrue();
        assertThat(diff.json().path("deployedVersion").asInt()).isEqualTo(1);

        // the same model written differently (prefixes, white space) is still the same model
        String rewritten =
                xml.replace("bpmn:", "b:").replace("xmlns:bpmn=", "xmlns:b=").replace("\n", "\n    ");
        Api.Response again = designer.post("/api/process-models", Map.of("bpmnXml", rewritten));

        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.json().path("unchanged").asBoolean()).isTrue();
        assertThat(again.json().path("version").asInt()).as("version 1 stays").isEqualTo(1);
        assertThat(designer.get("/api/process-models/" + key + "/versions").json())
                .hasSize(1);

        Api.Response changed = designer.post(
                "/api/process-models", Map.of("bpmnXml", xml.replace("name=\"Review\"", "name=\"Check\"")));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(201);
        assertThat(changed.json().path("version").asInt()).isEqualTo(2);
    }

    @Test
    void theDiffNamesAddedRemovedAndChangedElementsInTheReadersLanguage() {
        Api designer = clients.as("admin");
        String key = freshKey();
        String before = model(key, NAMED_TASK + "<bpmn:manualTask id=\"Pack\" name=\"Pack parts\"/>");
        assertThat(designer.post("/api/process-models", Map.of("bpmnXml", before))
                        .status())
                .isEqualTo(201);
        String after = model(
                        key,
                        NAMED_TASK.replace("MANAGER", "MEMBER")
                                + "<bpmn:userTask id=\"Ship\" name=\"Ship\" camunda:candidateGroups=\"project:${projectId}:MEMBER\">"
                                + "<bpmn:extensionElements><camunda:properties>"
                                + "<camunda:property name=\"i18n.name.zh-CN\" value=\"发货\" />"
                                + "</camunda:properties></bpmn:extensionElements></bpmn:userTask>")
                .replace("<bpmn:endEvent id=\"End\"/>", "<bpmn:endEvent id=\"End\" name=\"Done\"/>");

        JsonNode zh = designer.speaking("zh-CN")
                .post("/api/process-models/diff", Map.of("bpmnXml", after))
                .json();

        assertThat(zh.path("unchanged").asBoolean()).isFalse();
        assertThat(zh.path("deployedVersion").asInt()).isEqualTo(1);
        assertThat(entries(zh.path("added"))).containsExactly("userTask Ship 发货 []");
        assertThat(entries(zh.path("removed"))).containsExactly("manualTask Pack Pack parts []");
        assertThat(entries(zh.path("changed")))
                .containsExactlyInAnyOrder("userTask Review 审核 [SETTINGS]", "endEvent End Done [NAME]");

        JsonNode en = designer.speaking("en")
                .post("/api/process-models/diff", Map.of("bpmnXml", after))
                .json();
        assertThat(entries(en.path("changed"))).contains("userTask Review Review [SETTINGS]");
    }

    @Test
    void theDiffNamesChangedAndNewFormsAndANeverDeployedProcessIsAllNew() {
        Api designer = clients.as("admin");
        String key = freshKey();
        String formId = key + "-form";
        String xml = modelWithForm(key, formId);
        assertThat(designer.post("/api/process-models", body(xml, form(formId))).status())
                .isEqualTo(201);

        Map<String, Object> edited = new HashMap<>(form(formId));
        edited.put("schema", Map.of("type", "default", "components", List.of()));
        JsonNode diff = designer.post("/api/process-models/diff", body(xml, edited, form(key + "-extra")))
                .json();
        assertThat(diff.path("unchanged").asBoolean()).isFalse();
        assertThat(diff.path("formsChanged").toString()).contains(formId);
        assertThat(diff.path("formsAdded").toString()).contains(key + "-extra");
        JsonNode same = designer.post("/api/process-models/diff", body(xml, form(formId)))
                .json();
        assertThat(same.path("unchanged").asBoolean())
                .as("the same form again changes nothing: %s", same)
                .isTrue();

        JsonNode fresh = designer.post(
                        "/api/process-models/diff", Map.of("bpmnXml", model(freshKey(), ProcessModelFixture.TASK)))
                .json();
        assertThat(fresh.path("deployedVersion").asText(""))
                .as("never deployed: %s", fresh)
                .isIn("", "null");
        assertThat(fresh.path("unchanged").asBoolean()).isFalse();
        assertThat(entries(fresh.path("added"))).hasSize(4); // process, start, task, end
    }

    @Test
    void anUnreadableModelIsABadRequestAndOnlyDesignersAsk() {
        Api.Response unreadable =
                clients.as("admin").post("/api/process-models/diff", Map.of("bpmnXml", "<bpmn:definitions"));
        assertThat(unreadable.status()).as(unreadable.toString()).isEqualTo(400);
        assertThat(unreadable.json().path("detail").asText()).isNotBlank();
        assertThat(clients.as("pm")
                        .post(
                                "/api/process-models/diff",
                                Map.of("bpmnXml", model(freshKey(), ProcessModelFixture.TASK)))
                        .status())
                .isEqualTo(403);
    }

    private static List<String> entries(JsonNode list) {
        List<String> entries = new ArrayList<>();
        for (JsonNode e : list) {
            List<String> aspects = new ArrayList<>();
            e.path("aspects").forEach(a -> aspects.add(a.asText()));
            entries.add(e.path("type").asText() + " " + e.path("elementId").asText() + " "
                    + e.path("name").asText() + " " + aspects);
        }
        return entries;
    }
}
