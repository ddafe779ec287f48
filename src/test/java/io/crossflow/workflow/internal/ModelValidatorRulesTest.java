package io.crossflow.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.crossflow.workflow.ModelProblem;
import io.crossflow.workflow.ProcessModelFixture;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rules of issue 11: collaborations, condition languages, external tasks, partner timers, names. */
class ModelValidatorRulesTest {

    private static final ModelValidator VALIDATOR =
            ModelValidator.fromOwnModels(name -> Set.of("recordHandoffAccepted").contains(name));

    private static final String PARTNER_TASK =
            "<bpmn:userTask id=\"Accept\" name=\"Accept\" camunda:candidateGroups=\"org:${partnerOrganisationId}\"/>";

    @Test
    void aCollaborationDeploysItsExecutablePoolAndKeepsTheOthersAsDocumentation() {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions" targetNamespace="t">
                  <bpmn:collaboration id="Collaboration">
                    <bpmn:participant id="Us" name="Us" processRef="ours"/>
                    <bpmn:participant id="Customer" name="Customer" processRef="theirs"/>
                  </bpmn:collaboration>
                  <bpmn:process id="ours" name="Ours" isExecutable="true" camunda:historyTimeToLive="P30D">
                    <bpmn:startEvent id="Start"/>
                  </bpmn:process>
                  <bpmn:process id="theirs" name="Theirs" isExecutable="false">
                    <bpmn:userTask id="TheirTask" name="Their task"/>
                  </bpmn:process>
                </bpmn:definitions>
                """;
        ModelValidator.Checked checked = VALIDATOR.validate(xml);
        assertThat(checked.result().errors()).isEmpty();
        assertThat(checked.processKey()).isEqualTo("ours");
        assertThat(checked.executableKeys()).containsExactly("ours");
    }

    @Test
    void aConditionInAnotherLanguageIsRefusedForItsLanguage() {
        String xml = ProcessModelFixture.model("k", """
                <bpmn:exclusiveGateway id="Gateway"/>
                <bpmn:sequenceFlow id="Flow" sourceRef="Gateway" targetRef="End">
                  <bpmn:conditionExpression language="javascript">true</bpmn:conditionExpression>
                </bpmn:sequenceFlow>
                """);
        List<ModelProblem> errors = VALIDATOR.validate(xml).result().errors();
        assertThat(errors)
                .extracting(ModelProblem::message)
                .anySatisfy(m -> assertThat(m)
                        .contains("language=\"javascript\"", "JUEL")
                        .doesNotContain("scripts never run"));
    }

    @Test
    void anExternalTaskIsRefusedBecauseNothingServesItsTopicAndOnlyOnce() {
        String xml = ProcessModelFixture.model(
                "k", "<bpmn:serviceTask id=\"Pay\" camunda:type=\"external\" camunda:topic=\"payments\"/>");
        List<ModelProblem> errors = VALIDATOR.validate(xml).result().errors();
        assertThat(errors)
                .filteredOn(p -> "Pay".equals(p.elementId()))
                .singleElement()
                .satisfies(p -> assertThat(p.message()).contains("nothing in Crossflow serves external task topics"));
    }

    @Test
    void aPartnersTaskWithoutATimerIsWarnedAboutNotRefused() {
        ModelValidator.Checked checked = VALIDATOR.validate(ProcessModelFixture.model("k", PARTNER_TASK));
        assertThat(checked.result().errors()).isEmpty();
        assertThat(checked.result().warnings())
                .anySatisfy(w -> assertThat(w.message()).contains("partner organisation without any timer"));
    }

    @Test
    void aPartnersTaskWithABoundaryTimerIsNotWarnedAbout() {
        String xml = ProcessModelFixture.model("k", PARTNER_TASK + """
                <bpmn:boundaryEvent id="Remind" attachedToRef="Accept" cancelActivity="false">
                  <bpmn:timerEventDefinition id="RemindTimer"><bpmn:timeDuration>P2D</bpmn:timeDuration></bpmn:timerEventDefinition>
                </bpmn:boundaryEvent>
                """);
        assertThat(VALIDATOR.validate(xml).result().warnings())
                .noneSatisfy(w -> assertThat(w.message()).contains("without any timer"));
    }

    @Test
    void anInternalTaskWithoutATimerIsNotWarnedAbout() {
        assertThat(VALIDATOR
                        .validate(ProcessModelFixture.model("k", ProcessModelFixture.TASK))
                        .result()
                        .warnings())
                .noneSatisfy(w -> assertThat(w.message()).contains("without any timer"));
    }

    @Test
    void problemsNameTheElementInTheReadersLanguage() {
        String xml = ProcessModelFixture.model("k", """
                <bpmn:userTask id="Review" name="Review" camunda:candidateGroups="project:${projectId}:MANAGER">
                  <bpmn:extensionElements>
                    <camunda:properties>
                      <camunda:property name="i18n.name.zh-CN" value="审核"/>
                      <camunda:property name="i18n.name.en" value="Review the delivery"/>
                    </camunda:properties>
                  </bpmn:extensionElements>
                </bpmn:userTask>
                """);
        assertThat(VALIDATOR.validate(xml).result().errors()).isEmpty();
        ElementNames names = ElementNames.of(xml.getBytes(StandardCharsets.UTF_8));
        assertThat(names.label("Review", Locale.forLanguageTag("zh-CN"))).isEqualTo("审核");
        assertThat(names.label("Review", Locale.ENGLISH)).isEqualTo("Review the delivery");
        assertThat(names.label("Start", Locale.ENGLISH)).isEqualTo("Start");
        assertThat(EngineProblems.describe(
                        "Timer needs configuration (either timeDate, timeCycle or timeDuration is needed).",
                        "审核",
                        "Review"))
                .isEqualTo("Element '审核' (Review): the timer needs a date, a duration or a cycle.");
        assertThat(EngineProblems.describe("ENGINE-09005 something new", "Review", "Review"))
                .doesNotContain("ENGINE-", "something new");
    }

    @Test
    void everyReasonForAnEngineFindingReadsInChinese() throws java.io.IOException {
        try (var in = getClass().getResourceAsStream("/problems/zh-CN.json")) {
            var terms = new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(in)
                    .path("terms");
            assertThat(EngineProblems.reasons())
                    .allSatisfy(
                            reason -> assertThat(terms.has(reason)).as(reason).isTrue());
        }
    }
}
