package io.crossflow.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.crossflow.workflow.ModelDiff;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ModelComparisonTest {

    static final String MODEL = """
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
              xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"
              xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
              id="Definitions_1" targetNamespace="http://crossflow.io/processes">
              <bpmn:process id="p" name="P" isExecutable="true" camunda:historyTimeToLive="P180D">
                <bpmn:startEvent id="Start" name="Started"><bpmn:outgoing>Flow_1</bpmn:outgoing></bpmn:startEvent>
                <bpmn:sequenceFlow id="Flow_1" sourceRef="Start" targetRef="Review" />
                <bpmn:userTask id="Review" name="Review" camunda:candidateGroups="project:${projectId}:MANAGER">
                  <bpmn:extensionElements><camunda:properties>
                    <camunda:property name="i18n.name.zh-CN" value="审核" />
                  </camunda:properties></bpmn:extensionElements>
                  <bpmn:incoming>Flow_1</bpmn:incoming><bpmn:outgoing>Flow_2</bpmn:outgoing>
                </bpmn:userTask>
                <bpmn:sequenceFlow id="Flow_2" sourceRef="Review" targetRef="End" />
                <bpmn:endEvent id="End" name="Done"><bpmn:incoming>Flow_2</bpmn:incoming></bpmn:endEvent>
              </bpmn:process>
              <bpmndi:BPMNDiagram id="Diagram_1"><bpmndi:BPMNPlane id="Plane_1" bpmnElement="p">
                <bpmndi:BPMNShape id="Start_di" bpmnElement="Start"><dc:Bounds x="152" y="102" width="36" height="36" /></bpmndi:BPMNShape>
                <bpmndi:BPMNShape id="Review_di" bpmnElement="Review"><dc:Bounds x="250" y="80" width="100" height="80" /></bpmndi:BPMNShape>
                <bpmndi:BPMNShape id="End_di" bpmnElement="End"><dc:Bounds x="412" y="102" width="36" height="36" /></bpmndi:BPMNShape>
                <bpmndi:BPMNEdge id="Flow_1_di" bpmnElement="Flow_1"><di:waypoint x="188" y="120" /><di:waypoint x="250" y="120" /></bpmndi:BPMNEdge>
                <bpmndi:BPMNEdge id="Flow_2_di" bpmnElement="Flow_2"><di:waypoint x="350" y="120" /><di:waypoint x="412" y="120" /></bpmndi:BPMNEdge>
              </bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
            </bpmn:definitions>
            """;

    @Test
    void theSameModelWrittenDifferentlyIsUnchanged() {
        String rewritten = MODEL.replace("bpmn:", "b:")
                .replace("xmlns:bpmn=", "xmlns:b=")
                .replace("<b:incoming>Flow_1</b:incoming>", "")
                .replace("x=\"250\" y=\"80\"", "y=\"80.0\" x=\"250\"")
                .replace("\n", "\n  ");
        ModelComparison.Result result = compare(MODEL, rewritten);

        assertThat(result.none()).as(result.toString()).isTrue();
    }

    @Test
    void addedRemovedAndChangedElementsAreNamedInTheReadersLanguage() {
        String next = MODEL.replace("project:${projectId}:MANAGER", "project:${projectId}:MEMBER")
                .replace("name=\"Done\"", "name=\"Finished\"")
                .replace(
                        "<bpmn:startEvent id=\"Start\" name=\"Started\"><bpmn:outgoing>Flow_1</bpmn:outgoing></bpmn:startEvent>",
                        "<bpmn:startEvent id=\"Start\" name=\"Started\"><bpmn:outgoing>Flow_1</bpmn:outgoing></bpmn:startEvent>"
                                + "<bpmn:manualTask id=\"Check\" name=\"Check parts\" />")
                .replace("<bpmn:sequenceFlow id=\"Flow_2\" sourceRef=\"Review\" targetRef=\"End\" />", "");

        ModelComparison.Result result = ModelComparison.compare(bytes(MODEL), bytes(next), Locale.SIMPLIFIED_CHINESE);

        assertThat(result.added())
                .extracting(ModelDiff.Element::elementId, ModelDiff.Element::type, ModelDiff.Element::name)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Check", "manualTask", "Check parts"));
        assertThat(result.removed()).extracting(ModelDiff.Element::elementId).containsExactly("Flow_2");
        assertThat(result.changed())
                .extracting(ModelDiff.Element::elementId, ModelDiff.Element::name, ModelDiff.Element::aspects)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(
                                "Review", "审核", java.util.List.of(ModelDiff.Aspect.SETTINGS)),
                        org.assertj.core.groups.Tuple.tuple(
                                "End", "Finished", java.util.List.of(ModelDiff.Aspect.NAME)));
    }

    @Test
    void aNewNameInOneLanguageIsANameChangeAndAMovedShapeIsLayout() {
        String next = MODEL.replace("value=\"审核\"", "value=\"复核\"").replace("x=\"412\"", "x=\"500\"");

        ModelComparison.Result result = compare(MODEL, next);

        assertThat(result.changed()).singleElement().satisfies(e -> {
            assertThat(e.elementId()).isEqualTo("Review");
            assertThat(e.aspects()).containsExactly(ModelDiff.Aspect.NAME);
        });
        assertThat(result.layoutChanged()).isTrue();
    }

    @Test
    void aFlowMovedToAnotherTargetChangesItsConnections() {
        String next = MODEL.replace(
                "<bpmn:sequenceFlow id=\"Flow_1\" sourceRef=\"Start\" targetRef=\"Review\" />",
                "<bpmn:sequenceFlow id=\"Flow_1\" sourceRef=\"Start\" targetRef=\"End\" />");

        assertThat(compare(MODEL, next).changed())
                .singleElement()
                .satisfies(e -> assertThat(e.aspects()).containsExactly(ModelDiff.Aspect.CONNECTIONS));
    }

    @Test
    void everyShippedModelIsUnchangedAgainstItself() throws IOException {
        try (var files = Files.list(Path.of("processes"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
                byte[] xml = Files.readAllBytes(file);
                assertThat(ModelComparison.compare(xml, xml, Locale.ENGLISH).none())
                        .as(file.toString())
                        .isTrue();
                assertThat(ModelComparison.compare(null, xml, Locale.ENGLISH).added())
                        .as(file.toString())
                        .isNotEmpty();
            }
        }
    }

    private static ModelComparison.Result compare(String before, String after) {
        return ModelComparison.compare(bytes(before), bytes(after), Locale.ENGLISH);
    }

    private static byte[] bytes(String xml) {
        return xml.strip().getBytes(StandardCharsets.UTF_8);
    }
}
