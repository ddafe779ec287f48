package io.crossflow.workflow.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The BPMN elements and attributes a designer's model may contain (docs/modeler.md): what our own
 * {@code processes/*.bpmn} use and what the modeler's properties panel writes for the features
 * Crossflow supports. An element or attribute not listed here is refused by name, whatever it would
 * do: an allow-list fails closed when the engine learns something new. The table is data only; the
 * values are checked by {@link ModelValidator} and {@link ExpressionPolicy}.
 */
final class ModelAllowList {

    static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    static final String BPMNDI = "http://www.omg.org/spec/BPMN/20100524/DI";
    static final String DC = "http://www.omg.org/spec/DD/20100524/DC";
    static final String DI = "http://www.omg.org/spec/DD/20100524/DI";
    static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
    static final String MODELER = "http://camunda.org/schema/modeler/1.0";
    static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    static final String BIOC = "http://bpmn.io/schema/bpmn/biocolor/1.0";
    static final String COLOR = "http://www.omg.org/spec/BPMN/non-normative/color/1.0";
    /** The engine still reads this namespace as an alias of camunda's; refused as a whole. */
    static final String ACTIVITI = "http://activiti.org/bpmn";

    private static final Map<String, String> PREFIXES = Map.of(
            BPMN, "bpmn",
            BPMNDI, "bpmndi",
            DC, "dc",
            DI, "di",
            CAMUNDA, "camunda",
            MODELER, "modeler",
            XSI, "xsi",
            BIOC, "bioc",
            COLOR, "color",
            ACTIVITI, "activiti");

    private static final Map<String, Set<String>> ELEMENTS = new HashMap<>();

    private static final String[] BASE = {"id"};
    private static final String[] NAMED = {"id", "name"};
    private static final String[] ASYNC = {
        "camunda:asyncBefore", "camunda:asyncAfter", "camunda:exclusive", "camunda:jobPriority"
    };
    private static final String[] ACTIVITY = concat(NAMED, ASYNC, "default");
    private static final String[] EXPRESSION = {"id", "xsi:type"};
    private static final String[] FORM = {"camunda:formRef", "camunda:formRefBinding", "camunda:formRefVersion"};

    static {
        // the process and its structure
        bpmn("definitions", "id", "name", "targetNamespace", "exporter", "exporterVersion")
                .addAll(qualified("modeler:executionPlatform", "modeler:executionPlatformVersion"));
        bpmn(
                "process",
                concat(
                        NAMED,
                        "isExecutable",
                        "camunda:historyTimeToLive",
                        "camunda:versionTag",
                        "camunda:isStartableInTasklist",
                        "camunda:candidateStarterGroups",
                        "camunda:candidateStarterUsers",
                        "camunda:jobPriority",
                        "camunda:taskPriority"));
        bpmn("documentation", "id", "textFormat");
        bpmn("extensionElements");
        bpmn("incoming");
        bpmn("outgoing");
        bpmn("sequenceFlow", concat(NAMED, "sourceRef", "targetRef"));
        bpmn("conditionExpression", EXPRESSION);
        bpmn("subProcess", concat(ACTIVITY, "triggeredByEvent"));
        bpmn("collaboration", NAMED);
        bpmn("participant", concat(NAMED, "processRef"));
        bpmn("messageFlow", concat(NAMED, "sourceRef", "targetRef", "messageRef"));
        bpmn("laneSet", NAMED);
        bpmn("lane", NAMED);
        bpmn("flowNodeRef");
        bpmn("childLaneSet", NAMED);
        bpmn("textAnnotation", "id", "textFormat");
        bpmn("text");
        bpmn("association", "id", "sourceRef", "targetRef", "associationDirection");
        bpmn("group", "id", "categoryValueRef");
        bpmn("category", NAMED);
        bpmn("categoryValue", "id", "value");
        bpmn("dataObject", concat(NAMED, "isCollection"));
        bpmn("dataObjectReference", concat(NAMED, "dataObjectRef"));
        bpmn("dataStoreReference", concat(NAMED, "dataStoreRef"));
        bpmn("dataInputAssociation", BASE);
        bpmn("dataOutputAssociation", BASE);
        bpmn("sourceRef");
        bpmn("targetRef");
        bpmn("message", NAMED);
        bpmn("signal", NAMED);
        bpmn("error", concat(NAMED, "errorCode", "camunda:errorMessage"));
        bpmn("escalation", concat(NAMED, "escalationCode"));

        // tasks
        bpmn(
                "userTask",
                concat(
                        ACTIVITY,
                        FORM,
                        "camunda:assignee",
                        "camunda:candidateGroups",
                        "camunda:candidateUsers",
                        "camunda:dueDate",
                        "camunda:followUpDate",
                        "camunda:priority"));
        bpmn(
                "serviceTask",
                concat(ACTIVITY, "camunda:delegateExpression", "camunda:expression", "camunda:resultVariable"));
        bpmn(
                "sendTask",
                concat(ACTIVITY, "camunda:delegateExpression", "camunda:expression", "camunda:resultVariable"));
        bpmn(
                "businessRuleTask",
                concat(
                        ACTIVITY,
                        "camunda:decisionRef",
                        "camunda:decisionRefBinding",
                        "camunda:decisionRefVersion",
                        "camunda:decisionRefVersionTag",
                        "camunda:resultVariable",
                        "camunda:mapDecisionResult"));
        bpmn("receiveTask", concat(ACTIVITY, "messageRef"));
        bpmn("manualTask", ACTIVITY);
        bpmn("task", ACTIVITY);
        bpmn(
                "callActivity",
                concat(
                        ACTIVITY,
                        "calledElement",
                        "camunda:calledElementBinding",
                        "camunda:calledElementVersion",
                        "camunda:calledElementVersionTag"));
        bpmn(
                "multiInstanceLoopCharacteristics",
                concat(BASE, ASYNC, "isSequential", "camunda:collection", "camunda:elementVariable"));
        bpmn("loopCardinality", EXPRESSION);
        bpmn("completionCondition", EXPRESSION);

        // gateways
        bpmn("exclusiveGateway", concat(NAMED, ASYNC, "default"));
        bpmn("inclusiveGateway", concat(NAMED, ASYNC, "default"));
        bpmn("parallelGateway", concat(NAMED, ASYNC));
        bpmn("eventBasedGateway", concat(NAMED, ASYNC, "eventGatewayType", "instantiate"));

        // events and their definitions
        bpmn(
                "startEvent",
                concat(concat(NAMED, ASYNC), FORM, "isInterrupting", "parallelMultiple", "camunda:initiator"));
        bpmn("endEvent", concat(NAMED, ASYNC));
        bpmn("intermediateCatchEvent", concat(NAMED, ASYNC, "parallelMultiple"));
        bpmn("intermediateThrowEvent", concat(NAMED, ASYNC));
        bpmn("boundaryEvent", concat(NAMED, ASYNC, "attachedToRef", "cancelActivity", "parallelMultiple"));
        bpmn("timerEventDefinition", BASE);
        bpmn("timeDate", EXPRESSION);
        bpmn("timeDuration", EXPRESSION);
        bpmn("timeCycle", EXPRESSION);
        bpmn("messageEventDefinition", "id", "messageRef", "camunda:delegateExpression", "camunda:expression");
        bpmn("signalEventDefinition", "id", "signalRef", "camunda:async");
        bpmn("errorEventDefinition", "id", "errorRef", "camunda:errorCodeVariable", "camunda:errorMessageVariable");
        bpmn("escalationEventDefinition", "id", "escalationRef", "camunda:escalationCodeVariable");
        bpmn("terminateEventDefinition", BASE);
        bpmn("compensateEventDefinition", "id", "activityRef", "waitForCompletion");
        bpmn("linkEventDefinition", NAMED);
        bpmn("conditionalEventDefinition", "id", "camunda:variableName", "camunda:variableEvents");
        bpmn("condition", EXPRESSION);

        // camunda extension elements: listeners by bean or expression, properties, plain mappings
        camunda("executionListener", "event", "delegateExpression", "expression");
        camunda("taskListener", "id", "event", "delegateExpression", "expression");
        camunda("properties");
        camunda("property", "id", "name", "value");
        camunda("inputOutput");
        camunda("inputParameter", "name");
        camunda("outputParameter", "name");
        camunda("list");
        camunda("map");
        camunda("entry", "key");
        camunda("value");
        camunda("in", "source", "sourceExpression", "target", "variables", "local", "businessKey");
        camunda("out", "source", "sourceExpression", "target", "variables", "local");
        camunda("failedJobRetryTimeCycle");

        // the diagram
        String[] colors = {"bioc:stroke", "bioc:fill", "color:background-color", "color:border-color"};
        element(BPMNDI, "BPMNDiagram", NAMED);
        element(BPMNDI, "BPMNPlane", "id", "bpmnElement");
        element(
                BPMNDI,
                "BPMNShape",
                concat(colors, "id", "bpmnElement", "isExpanded", "isMarkerVisible", "isHorizontal"));
        element(
                BPMNDI,
                "BPMNEdge",
                concat(colors, "id", "bpmnElement", "sourceElement", "targetElement", "messageVisibleKind"));
        element(BPMNDI, "BPMNLabel", "id", "labelStyle", "color:color");
        element(BPMNDI, "BPMNLabelStyle", BASE);
        element(DC, "Bounds", "x", "y", "width", "height");
        element(DC, "Font", "name", "size", "isBold", "isItalic", "isUnderline", "isStrikeThrough");
        element(DI, "waypoint", "x", "y");
    }

    private ModelAllowList() {}

    /** The attributes allowed on the element (key {@code namespace|local}, "" for no namespace), or null if the element is not. */
    static Set<String> attributes(String namespace, String localName) {
        return ELEMENTS.get(key(namespace, localName));
    }

    static boolean isDiagram(String namespace) {
        return BPMNDI.equals(namespace) || DC.equals(namespace) || DI.equals(namespace);
    }

    static String key(String namespace, String localName) {
        return (namespace == null ? "" : namespace) + "|" + localName;
    }

    /** The name as a designer reads it: the usual prefix of its namespace, {@code {uri}name} for others. */
    static String display(String namespace, String localName) {
        if (namespace == null || namespace.isEmpty()) {
            return localName;
        }
        String prefix = PREFIXES.get(namespace);
        return prefix == null ? "{" + namespace + "}" + localName : prefix + ":" + localName;
    }

    private static Set<String> bpmn(String name, String... attributes) {
        return element(BPMN, name, attributes);
    }

    private static void camunda(String name, String... attributes) {
        element(CAMUNDA, name, attributes);
    }

    private static Set<String> element(String namespace, String name, String... attributes) {
        Set<String> allowed = qualified(attributes);
        ELEMENTS.put(key(namespace, name), allowed);
        return allowed;
    }

    private static Set<String> qualified(String... attributes) {
        Set<String> keys = new HashSet<>();
        for (String attribute : attributes) {
            int colon = attribute.indexOf(':');
            if (colon < 0) {
                keys.add(key(null, attribute));
            } else {
                String prefix = attribute.substring(0, colon);
                String namespace = PREFIXES.entrySet().stream()
                        .filter(e -> e.getValue().equals(prefix))
                        .map(Map.Entry::getKey)
                        .findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("Unknown prefix " + prefix));
                keys.add(key(namespace, attribute.substring(colon + 1)));
            }
        }
        return keys;
    }

    private static String[] concat(String[] first, String... more) {
        String[] all = java.util.Arrays.copyOf(first, first.length + more.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }

    private static String[] concat(String[] first, String[] second, String... more) {
        return concat(concat(first, second), more);
    }
}
