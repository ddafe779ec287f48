package io.crossflow.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.crossflow.testing.Api;
import io.crossflow.testing.IntegrationTest;
import io.crossflow.testing.TestClients;
import io.crossflow.testing.browser.BrowserSession;
import io.crossflow.testing.browser.BrowserTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The designer says what it means: validate's summary agrees with the problems panel (warnings
 * are not "no problems"), deploy shows what changes and asks, an unchanged model is not deployed
 * again, {@code /modeler/new} opened directly asks for a name, and a phone gets a message
 * instead of a broken canvas. Desktop 1440×900 and phone 390×844, in English and Chinese.
 */
@IntegrationTest
class DesignerClarityBrowserIT extends BrowserTest {

    @Autowired
    TestClients clients;

    record Words(
            String language,
            String warnings,
            String unchanged,
            String confirmTitle,
            String changed,
            String userTask,
            String nameChanged,
            String deployed,
            String newTitle,
            String phone) {}

    static final Words EN = new Words(
            "en",
            "No errors: the model can be deployed. 1 warning(s) to look at are listed below.",
            "Nothing changed: version 1 stays the newest version",
            "Deploy as version 2?",
            "Changed (1)",
            "user task",
            "name changed",
            "Version 2 of %s deployed.",
            "New process",
            "The designer needs a larger screen");

    static final Words ZH = new Words(
            "zh-CN",
            "没有错误，可以部署。下方列出了 1 条需要留意的警告。",
            "没有任何更改：版本 1 仍是最新版本",
            "部署为版本 2？",
            "修改（1）",
            "用户任务",
            "名称有变化",
            "%s 的版本 2 已部署。",
            "新建流程",
            "流程设计器需要更大的屏幕");

    @Test
    void warningsAreNotNoProblemsAnUnchangedModelStaysAndDeployShowsTheDifference() {
        for (Words words : List.of(EN, ZH)) {
            String key = "clarity-" + UUID.randomUUID().toString().substring(0, 8);
            Api api = clients.as("admin");
            Api.Response first = api.post("/api/process-models", Map.of("bpmnXml", model(key, "Check drawings")));
            assertThat(first.status()).as(first.toString()).isEqualTo(201);

            BrowserSession designer =
                    browser(words.language(), 1440, 900, false).signIn("admin");
            Page page = designer.page();
            List<String> trouble = watch(page);
            designer.open("/modeler/processes/" + key);
            Locator task = page.locator("[data-test=bpmn-canvas] g.djs-element[data-element-id=Review]");
            assertThat(task).containsText("Check drawings");

            // a user task without a form is a warning: the summary says so, and agrees with the panel
            page.locator("[data-test=validate]").click();
            assertThat(page.locator(".el-message").last()).containsText(words.warnings());
            assertThat(page.locator("[data-test=problems]")).isVisible();
            assertThat(page.locator("[data-test=problem]")).hasCount(1);
            designer.screenshot("validate-warnings-" + words.language());

            // nothing changed: deploy says so and makes no version
            page.locator("[data-test=deploy]").click();
            assertThat(page.locator(".el-message").last()).containsText(words.unchanged());
            assertThat(page.locator("[data-test=deploy-confirm]")).isHidden();
            designer.screenshot("unchanged-" + words.language());
            assertThat(api.get("/api/process-models/" + key + "/versions").json())
                    .hasSize(1);

            // a renamed task: deploy shows the difference and asks first
            task.dblclick();
            page.keyboard().press("Control+A");
            page.keyboard().type("Check the drawings twice");
            page.keyboard().press("Enter");
            assertThat(task).containsText("twice");
            page.locator("[data-test=deploy]").click();
            Locator confirm = page.locator("[data-test=deploy-confirm]");
            assertThat(confirm).containsText(words.confirmTitle());
            Locator changed = confirm.locator("[data-test=diff-changed]");
            assertThat(changed).containsText(words.changed());
            assertThat(changed).containsText(words.userTask() + " “Check the drawings twice”");
            assertThat(changed).containsText(words.nameChanged());
            designer.screenshot("deploy-diff-" + words.language());
            page.locator("[data-test=deploy-confirmed]").click();
            assertThat(page.getByText(words.deployed().formatted(key))).isVisible();
            assertThat(api.get("/api/process-models/" + key)
                            .json()
                            .path("version")
                            .asInt())
                    .isEqualTo(2);
            designer.screenshot("deployed-" + words.language());

            // /modeler/new opened directly asks for the name and key, then opens the blank model
            designer.open("/modeler/new");
            Locator naming = page.locator(".el-dialog[data-test=new-process-dialog]");
            assertThat(naming).containsText(words.newTitle());
            page.locator("input[data-test=new-process-name]").fill("Direct start");
            assertThat(page.locator("input[data-test=new-process-key]")).hasValue("direct-start");
            designer.screenshot("new-opened-directly-" + words.language());
            page.locator("[data-test=new-process-start]").click();
            assertThat(page).hasURL(Pattern.compile("/modeler/new\\?key=direct-start"));
            assertThat(page.locator("[data-test=bpmn-canvas] g.djs-element[data-element-id=Review]"))
                    .isVisible();
            assertThat(page.locator("[data-test=process-key]")).hasText("direct-start");
            designer.screenshot("new-blank-" + words.language());

            assertThat(trouble).as("console errors and failed requests").isEmpty();
        }
    }

    @Test
    void onAPhoneTheDesignerSaysItNeedsALargerScreen() {
        for (Words words : List.of(EN, ZH)) {
            BrowserSession designer = browser(words.language(), 390, 844, true).signIn("admin");
            Page page = designer.page();
            List<String> trouble = watch(page);
            designer.open("/modeler/processes/work-package-handoff");
            Locator message = page.locator("[data-test=designer-needs-larger-screen]");
            assertThat(message).containsText(words.phone());
            assertThat(page.locator("[data-test=process-editor]")).isHidden();
            designer.screenshot("phone-" + words.language());
            message.locator("[data-test=modeler-back]").click();
            assertThat(page).hasURL(Pattern.compile("/modeler$"));
            designer.screenshot("phone-list-" + words.language());
            assertThat(trouble).as("console errors and failed requests").isEmpty();
        }
    }

    /** Console errors and failed API requests of the page from now on. */
    private static List<String> watch(Page page) {
        List<String> trouble = new ArrayList<>();
        page.onConsoleMessage(m -> {
            if ("error".equals(m.type())) {
                trouble.add("console: " + m.text());
            }
        });
        page.onResponse(r -> {
            if (r.url().contains("/api/") && r.status() >= 400) {
                trouble.add(r.status() + " " + r.url());
            }
        });
        return trouble;
    }

    /** A deployable one-task model with a diagram; the task has no form (a warning). */
    static String model(String key, String taskName) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                  xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"
                  xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                  id="Definitions_1" targetNamespace="http://crossflow.io/processes">
                  <bpmn:process id="%1$s" name="Clarity %1$s" isExecutable="true" camunda:historyTimeToLive="P180D">
                    <bpmn:startEvent id="Start" name="Started"><bpmn:outgoing>Flow_1</bpmn:outgoing></bpmn:startEvent>
                    <bpmn:sequenceFlow id="Flow_1" sourceRef="Start" targetRef="Review" />
                    <bpmn:userTask id="Review" name="%2$s" camunda:candidateGroups="project:${projectId}:MANAGER">
                      <bpmn:incoming>Flow_1</bpmn:incoming><bpmn:outgoing>Flow_2</bpmn:outgoing>
                    </bpmn:userTask>
                    <bpmn:sequenceFlow id="Flow_2" sourceRef="Review" targetRef="End" />
                    <bpmn:endEvent id="End" name="Done"><bpmn:incoming>Flow_2</bpmn:incoming></bpmn:endEvent>
                  </bpmn:process>
                  <bpmndi:BPMNDiagram id="Diagram_1"><bpmndi:BPMNPlane id="Plane_1" bpmnElement="%1$s">
                    <bpmndi:BPMNShape id="Start_di" bpmnElement="Start"><dc:Bounds x="152" y="102" width="36" height="36" /></bpmndi:BPMNShape>
                    <bpmndi:BPMNShape id="Review_di" bpmnElement="Review"><dc:Bounds x="250" y="80" width="100" height="80" /></bpmndi:BPMNShape>
                    <bpmndi:BPMNShape id="End_di" bpmnElement="End"><dc:Bounds x="412" y="102" width="36" height="36" /></bpmndi:BPMNShape>
                    <bpmndi:BPMNEdge id="Flow_1_di" bpmnElement="Flow_1"><di:waypoint x="188" y="120" /><di:waypoint x="250" y="120" /></bpmndi:BPMNEdge>
                    <bpmndi:BPMNEdge id="Flow_2_di" bpmnElement="Flow_2"><di:waypoint x="350" y="120" /><di:waypoint x="412" y="120" /></bpmndi:BPMNEdge>
                  </bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
                </bpmn:definitions>
                """.formatted(key, taskName).strip();
    }
}
