package io.crossflow.workflow;

import java.util.Map;
import java.util.UUID;

/** Small BPMN models for the modeler's API tests. */
public final class ProcessModelFixture {

    private ProcessModelFixture() {}

    /** A new, unused process key. */
    public static String freshKey() {
        return "test-model-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A user task without a form, for the managers of the instance's project. */
    public static final String TASK =
            "<bpmn:userTask id=\"Review\" name=\"Review\" camunda:candidateGroups=\"project:${projectId}:MANAGER\"/>";

    /** A valid one-task model whose task uses the form. */
    public static String modelWithForm(String key, String formId) {
        return model(key, """
                <bpmn:userTask id="Review" name="Review" camunda:candidateGroups="project:${projectId}:MANAGER"
                    camunda:formRef="%s" camunda:formRefBinding="deployment"/>
                """.formatted(formId));
    }

    /** A model whose process holds the given elements between a start and an end event. */
    public static String model(String key, String elements) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions"
                    targetNamespace="http://crossflow.io/test">
                  <bpmn:process id="%s" name="Test model" isExecutable="true" camunda:historyTimeToLive="P30D">
                    <bpmn:startEvent id="Start"/>
                    %s
                    <bpmn:endEvent id="End"/>
                  </bpmn:process>
                </bpmn:definitions>
                """.formatted(key, elements);
    }

    /** A form-js schema with one required text field. */
    public static Map<String, Object> form(String id) {
        return Map.of(
                "id",
                id,
                "schema",
                Map.of(
                        "type",
                        "default",
                        "schemaVersion",
                        16,
                        "components",
                        java.util.List.of(Map.of(
                                "key",
                                "comment",
                                "label",
                                "Comment",
                                "type",
                                "textfield",
                                "validate",
                                Map.of("required", true)))));
    }

    /** The deploy or validate body: the model and its forms. */
    public static Map<String, Object> body(String xml, Map<String, Object>... forms) {
        return Map.of("bpmnXml", xml, "forms", java.util.List.of(forms));
    }
}
