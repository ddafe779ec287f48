package io.crossflow.workflow;

import java.util.ArrayList;
import java.util.List;

/**
 * Process models an attacker or a careless designer would deploy: Java classes, scripts, tenant
 * ids, connectors and expression abuse in every place and every namespace the engine reads. Each
 * names the element id the refusal must name and a text the message must contain. Those marked
 * {@code engineRefuses} name a class or script: the engine itself must refuse them even when they
 * are deployed around the validator (ModelGuardIT).
 */
public final class HostileModels {

    /** Stands for the process id in {@link Hostile#elementId}: the process is the offending element. */
    public static final String PROCESS = "%PROCESS%";

    private static final String PROBE = GuardProbe.NAME;
    private static final String ACTIVITI = "xmlns:activiti=\"http://activiti.org/bpmn\"";
    private static final String XSI = "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"";
    private static final String TASK_ATTRS = "camunda:candidateGroups=\"project:${projectId}:MANAGER\"";

    private HostileModels() {}

    /**
     * One hostile model.
     *
     * @param name what it tries
     * @param elements the elements between the start and end events
     * @param processAttributes extra attributes of the process element
     * @param elementId the element the refusal names ({@link #PROCESS} for the process)
     * @param named a text the refusal's message contains
     * @param engineRefuses whether it names a class or a script, which the engine refuses by itself
     */
    public record Hostile(
            String name,
            String elements,
            String processAttributes,
            String elementId,
            String named,
            boolean engineRefuses) {

        public String xml(String key) {
            String xml = elements.startsWith("<bpmn:extensionElements>")
                    ? ProcessModelFixture.model(key, "")
                            .replace(
                                    "camunda:historyTimeToLive=\"P30D\">",
                                    "camunda:historyTimeToLive=\"P30D\">" + elements)
                    : ProcessModelFixture.model(key, elements);
            return processAttributes.isEmpty()
                    ? xml
                    : xml.replace("isExecutable=\"true\"", "isExecutable=\"true\" " + processAttributes);
        }

        public String elementId(String key) {
            return PROCESS.equals(elementId) ? key : elementId;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    public static List<Hostile> all() {
        List<Hostile> all = new ArrayList<>();
        all.addAll(classes());
        all.addAll(scripts());
        all.addAll(tenantsAndConnectors());
        all.addAll(expressions());
        all.addAll(unsupported());
        return List.copyOf(all);
    }

    /** The models that name a class or a script. */
    public static List<Hostile> engineRefused() {
        return all().stream().filter(Hostile::engineRefuses).toList();
    }

    private static Hostile engine(String name, String elements, String elementId, String named) {
        return new Hostile(name, elements, "", elementId, named, true);
    }

    private static Hostile validator(String name, String elements, String elementId, String named) {
        return new Hostile(name, elements, "", elementId, named, false);
    }

    private static String userTask(String id, String extensions) {
        return "<bpmn:userTask id=\"" + id + "\" " + TASK_ATTRS + "><bpmn:extensionElements>" + extensions
                + "</bpmn:extensionElements></bpmn:userTask>";
    }

    private static String listener(String attributes) {
        return "<camunda:executionListener event=\"start\" " + attributes + "/>";
    }

    static List<Hostile> classes() {
        String unprefixed = "class=\"" + PROBE + "\"";
        return List.of(
                engine(
                        "execution listener with un-prefixed class on a user task (the defect found)",
                        userTask("Review", listener(unprefixed)),
                        "Review",
                        "camunda:executionListener@class"),
                engine(
                        "task listener with un-prefixed class",
                        userTask("Review", "<camunda:taskListener event=\"create\" " + unprefixed + "/>"),
                        "Review",
                        "camunda:taskListener@class"),
                engine(
                        "task listener with class on the timeout event",
                        userTask(
                                "Review",
                                "<camunda:taskListener event=\"timeout\" id=\"Late\" " + unprefixed + ">"
                                        + "<bpmn:timerEventDefinition id=\"LateTimer\"><bpmn:timeDuration>PT1H"
                                        + "</bpmn:timeDuration></bpmn:timerEventDefinition></camunda:taskListener>"),
                        "Review",
                        "camunda:taskListener@class"),
                engine(
                        "execution listener with class on the process",
                        "<bpmn:extensionElements>" + listener(unprefixed) + "</bpmn:extensionElements>",
                        PROCESS,
                        "camunda:executionListener@class"),
                engine(
                        "execution listener with class on a sequence flow",
                        "<bpmn:sequenceFlow id=\"Flow\" sourceRef=\"Start\" targetRef=\"End\"><bpmn:extensionElements>"
                                + "<camunda:executionListener event=\"take\" " + unprefixed + "/>"
                                + "</bpmn:extensionElements></bpmn:sequenceFlow>",
                        "Flow",
                        "camunda:executionListener@class"),
                engine(
                        "execution listener with class on an intermediate event",
                        "<bpmn:intermediateThrowEvent id=\"Throw\"><bpmn:extensionElements>" + listener(unprefixed)
                                + "</bpmn:extensionElements></bpmn:intermediateThrowEvent>",
                        "Throw",
                        "camunda:executionListener@class"),
                engine(
                        "execution listener with class on a gateway",
                        "<bpmn:exclusiveGateway id=\"Gate\"><bpmn:extensionElements>" + listener(unprefixed)
                                + "</bpmn:extensionElements></bpmn:exclusiveGateway>",
                        "Gate",
                        "camunda:executionListener@class"),
                engine(
                        "execution listener with class on a boundary event",
                        userTask("Review", "")
                                + "<bpmn:boundaryEvent id=\"Edge\" attachedToRef=\"Review\"><bpmn:extensionElements>"
                                + listener(unprefixed) + "</bpmn:extensionElements><bpmn:timerEventDefinition"
                                + " id=\"EdgeTimer\"><bpmn:timeDuration>PT1H</bpmn:timeDuration>"
                                + "</bpmn:timerEventDefinition></bpmn:boundaryEvent>",
                        "Edge",
                        "camunda:executionListener@class"),
                engine(
                        "execution listener with class inside a sub-process",
                        "<bpmn:subProcess id=\"Inner\"><bpmn:startEvent id=\"InnerStart\"><bpmn:extensionElements>"
                                + listener(unprefixed)
                                + "</bpmn:extensionElements></bpmn:startEvent></bpmn:subProcess>",
                        "InnerStart",
                        "camunda:executionListener@class"),
                engine(
                        "execution listener with camunda:class (prefixed attribute)",
                        userTask("Review", listener("camunda:class=\"" + PROBE + "\"")),
                        "Review",
                        "camunda:executionListener@camunda:class"),
                engine(
                        "service task with camunda:class",
                        "<bpmn:serviceTask id=\"Java\" camunda:class=\"" + PROBE + "\"/>",
                        "Java",
                        "bpmn:serviceTask@camunda:class"),
                engine(
                        "send task with camunda:class",
                        "<bpmn:sendTask id=\"Send\" camunda:class=\"" + PROBE + "\"/>",
                        "Send",
                        "bpmn:sendTask@camunda:class"),
                engine(
                        "business rule task with camunda:class",
                        "<bpmn:businessRuleTask id=\"Rule\" camunda:class=\"" + PROBE + "\"/>",
                        "Rule",
                        "bpmn:businessRuleTask@camunda:class"),
                engine(
                        "message throw event with camunda:class",
                        "<bpmn:intermediateThrowEvent id=\"Msg\"><bpmn:messageEventDefinition id=\"MsgDef\""
                                + " camunda:class=\"" + PROBE + "\"/></bpmn:intermediateThrowEvent>",
                        "Msg",
                        "bpmn:messageEventDefinition@camunda:class"),
                engine(
                        "message end event with camunda:class",
                        "<bpmn:endEvent id=\"MsgEnd\"><bpmn:messageEventDefinition id=\"MsgEndDef\""
                                + " camunda:class=\"" + PROBE + "\"/></bpmn:endEvent>",
                        "MsgEnd",
                        "bpmn:messageEventDefinition@camunda:class"),
                engine(
                        "service task with activiti:class",
                        "<bpmn:serviceTask id=\"Act\" " + ACTIVITI + " activiti:class=\"" + PROBE + "\"/>",
                        "Act",
                        "bpmn:serviceTask@activiti:class"),
                engine(
                        "activiti:executionListener with class",
                        userTask(
                                "Review",
                                "<activiti:executionListener " + ACTIVITI + " event=\"start\" " + unprefixed + "/>"),
                        "Review",
                        "activiti:executionListener"),
                engine(
                        "activiti:taskListener with class",
                        userTask(
                                "Review",
                                "<activiti:taskListener " + ACTIVITI + " event=\"create\" " + unprefixed + "/>"),
                        "Review",
                        "activiti:taskListener"),
                engine(
                        "call activity with activiti:variableMappingClass",
                        "<bpmn:callActivity id=\"Call\" calledElement=\"approval\" " + ACTIVITI
                                + " activiti:variableMappingClass=\"" + PROBE + "\"/>",
                        "Call",
                        "bpmn:callActivity@activiti:variableMappingClass"),
                engine(
                        "call activity with camunda:variableMappingClass",
                        "<bpmn:callActivity id=\"Call\" calledElement=\"approval\" camunda:variableMappingClass=\""
                                + PROBE + "\"/>",
                        "Call",
                        "bpmn:callActivity@camunda:variableMappingClass"),
                engine(
                        "start event with camunda:formHandlerClass (instantiated while parsing)",
                        "<bpmn:startEvent id=\"FormStart\" camunda:formHandlerClass=\"" + PROBE + "\"/>",
                        "FormStart",
                        "bpmn:startEvent@camunda:formHandlerClass"),
                engine(
                        "user task with camunda:formHandlerClass",
                        "<bpmn:userTask id=\"Review\" " + TASK_ATTRS + " camunda:formHandlerClass=\"" + PROBE + "\"/>",
                        "Review",
                        "bpmn:userTask@camunda:formHandlerClass"),
                engine(
                        "user task with activiti:formHandlerClass",
                        "<bpmn:userTask id=\"Review\" " + TASK_ATTRS + " " + ACTIVITI + " activiti:formHandlerClass=\""
                                + PROBE + "\"/>",
                        "Review",
                        "bpmn:userTask@activiti:formHandlerClass"),
                engine(
                        "service task with the class in an unknown namespace",
                        "<bpmn:serviceTask id=\"Odd\" xmlns:x=\"urn:x\" x:class=\"" + PROBE + "\"/>",
                        "Odd",
                        "bpmn:serviceTask@{urn:x}class"));
    }

    static List<Hostile> scripts() {
        return List.of(
                engine(
                        "script task, inline groovy",
                        "<bpmn:scriptTask id=\"Script\" scriptFormat=\"groovy\"><bpmn:script>\"id\".execute()"
                                + "</bpmn:script></bpmn:scriptTask>",
                        "Script",
                        "bpmn:scriptTask"),
                engine(
                        "script task from a class-path resource",
                        "<bpmn:scriptTask id=\"Script\" scriptFormat=\"javascript\""
                                + " camunda:resource=\"classpath://application.yml\"/>",
                        "Script",
                        "bpmn:scriptTask"),
                engine(
                        "execution listener with an inline script",
                        userTask(
                                "Review",
                                "<camunda:executionListener event=\"start\"><camunda:script scriptFormat=\"javascript\">"
                                        + "java.lang.System.exit(0)</camunda:script></camunda:executionListener>"),
                        "Review",
                        "camunda:script"),
                engine(
                        "task listener with an inline script",
                        userTask(
                                "Review",
                                "<camunda:taskListener event=\"create\"><camunda:script scriptFormat=\"groovy\">1"
                                        + "</camunda:script></camunda:taskListener>"),
                        "Review",
                        "camunda:script"),
                engine(
                        "execution listener with a script resource",
                        userTask(
                                "Review",
                                "<camunda:executionListener event=\"end\"><camunda:script scriptFormat=\"groovy\""
                                        + " resource=\"classpath://evil.groovy\"/></camunda:executionListener>"),
                        "Review",
                        "camunda:script"),
                engine(
                        "sequence flow condition in groovy",
                        "<bpmn:exclusiveGateway id=\"Gate\"/><bpmn:sequenceFlow id=\"Flow\" sourceRef=\"Gate\""
                                + " targetRef=\"End\"><bpmn:conditionExpression " + XSI
                                + " xsi:type=\"bpmn:tFormalExpression\" language=\"groovy\">true"
                                + "</bpmn:conditionExpression></bpmn:sequenceFlow>",
                        "Flow",
                        "bpmn:conditionExpression@language"),
                engine(
                        "sequence flow condition from a script resource",
                        "<bpmn:exclusiveGateway id=\"Gate\"/><bpmn:sequenceFlow id=\"Flow\" sourceRef=\"Gate\""
                                + " targetRef=\"End\"><bpmn:conditionExpression " + XSI
                                + " xsi:type=\"bpmn:tFormalExpression\" language=\"javascript\""
                                + " camunda:resource=\"deployment://x.js\"/></bpmn:sequenceFlow>",
                        "Flow",
                        "bpmn:conditionExpression@language"),
                engine(
                        "input parameter computed by a script",
                        userTask(
                                "Review",
                                "<camunda:inputOutput><camunda:inputParameter name=\"x\"><camunda:script"
                                        + " scriptFormat=\"groovy\">1</camunda:script></camunda:inputParameter>"
                                        + "</camunda:inputOutput>"),
                        "Review",
                        "camunda:script"),
                engine(
                        "output parameter computed by a script",
                        userTask(
                                "Review",
                                "<camunda:inputOutput><camunda:outputParameter name=\"y\"><camunda:script"
                                        + " scriptFormat=\"javascript\">1</camunda:script></camunda:outputParameter>"
                                        + "</camunda:inputOutput>"),
                        "Review",
                        "camunda:script"),
                engine(
                        "script inside a list parameter",
                        userTask(
                                "Review",
                                "<camunda:inputOutput><camunda:inputParameter name=\"l\"><camunda:list><camunda:script"
                                        + " scriptFormat=\"groovy\">1</camunda:script></camunda:list>"
                                        + "</camunda:inputParameter></camunda:inputOutput>"),
                        "Review",
                        "camunda:script"),
                engine(
                        "conditional event with a groovy condition",
                        "<bpmn:intermediateCatchEvent id=\"When\"><bpmn:conditionalEventDefinition id=\"WhenDef\">"
                                + "<bpmn:condition " + XSI + " xsi:type=\"bpmn:tFormalExpression\" language=\"groovy\">"
                                + "true</bpmn:condition></bpmn:conditionalEventDefinition></bpmn:intermediateCatchEvent>",
                        "When",
                        "bpmn:condition@language"),
                engine(
                        "activiti:executionListener with a script",
                        userTask(
                                "Review",
                                "<activiti:executionListener " + ACTIVITI + " event=\"start\"><activiti:script"
                                        + " scriptFormat=\"groovy\">1</activiti:script></activiti:executionListener>"),
                        "Review",
                        "activiti:executionListener"),
                engine(
                        "service task with a connector",
                        "<bpmn:serviceTask id=\"Http\"><bpmn:extensionElements><camunda:connector>"
                                + "<camunda:connectorId>http-connector</camunda:connectorId></camunda:connector>"
                                + "</bpmn:extensionElements></bpmn:serviceTask>",
                        "Http",
                        "camunda:connector"));
    }

    static List<Hostile> tenantsAndConnectors() {
        return List.of(
                new Hostile(
                        "process with camunda:tenantId",
                        "",
                        "camunda:tenantId=\"other\"",
                        PROCESS,
                        "bpmn:process@camunda:tenantId",
                        false),
                validator(
                        "call activity with camunda:calledElementTenantId",
                        "<bpmn:callActivity id=\"Call\" calledElement=\"approval\""
                                + " camunda:calledElementTenantId=\"other\"/>",
                        "Call",
                        "bpmn:callActivity@camunda:calledElementTenantId"),
                validator(
                        "call activity with activiti:calledElementTenantId",
                        "<bpmn:callActivity id=\"Call\" calledElement=\"approval\" " + ACTIVITI
                                + " activiti:calledElementTenantId=\"other\"/>",
                        "Call",
                        "bpmn:callActivity@activiti:calledElementTenantId"),
                validator(
                        "business rule task with camunda:decisionRefTenantId",
                        "<bpmn:businessRuleTask id=\"Rule\" camunda:decisionRef=\"approval-levels\""
                                + " camunda:decisionRefTenantId=\"other\"/>",
                        "Rule",
                        "bpmn:businessRuleTask@camunda:decisionRefTenantId"),
                validator(
                        "call activity to a case (CMMN)",
                        "<bpmn:callActivity id=\"Case\" camunda:caseRef=\"evil\"/>",
                        "Case",
                        "bpmn:callActivity@camunda:caseRef"),
                validator(
                        "call activity with a variable-mapping delegate expression",
                        "<bpmn:callActivity id=\"Call\" calledElement=\"approval\""
                                + " camunda:variableMappingDelegateExpression=\"${runtimeService}\"/>",
                        "Call",
                        "bpmn:callActivity@camunda:variableMappingDelegateExpression"),
                validator(
                        "external service task",
                        "<bpmn:serviceTask id=\"External\" camunda:type=\"external\" camunda:topic=\"evil\"/>",
                        "External",
                        "bpmn:serviceTask@camunda:type"),
                validator(
                        "field injection into a bean",
                        "<bpmn:serviceTask id=\"Inject\" camunda:delegateExpression=\"${recordHandoffAccepted}\">"
                                + "<bpmn:extensionElements><camunda:field name=\"repository\" stringValue=\"x\"/>"
                                + "</bpmn:extensionElements></bpmn:serviceTask>",
                        "Inject",
                        "camunda:field"));
    }

    private static Hostile expression(String name, String elements, String elementId, String named) {
        return validator(name, elements, elementId, named);
    }

    private static String service(String id, String expression) {
        return "<bpmn:serviceTask id=\"" + id + "\" camunda:expression=\"" + expression + "\"/>";
    }

    static List<Hostile> expressions() {
        return List.of(
                expression(
                        "engine services through the execution",
                        service("Engine", "${execution.getProcessEngineServices().getRuntimeService()}"),
                        "Engine",
                        "execution.getProcessEngineServices"),
                expression(
                        "the process engine as assignee",
                        "<bpmn:userTask id=\"Review\" camunda:assignee=\"${execution.getProcessEngine()}\"/>",
                        "Review",
                        "call methods"),
                expression(
                        "getClass().forName in candidate groups",
                        "<bpmn:userTask id=\"Review\" camunda:candidateGroups=\"${''.getClass().forName('java.lang.Runtime')}\"/>",
                        "Review",
                        "call methods"),
                expression(
                        "static type access with T()",
                        "<bpmn:userTask id=\"Review\" " + TASK_ATTRS
                                + " camunda:dueDate=\"${T(java.lang.Runtime).getRuntime()}\"/>",
                        "Review",
                        "call methods"),
                expression(
                        "a bean that is not allow-listed in a condition",
                        "<bpmn:exclusiveGateway id=\"Gate\"/><bpmn:sequenceFlow id=\"Flow\" sourceRef=\"Gate\""
                                + " targetRef=\"End\"><bpmn:conditionExpression " + XSI
                                + " xsi:type=\"bpmn:tFormalExpression\">${runtimeService != null}"
                                + "</bpmn:conditionExpression></bpmn:sequenceFlow>",
                        "Flow",
                        "'runtimeService' is a bean that is not allow-listed"),
                expression(
                        "repository service from a listener expression",
                        userTask(
                                "Review",
                                "<camunda:executionListener event=\"start\""
                                        + " expression=\"${repositoryService.createDeployment()}\"/>"),
                        "Review",
                        "repositoryService"),
                expression(
                        "the data source in a task name",
                        "<bpmn:userTask id=\"Review\" name=\"Pay ${dataSource}\" " + TASK_ATTRS + "/>",
                        "Review",
                        "'dataSource' is a bean that is not allow-listed"),
                expression(
                        "task listener expression changing the task",
                        userTask(
                                "Review",
                                "<camunda:taskListener event=\"create\" expression=\"${task.setAssignee('mallory')}\"/>"),
                        "Review",
                        "call methods"),
                expression(
                        "the task object itself",
                        userTask("Review", "<camunda:taskListener event=\"create\" expression=\"${task}\"/>"),
                        "Review",
                        "'task' is an engine object"),
                expression(
                        "delegate expression naming a bean that is not allow-listed",
                        "<bpmn:serviceTask id=\"Bean\" camunda:delegateExpression=\"${runtimeService}\"/>",
                        "Bean",
                        "'runtimeService' is not an allow-listed bean"),
                expression(
                        "delegate expression calling a method on an allow-listed bean",
                        "<bpmn:serviceTask id=\"Bean\""
                                + " camunda:delegateExpression=\"${recordHandoffAccepted.execute(execution)}\"/>",
                        "Bean",
                        "a delegate expression must be the name of one allow-listed bean"),
                expression(
                        "delegate expression naming two beans",
                        "<bpmn:serviceTask id=\"Bean\""
                                + " camunda:delegateExpression=\"${recordHandoffAccepted}${closeTicket}\"/>",
                        "Bean",
                        "a delegate expression must be the name of one allow-listed bean"),
                expression(
                        "listener delegate expression naming a bean that is not allow-listed",
                        userTask(
                                "Review",
                                "<camunda:executionListener event=\"start\" delegateExpression=\"${taskService}\"/>"),
                        "Review",
                        "'taskService' is not an allow-listed bean"),
                expression(
                        "an EL function in a timer",
                        "<bpmn:intermediateCatchEvent id=\"Wait\"><bpmn:timerEventDefinition id=\"WaitTimer\">"
                                + "<bpmn:timeDuration " + XSI + " xsi:type=\"bpmn:tFormalExpression\">${fn:now()}"
                                + "</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>",
                        "Wait",
                        "call methods or functions"),
                expression(
                        "deferred expression naming the engine",
                        "<bpmn:userTask id=\"Review\" " + TASK_ATTRS + " camunda:priority=\"#{processEngine}\"/>",
                        "Review",
                        "'processEngine' is an engine object"),
                expression(
                        "bracket member access",
                        "<bpmn:userTask id=\"Review\" camunda:candidateUsers=\"${decision['class']}\"/>",
                        "Review",
                        "access members"),
                expression(
                        "property access on a variable",
                        "<bpmn:userTask id=\"Review\" camunda:candidateUsers=\"${order.owner.class}\"/>",
                        "Review",
                        "access members"),
                expression(
                        "an expression as form reference",
                        "<bpmn:userTask id=\"Review\" " + TASK_ATTRS
                                + " camunda:formRef=\"${formId}\" camunda:formRefBinding=\"deployment\"/>",
                        "Review",
                        "form id"),
                expression(
                        "called element computed from the execution",
                        "<bpmn:callActivity id=\"Call\" calledElement=\"${execution.processDefinitionId}\"/>",
                        "Call",
                        "access members"),
                expression(
                        "message name calling the execution",
                        "<bpmn:receiveTask id=\"Wait\" messageRef=\"Msg\"/></bpmn:process><bpmn:message id=\"Msg\""
                                + " name=\"${execution.getVariable('x')}\"/><bpmn:process id=\"Unused\""
                                + " isExecutable=\"false\">",
                        "Msg",
                        "call methods"),
                expression(
                        "multi-instance collection from the environment bean",
                        "<bpmn:userTask id=\"Review\" " + TASK_ATTRS + "><bpmn:multiInstanceLoopCharacteristics"
                                + " id=\"Loop\" camunda:collection=\"${environment}\"/></bpmn:userTask>",
                        "Review",
                        "'environment' is a bean that is not allow-listed"),
                expression(
                        "loop cardinality from an engine query",
                        "<bpmn:userTask id=\"Review\" " + TASK_ATTRS + "><bpmn:multiInstanceLoopCharacteristics"
                                + " id=\"Loop\"><bpmn:loopCardinality " + XSI + " xsi:type=\"bpmn:tFormalExpression\">"
                                + "${runtimeService.createProcessInstanceQuery().count()}</bpmn:loopCardinality>"
                                + "</bpmn:multiInstanceLoopCharacteristics></bpmn:userTask>",
                        "Review",
                        "call methods"),
                expression(
                        "input parameter reading the engine",
                        userTask(
                                "Review",
                                "<camunda:inputOutput><camunda:inputParameter name=\"e\">"
                                        + "${execution.getProcessEngineServices()}</camunda:inputParameter>"
                                        + "</camunda:inputOutput>"),
                        "Review",
                        "call methods"),
                expression(
                        "call-activity input mapping reading the tenant",
                        "<bpmn:callActivity id=\"Call\" calledElement=\"approval\"><bpmn:extensionElements>"
                                + "<camunda:in sourceExpression=\"${execution.getTenantId()}\" target=\"t\"/>"
                                + "</bpmn:extensionElements></bpmn:callActivity>",
                        "Call",
                        "call methods"),
                expression(
                        "timer cycle naming the engine",
                        "<bpmn:intermediateCatchEvent id=\"Wait\"><bpmn:timerEventDefinition id=\"WaitTimer\">"
                                + "<bpmn:timeCycle " + XSI
                                + " xsi:type=\"bpmn:tFormalExpression\">${processEngineServices}"
                                + "</bpmn:timeCycle></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>",
                        "Wait",
                        "'processEngineServices' is an engine object"),
                expression(
                        "an expression that cannot be read",
                        "<bpmn:userTask id=\"Review\" camunda:candidateGroups=\"${a +}\"/>",
                        "Review",
                        "cannot be read as an expression"),
                expression(
                        "decision reference computed by a method call",
                        "<bpmn:businessRuleTask id=\"Rule\""
                                + " camunda:decisionRef=\"${execution.getProcessEngine().getName()}\"/>",
                        "Rule",
                        "call methods"),
                expression(
                        "decision result variable bean",
                        "<bpmn:businessRuleTask id=\"Rule\" camunda:decisionRef=\"approval-levels\""
                                + " camunda:decisionRefVersion=\"${repositoryService}\"/>",
                        "Rule",
                        "'repositoryService' is a bean that is not allow-listed"),
                expression(
                        "signal name naming the engine",
                        "<bpmn:intermediateThrowEvent id=\"Raise\"><bpmn:signalEventDefinition id=\"RaiseDef\""
                                + " signalRef=\"Sig\"/></bpmn:intermediateThrowEvent></bpmn:process><bpmn:signal"
                                + " id=\"Sig\" name=\"${execution}\"/><bpmn:process id=\"Unused\" isExecutable=\"false\">",
                        "Sig",
                        "'execution' is an engine object"),
                expression(
                        "listener expression setting a variable through the execution",
                        "<bpmn:sequenceFlow id=\"Flow\" sourceRef=\"Start\" targetRef=\"End\"><bpmn:extensionElements>"
                                + "<camunda:executionListener event=\"take\""
                                + " expression=\"${execution.setVariable('approved', true)}\"/>"
                                + "</bpmn:extensionElements></bpmn:sequenceFlow>",
                        "Flow",
                        "call methods"));
    }

    static List<Hostile> unsupported() {
        return List.of(
                validator(
                        "embedded form key",
                        "<bpmn:userTask id=\"Review\" " + TASK_ATTRS + " camunda:formKey=\"embedded:app:evil.html\"/>",
                        "Review",
                        "bpmn:userTask@camunda:formKey"),
                validator(
                        "generated form fields",
                        userTask(
                                "Review",
                                "<camunda:formData><camunda:formField id=\"f\" type=\"string\"/>"
                                        + "</camunda:formData>"),
                        "Review",
                        "camunda:formData"),
                validator(
                        "an attribute of an unknown namespace",
                        "<bpmn:serviceTask id=\"Odd\" camunda:delegateExpression=\"${recordHandoffAccepted}\""
                                + " xmlns:evil=\"urn:evil\" evil:hook=\"1\"/>",
                        "Odd",
                        "bpmn:serviceTask@{urn:evil}hook"),
                validator(
                        "an element of an unknown namespace",
                        userTask("Review", "<evil:hook xmlns:evil=\"urn:evil\"/>"),
                        "Review",
                        "{urn:evil}hook"),
                validator(
                        "an expression type other than formal",
                        "<bpmn:exclusiveGateway id=\"Gate\"/><bpmn:sequenceFlow id=\"Flow\" sourceRef=\"Gate\""
                                + " targetRef=\"End\"><bpmn:conditionExpression " + XSI
                                + " xsi:type=\"bpmn:tExpression\">${true}</bpmn:conditionExpression></bpmn:sequenceFlow>",
                        "Flow",
                        "xsi:type"),
                validator(
                        "an error event definition for external tasks",
                        "<bpmn:serviceTask id=\"External\" camunda:delegateExpression=\"${recordHandoffAccepted}\">"
                                + "<bpmn:extensionElements><camunda:errorEventDefinition id=\"Err\""
                                + " expression=\"${true}\"/></bpmn:extensionElements></bpmn:serviceTask>",
                        "External",
                        "camunda:errorEventDefinition"));
    }
}
