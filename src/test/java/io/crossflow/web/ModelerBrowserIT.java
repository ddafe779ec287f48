package io.crossflow.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import io.crossflow.testing.Api;
import io.crossflow.testing.IntegrationTest;
import io.crossflow.testing.TestClients;
import io.crossflow.testing.browser.BrowserSession;
import io.crossflow.testing.browser.BrowserTest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The process designer in a real browser: edit and deploy, refusals shown on the diagram, designers only. */
@IntegrationTest
class ModelerBrowserIT extends BrowserTest {

    private static final String HANDOFF = "work-package-handoff";
    private static final String TASK = "FollowUpOverdueHandoff";
    private static final String ORIGINAL_NAME = "Follow up overdue hand-off";
    private static final String NEW_NAME = "Follow up late hand-off";

    @Autowired
    TestClients clients;

    @Test
    void designerRenamesATaskDeploysItAndSeesTheNewVersionThenRollsBack() {
        Api api = clients.as("admin");
        int before =
                api.get("/api/process-models/" + HANDOFF).json().get("version").asInt();
        String admin = api.get("/api/me").json().get("displayName").asText();
        try {
            BrowserSession designer = browser().signIn("admin");
            Page page = designer.page();
            page.locator("[data-test=navigation]").getByText("Process designer").click();
            assertThat(page).hasURL(Pattern.compile("/modeler$"));
            assertThat(page.locator("[data-test=process-list]")).containsText(HANDOFF);
            assertThat(page.locator("[data-test=form-list]")).containsText("accept-work-package");
            designer.screenshot("process-list");

            page.locator("[data-test=process-" + HANDOFF + "]").click();
            assertThat(page).hasURL(Pattern.compile("/modeler/processes/" + HANDOFF + "$"));
            Locator task = page.locator("[data-test=bpmn-canvas] g.djs-element[data-element-id=" + TASK + "]");
            assertThat(task).containsText("overdue");
            assertThat(page.locator("[data-test=model-version]")).containsText("Version " + before);
            designer.screenshot("opened");

            // rename in the diagram itself: double-click the task, type, Enter
            task.dblclick();
            Locator editing = page.locator(".djs-direct-editing-parent");
            assertThat(editing).isVisible();
            page.keyboard().press("Control+A");
            page.keyboard().type(NEW_NAME);
            page.keyboard().press("Enter");
            assertThat(editing).isHidden();
            assertThat(task).containsText("late");
            assertThat(page.locator("[data-test=unsaved]")).isVisible();
            designer.screenshot("renamed");

            page.locator("[data-test=deploy]").click();
            // deploy shows what changes against the deployed version and asks first
            Locator diff = page.locator("[data-test=deploy-confirm]");
            assertThat(diff).containsText("Deploy as version " + (before + 1) + "?");
            assertThat(diff.locator("[data-test=diff-changed]")).containsText("Changed (1)");
            assertThat(diff.locator("[data-test=diff-changed]")).containsText("user task");
            assertThat(diff.locator("[data-test=diff-changed]")).containsText("name changed");
            designer.screenshot("deploy-confirm");
            page.locator("[data-test=deploy-confirmed]").click();
            assertThat(page.getByText("Version " + (before + 1) + " of " + HANDOFF + " deployed."))
                    .isVisible();
            assertThat(page.locator("[data-test=model-version]"))
                    .containsText("Version " + (before + 1) + " · deployed by " + admin);
            assertThat(page.locator("[data-test=unsaved]")).isHidden();
            designer.screenshot("deployed");

            page.locator("[data-test=versions]").click();
            Locator newest = page.locator("[data-test=version-list] .el-table__row")
                    .filter(new Locator.FilterOptions()
                            .setHas(page.locator("[data-test=version-" + (before + 1) + "]")));
            assertThat(newest).containsText(admin);
            assertThat(newest).containsText("current");
            designer.screenshot("versions");

            var deployed = api.get("/api/process-models/" + HANDOFF).json();
            assertThat(deployed.get("version").asInt()).isEqualTo(before + 1);
            assertThat(deployed.get("deployedBy").asText()).isEqualTo(admin);
            assertThat(deployed.get("bpmnXml").asText()).contains("name=\"" + NEW_NAME + "\"");

            // the earlier version: look at it, then redeploy it after confirming
            page.locator("[data-test=view-" + before + "]").click();
            Locator preview = page.locator("[data-test=version-diagram]");
            assertThat(preview.locator("g.djs-element[data-element-id=" + TASK + "]"))
                    .containsText("overdue");
            designer.screenshot("earlier-version");
            page.keyboard().press("Escape");
            assertThat(preview).isHidden();

            page.locator("[data-test=redeploy-" + before + "]").click();
            Locator confirm = page.locator(".el-message-box");
            assertThat(confirm).containsText("Redeploy version " + before + "?");
            designer.screenshot("redeploy-confirm");
            confirm.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Redeploy"))
                    .click();
            assertThat(page.getByText("Version " + before + " redeployed as version " + (before + 2) + "."))
                    .isVisible();
            assertThat(page.locator("[data-test=model-version]")).containsText("Version " + (before + 2));
            assertThat(task).containsText("overdue");
            designer.screenshot("rolled-back");
            assertThat(api.get("/api/process-models/" + HANDOFF)
                            .json()
                            .get("bpmnXml")
                            .asText())
                    .contains("name=\"" + ORIGINAL_NAME + "\"");
        } finally {
            // other tests expect the task's original name: roll back if the scenario stopped half-way
            if (!api.get("/api/process-models/" + HANDOFF)
                    .json()
                    .get("bpmnXml")
                    .asText()
                    .contains(ORIGINAL_NAME)) {
                api.post("/api/process-models/" + HANDOFF + "/versions/" + before + "/redeploy");
            }
        }
    }

    @Test
    void aModelWithAScriptTaskIsRefusedWithTheElementNamedAndHighlighted() {
        String key = "script-test-" + UUID.randomUUID().toString().substring(0, 8);
        BrowserSession designer = browser().signIn("admin");
        Page page = designer.page();
        designer.open("/modeler");
        page.locator("[data-test=new-process]").click();
        // Element Plus puts data-test on the input itself
        page.locator("input[data-test=new-process-name]").fill("Script test");
        assertThat(page.locator("input[data-test=new-process-key]")).hasValue("script-test");
        page.locator("input[data-test=new-process-key]").fill(key);
        designer.screenshot("new-process");
        page.locator("[data-test=new-process-start]").click();
        assertThat(page).hasURL(Pattern.compile("/modeler/new\\?"));
        assertThat(page.locator("[data-test=bpmn-canvas] g.djs-element[data-element-id=Review]"))
                .isVisible();
        assertThat(page.locator("[data-test=process-key]")).hasText(key);
        designer.screenshot("blank-template");

        page.locator("[data-test=import-file]")
                .setInputFiles(new FilePayload(
                        key + ".bpmn", "application/xml", scriptModel(key).getBytes(StandardCharsets.UTF_8)));
        Locator scriptTask = page.locator("[data-test=bpmn-canvas] g.djs-element[data-element-id=Task_Script]");
        assertThat(scriptTask).containsText("Compute totals");
        designer.screenshot("imported");

        page.locator("[data-test=deploy]").click();
        Locator problem =
                page.locator("[data-test=problem][data-element-id=Task_Script]").first();
        assertThat(problem).isVisible();
        assertThat(problem).containsText("Task_Script");
        assertThat(problem).containsText("Compute totals");
        assertThat(page.locator("[data-test=problems]"))
                .containsText("bpmn:scriptTask is not allowed (element Task_Script): scripts never run");
        assertThat(page.getByText("The model was not deployed: fix the errors below."))
                .isVisible();
        assertThat(scriptTask).hasClass(Pattern.compile("cf-problem-error"));
        assertThat(page.locator("[data-test=problem-badge-Task_Script]")).isVisible();
        designer.screenshot("refused");

        problem.click();
        assertThat(scriptTask).hasClass(Pattern.compile("selected"));
        designer.screenshot("problem-selected");
        assertThat(clients.as("admin").get("/api/process-models/" + key).status())
                .isEqualTo(404);

        // leaving with the refused model asks first; staying keeps it
        page.locator("[data-test=modeler-back]").click();
        Locator leave = page.locator(".el-message-box");
        assertThat(leave).containsText("Leave the designer?");
        designer.screenshot("leave-guard");
        leave.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Stay"))
                .click();
        assertThat(page).hasURL(Pattern.compile("/modeler/new\\?"));
        assertThat(scriptTask).isVisible();
        page.locator("[data-test=modeler-back]").click();
        leave.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Leave"))
                .click();
        assertThat(page).hasURL(Pattern.compile("/modeler$"));
    }

    @Test
    void aFormOpensInTheFormEditorOfItsProcess() {
        BrowserSession designer = browser().signIn("admin");
        Page page = designer.page();
        designer.open("/modeler");
        Locator row = page.locator("[data-test=form-list] .el-table__row")
                .filter(new Locator.FilterOptions().setHasText("follow-up-overdue-handoff"));
        assertThat(row).containsText(HANDOFF);
        row.locator("td").first().click();
        assertThat(page)
                .hasURL(Pattern.compile("/modeler/processes/" + HANDOFF + "\\?form=follow-up-overdue-handoff$"));
        assertThat(page.locator("[data-test=process-forms]")).containsText("accept-work-package");
        assertThat(page.locator("[data-test=process-forms]")).not().containsText("supplier-order-ship");
        assertThat(page.locator("[data-test=form-follow-up-overdue-handoff]")).hasClass(Pattern.compile("active"));
        assertThat(page.locator("[data-test=form-editor]")).containsText("Follow-up note");
        designer.screenshot("form-editor");

        page.locator("[data-test=form-accept-work-package]").click();
        assertThat(page.locator("[data-test=form-accept-work-package]")).hasClass(Pattern.compile("active"));
        assertThat(page.locator("[data-test=form-editor]")).not().containsText("Follow-up note");
        assertThat(page.locator("[data-test=unsaved]")).isHidden();
        designer.screenshot("other-form");
    }

    @Test
    void aNewProcessIsDeployedWithANewFormFromTheBlankTemplate() {
        String key = "qc-process-" + UUID.randomUUID().toString().substring(0, 8);
        String formId = key + "-form";
        BrowserSession designer = browser().signIn("admin");
        Page page = designer.page();
        designer.open("/modeler");
        page.locator("[data-test=new-process]").click();
        page.locator("input[data-test=new-process-name]").fill("Quality check");
        page.locator("input[data-test=new-process-key]").fill(key);
        page.locator("[data-test=new-process-start]").click();
        assertThat(page.locator("[data-test=bpmn-canvas] g.djs-element[data-element-id=Review]"))
                .containsText("Review");
        assertThat(page.locator("[data-test=versions]")).isDisabled();

        page.locator("[data-test=tab-forms]").click();
        assertThat(page.locator("[data-test=process-forms]")).containsText("This process uses no forms");
        page.locator("[data-test=add-form]").click();
        page.locator("input[data-test=new-form-id]").fill(formId);
        page.locator("[data-test=new-form-add]").click();
        assertThat(page.locator("[data-test=form-" + formId + "]")).containsText("new");
        assertThat(page.locator("[data-test=form-editor]")).containsText("Components");
        designer.screenshot("new-form");

        // the new form is not yet the Review task's form: the task without a form is a warning, and
        // the summary says so instead of "no problems" (the model still deploys)
        page.locator("[data-test=validate]").click();
        assertThat(page.getByText("No errors: the model can be deployed. 1 warning(s) to look at are listed below."))
                .isVisible();
        page.locator("[data-test=deploy]").click();
        assertThat(page.locator("[data-test=deploy-confirm]")).containsText("This process is not deployed yet.");
        page.locator("[data-test=deploy-confirmed]").click();
        assertThat(page.getByText("Version 1 of " + key + " deployed.")).isVisible();
        assertThat(page).hasURL(Pattern.compile("/modeler/processes/" + key + "$"));
        assertThat(page.locator("[data-test=form-" + formId + "]")).not().containsText("new");
        designer.screenshot("deployed");

        Api api = clients.as("admin");
        assertThat(api.get("/api/process-models/" + key).json().get("formIds").toString())
                .contains(formId);
        assertThat(api.get("/api/forms/" + formId).status()).isEqualTo(200);
        page.locator("[data-test=modeler-back]").click();
        assertThat(page.locator("[data-test=process-list]")).containsText(key);
    }

    @Test
    void theDesignerSpeaksChinese() {
        BrowserSession designer = browser("zh-CN", 1280, 800, false).signIn("admin");
        Page page = designer.page();
        designer.open("/modeler");
        assertThat(page.locator("h1")).hasText("流程设计");
        assertThat(page.locator("[data-test=new-process]")).hasText("新建流程");
        page.locator("[data-test=process-" + HANDOFF + "]").click();
        assertThat(page.locator("[data-test=validate]")).hasText("校验");
        assertThat(page.locator("[data-test=deploy]")).hasText("部署");
        assertThat(page.locator("[data-test=model-version]")).containsText("部署");
        assertThat(page.locator("[data-test=bpmn-canvas] g.djs-element[data-element-id=" + TASK + "]"))
                .isVisible();
        designer.screenshot("zh-CN");
    }

    @Test
    void aNonDesignerDoesNotGetTheDesigner() {
        BrowserSession pm = browser().signIn("pm");
        Page page = pm.page();
        assertThat(page.locator("[data-test=navigation]")).containsText("Projects");
        assertThat(page.locator("[data-test=navigation]")).not().containsText("Process designer");
        pm.open("/modeler");
        assertThat(page).hasURL(Pattern.compile("/inbox$"));
        pm.open("/modeler/processes/" + HANDOFF);
        assertThat(page).hasURL(Pattern.compile("/inbox$"));
        assertThat(page.locator("[data-test=process-editor]")).hasCount(0);
        pm.screenshot("sent-home");
        assertThat(pm.everythingReceived()).doesNotContain("bpmnXml");
    }

    /** A deployable model but for its script task, with a diagram so the designer can show it. */
    private static String scriptModel(String key) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"
                    xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"
                    xmlns:di="http://www.omg.org/spec/DD/20100524/DI"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_1"
                    targetNamespace="http://crossflow.io/test">
                  <bpmn:process id="%s" name="Script test" isExecutable="true" camunda:historyTimeToLive="P30D">
                    <bpmn:startEvent id="Start"><bpmn:outgoing>Flow_1</bpmn:outgoing></bpmn:startEvent>
                    <bpmn:sequenceFlow id="Flow_1" sourceRef="Start" targetRef="Task_Script"/>
                    <bpmn:scriptTask id="Task_Script" name="Compute totals" scriptFormat="javascript">
                      <bpmn:incoming>Flow_1</bpmn:incoming><bpmn:outgoing>Flow_2</bpmn:outgoing>
                      <bpmn:script>java.lang.System.exit(0)</bpmn:script>
                    </bpmn:scriptTask>
                    <bpmn:sequenceFlow id="Flow_2" sourceRef="Task_Script" targetRef="End"/>
                    <bpmn:endEvent id="End"><bpmn:incoming>Flow_2</bpmn:incoming></bpmn:endEvent>
                  </bpmn:process>
                  <bpmndi:BPMNDiagram id="Diagram_1">
                    <bpmndi:BPMNPlane id="Plane_1" bpmnElement="%s">
                      <bpmndi:BPMNShape id="Start_di" bpmnElement="Start"><dc:Bounds x="152" y="102" width="36" height="36"/></bpmndi:BPMNShape>
                      <bpmndi:BPMNShape id="Task_Script_di" bpmnElement="Task_Script"><dc:Bounds x="250" y="80" width="100" height="80"/></bpmndi:BPMNShape>
                      <bpmndi:BPMNShape id="End_di" bpmnElement="End"><dc:Bounds x="412" y="102" width="36" height="36"/></bpmndi:BPMNShape>
                      <bpmndi:BPMNEdge id="Flow_1_di" bpmnElement="Flow_1"><di:waypoint x="188" y="120"/><di:waypoint x="250" y="120"/></bpmndi:BPMNEdge>
                      <bpmndi:BPMNEdge id="Flow_2_di" bpmnElement="Flow_2"><di:waypoint x="350" y="120"/><di:waypoint x="412" y="120"/></bpmndi:BPMNEdge>
                    </bpmndi:BPMNPlane>
                  </bpmndi:BPMNDiagram>
                </bpmn:definitions>
                """.formatted(key, key);
    }
}
