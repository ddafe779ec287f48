package io.crossflow.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.crossflow.workflow.GuardProbe;
import io.crossflow.workflow.HostileModels;
import io.crossflow.workflow.HostileModels.Hostile;
import io.crossflow.workflow.ModelProblem;
import io.crossflow.workflow.ProcessModelFixture;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The allow-list and the expression policy, without Spring: every hostile model, our own models. */
class ModelValidatorTest {

    /** Beans of the application that are not allow-listed (the real context has hundreds more). */
    private static final Set<String> OTHER_BEANS =
            Set.of("runtimeService", "repositoryService", "taskService", "dataSource", "environment");

    private static final Set<String> OWN_DELEGATES = Set.of(
            "prepareApprovalLevel",
            "announceApprovalOutcome",
            "recordHandoffAccepted",
            "ticketStageListener",
            "closeTicket",
            "requireQcReport");

    /** The names our own models use as delegates: in the application each is a bean. */
    private static final Set<String> DELEGATES =
            ModelValidator.fromOwnModels(name -> true).allowedBeans();

    private static final ModelValidator VALIDATOR =
            ModelValidator.fromOwnModels(name -> OTHER_BEANS.contains(name) || DELEGATES.contains(name));

    static Stream<Hostile> hostile() {
        return HostileModels.all().stream();
    }

    @Test
    void theCorpusCoversEveryKindOfAttack() {
        assertThat(HostileModels.all()).hasSizeGreaterThanOrEqualTo(60);
        assertThat(HostileModels.engineRefused()).hasSizeGreaterThanOrEqualTo(30);
    }

    @Test
    void theAllowListIsDerivedFromOurOwnDelegates() {
        assertThat(VALIDATOR.allowedBeans()).containsAll(OWN_DELEGATES).doesNotContainAnyElementsOf(OTHER_BEANS);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void everyHostileModelIsRefusedNamingTheOffendingElement(Hostile model) {
        String key = "hostile-model";
        List<ModelProblem> errors = VALIDATOR.validate(model.xml(key)).result().errors();
        assertThat(errors).as("%s: %s", model, errors).anySatisfy(problem -> {
            assertThat(problem.elementId()).isEqualTo(model.elementId(key));
            assertThat(problem.message()).contains(model.named()).contains(model.elementId(key));
        });
    }

    @Test
    void aListenerWithAnUnprefixedClassIsRefusedAsAJavaClass() {
        // the defect found: this model passed validation, deployed, and the engine instantiated the class
        String xml = ProcessModelFixture.model("listener-class", """
                <bpmn:userTask id="Review" camunda:candidateGroups="project:${projectId}:MANAGER">
                  <bpmn:extensionElements>
                    <camunda:executionListener class="%s" event="start"/>
                  </bpmn:extensionElements>
                </bpmn:userTask>
                """.formatted(GuardProbe.NAME));
        assertThat(VALIDATOR.validate(xml).result().errors())
                .singleElement()
                .satisfies(problem -> assertThat(problem.message())
                        .isEqualTo("camunda:executionListener@class is not allowed (element Review): Java classes"
                                + " never run in Crossflow's processes; use camunda:delegateExpression with an"
                                + " allow-listed bean."));
    }

    @Test
    void theActivitiNamespaceIsRefusedAsAWhole() {
        String xml = ProcessModelFixture.model(
                "activiti",
                "<bpmn:userTask id=\"Review\" xmlns:activiti=\"http://activiti.org/bpmn\""
                        + " activiti:candidateGroups=\"project:${projectId}:MANAGER\"/>");
        assertThat(VALIDATOR.validate(xml).result().errors())
                .anySatisfy(problem -> assertThat(problem.message())
                        .startsWith("bpmn:userTask@activiti:candidateGroups is not allowed (element Review)")
                        .contains("Activiti namespace"));
    }

    @Test
    void ourOwnModelsPass() throws IOException {
        Resource[] models = new PathMatchingResourcePatternResolver().getResources("classpath*:processes/*.bpmn");
        assertThat(models).hasSizeGreaterThanOrEqualTo(5);
        for (Resource model : models) {
            try (InputStream in = model.getInputStream()) {
                String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                assertThat(VALIDATOR.validate(xml).result().errors())
                        .as(model.getFilename())
                        .isEmpty();
            }
        }
    }

    @Test
    void plainExpressionsPass() {
        String xml = ProcessModelFixture.model("plain", """
                <bpmn:userTask id="Review" name="Approve (level ${approvalLevel} of ${approvalLevels})"
                    camunda:candidateGroups="project:${projectId}:MANAGER" camunda:dueDate="${stageDueAt}"
                    camunda:priority="${approvalLevel > 1 ? 80 : 50}">
                  <bpmn:extensionElements>
                    <camunda:taskListener event="complete" delegateExpression="${ticketStageListener}"/>
                    <camunda:inputOutput>
                      <camunda:inputParameter name="level">${approvalLevel + 1}</camunda:inputParameter>
                      <camunda:inputParameter name="plain">text without expression</camunda:inputParameter>
                    </camunda:inputOutput>
                    <camunda:properties><camunda:property name="crossflow:requiresDocument" value="QC_REPORT"/></camunda:properties>
                  </bpmn:extensionElements>
                </bpmn:userTask>
                <bpmn:exclusiveGateway id="Gate"/>
                <bpmn:sequenceFlow id="Flow" sourceRef="Gate" targetRef="End">
                  <bpmn:conditionExpression xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                      xsi:type="bpmn:tFormalExpression">${approvalDecision == 'approve' &amp;&amp; not empty approvalLevel}</bpmn:conditionExpression>
                </bpmn:sequenceFlow>
                """);
        var result = VALIDATOR.validate(xml).result();
        assertThat(result.errors()).isEmpty();
    }

    @Test
    void theModelersStartingModelPasses() {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                  xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"
                  xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI"
                  xmlns:bioc="http://bpmn.io/schema/bpmn/biocolor/1.0"
                  xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_new" targetNamespace="http://crossflow.io/processes">
                  <bpmn:process id="new-process" name="New" isExecutable="true" camunda:historyTimeToLive="P180D">
                    <bpmn:startEvent id="Start" name="Started"><bpmn:outgoing>Flow_1</bpmn:outgoing></bpmn:startEvent>
                    <bpmn:sequenceFlow id="Flow_1" sourceRef="Start" targetRef="Review" />
                    <bpmn:userTask id="Review" name="Review" camunda:candidateGroups="project:${projectId}:MANAGER">
                      <bpmn:incoming>Flow_1</bpmn:incoming>
                    </bpmn:userTask>
                  </bpmn:process>
                  <bpmndi:BPMNDiagram id="Diagram_1">
                    <bpmndi:BPMNPlane id="Plane_1" bpmnElement="new-process">
                      <bpmndi:BPMNShape id="Start_di" bpmnElement="Start" bioc:stroke="#000"><dc:Bounds x="152" y="102" width="36" height="36" /></bpmndi:BPMNShape>
                      <bpmndi:BPMNEdge id="Flow_1_di" bpmnElement="Flow_1"><di:waypoint x="188" y="120" /><di:waypoint x="250" y="120" /></bpmndi:BPMNEdge>
                    </bpmndi:BPMNPlane>
                  </bpmndi:BPMNDiagram>
                </bpmn:definitions>
                """;
        assertThat(VALIDATOR.validate(xml).result().errors()).isEmpty();
    }

    @Test
    void expressionsInNamesAreParsedNotMatched() {
        // a quote inside a string literal must not hide what follows from the check
        String xml = ProcessModelFixture.model(
                "quoted",
                "<bpmn:userTask id=\"Review\" name=\"${'}' == x ? runtimeService : ''}\""
                        + " camunda:candidateGroups=\"project:${projectId}:MANAGER\"/>");
        assertThat(VALIDATOR.validate(xml).result().errors())
                .anySatisfy(problem -> assertThat(problem.message()).contains("'runtimeService' is a bean"));
    }
}
