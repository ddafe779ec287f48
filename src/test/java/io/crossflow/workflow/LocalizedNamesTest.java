package io.crossflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

class LocalizedNamesTest {

    private static final Map<String, String> NAMES = Map.of("zh-CN", "接收工作包", "en", "Accept work package");

    @Test
    void theExactTagComesFirstThenTheLanguageThenTheDefault() {
        assertThat(LocalizedNames.pick(NAMES, Locale.forLanguageTag("zh-CN"), "default"))
                .isEqualTo("接收工作包");
        assertThat(LocalizedNames.pick(NAMES, Locale.forLanguageTag("zh-TW"), "default"))
                .as("another Chinese reads the Chinese name")
                .isEqualTo("接收工作包");
        assertThat(LocalizedNames.pick(NAMES, Locale.forLanguageTag("en-GB"), "default"))
                .isEqualTo("Accept work package");
        assertThat(LocalizedNames.pick(NAMES, Locale.GERMAN, "default")).isEqualTo("default");
        assertThat(LocalizedNames.pick(Map.of(), Locale.CHINA, "default")).isEqualTo("default");
        assertThat(LocalizedNames.pick(NAMES, null, "default")).isEqualTo("default");
    }

    @Test
    void variablesAreFilledButNothingElseIsEvaluated() {
        Map<String, Object> variables = Map.of("approvalLevel", 2, "approvalLevels", 3);
        assertThat(LocalizedNames.fill("审批（第 ${approvalLevel} 级，共 ${approvalLevels} 级）", variables::get))
                .isEqualTo("审批（第 2 级，共 3 级）");
        assertThat(LocalizedNames.fill("${bean.method()}", variables::get)).isEqualTo("${bean.method()}");
    }

    @Test
    void aModelsPropertiesAreReadPerElement() {
        BpmnModelInstance model = Bpmn.readModelFromStream(new java.io.ByteArrayInputStream(
                ProcessModelFixture.model("names", """
                        <bpmn:userTask id="Review" name="Review" camunda:candidateGroups="org:x">
                          <bpmn:extensionElements><camunda:properties>
                            <camunda:property name="i18n.name.zh-CN" value="审核" />
                            <camunda:property name="i18n.name.en" value="Review" />
                            <camunda:property name="other" value="x" />
                          </camunda:properties></bpmn:extensionElements>
                        </bpmn:userTask>
                        """).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(LocalizedNames.of(model)).containsEntry("Review", Map.of("zh-CN", "审核", "en", "Review"));
    }

    /** The shipped models: every named process, task, event, gateway and flow has a Chinese and an English name. */
    @Test
    void everyNamedElementOfTheShippedProcessesHasBothNames() throws IOException {
        Resource[] models = new PathMatchingResourcePatternResolver().getResources("classpath*:processes/*.bpmn");
        assertThat(models).hasSizeGreaterThanOrEqualTo(6);
        List<String> problems = new ArrayList<>();
        for (Resource resource : models) {
            BpmnModelInstance model;
            try (InputStream in = resource.getInputStream()) {
                model = Bpmn.readModelFromStream(in);
            }
            Map<String, Map<String, String>> names = LocalizedNames.of(model);
            List<org.camunda.bpm.model.bpmn.instance.BaseElement> named = new ArrayList<>();
            named.addAll(model.getModelElementsByType(Process.class).stream()
                    .filter(p -> p.getName() != null && !p.getName().isBlank())
                    .toList());
            named.addAll(model.getModelElementsByType(FlowElement.class).stream()
                    .filter(e -> e.getName() != null && !e.getName().isBlank())
                    .toList());
            for (var element : named) {
                String name = element instanceof Process p ? p.getName() : ((FlowElement) element).getName();
                Map<String, String> own = names.getOrDefault(element.getId(), Map.of());
                String where = resource.getFilename() + " " + element.getId() + " (" + name + ")";
                String zh = own.get("zh-CN");
                if (zh == null
                        || !zh.codePoints()
                                .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                    problems.add(where + ": no Chinese name (i18n.name.zh-CN)");
                }
                if (!name.equals(own.get("en"))) {
                    problems.add(where + ": i18n.name.en differs from the name: " + own.get("en"));
                }
            }
        }
        assertThat(problems).isEmpty();
    }
}
