package io.crossflow.workflow.internal;

import io.crossflow.workflow.ModelProblem;
import io.crossflow.workflow.ModelValidation;
import io.crossflow.workflow.ProcessVariables;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Validates a designer's BPMN model against the rules of docs/modeler.md. An <b>allow-list</b>
 * ({@link ModelAllowList}) names the elements and attributes a model may contain; anything else is
 * refused by name with the element id it sits in, in any namespace (the Activiti namespace the
 * engine still reads as an alias is refused as a whole). Expressions may name only process
 * variables and the allow-listed beans ({@link ExpressionPolicy}); every user task has someone to
 * do it; one executable process with a history time to live. A pure class: {@link
 * #fromOwnModels} derives the allow-listed beans from the delegate expressions of our own models
 * ({@code processes/*.bpmn}) and the known variables from the other names they use. The engine
 * refuses classes and scripts once more at parse time ({@link EngineModelGuard}).
 */
public final class ModelValidator {

    private static final ModelProblem SAID = new ModelProblem(null, "");

    private final ExpressionPolicy policy;

    /**
     * @param allowedBeans the beans a model may name (as delegate expressions or values)
     * @param knownVariables names that are not warned about
     * @param isBean whether a name is any bean of the application (refused unless allow-listed)
     */
    public ModelValidator(Set<String> allowedBeans, Set<String> knownVariables, Predicate<String> isBean) {
        this.policy = new ExpressionPolicy(allowedBeans, knownVariables, isBean);
    }

    /**
     * The validator for this application: allow-listed are the beans our own models name as
     * delegates (those {@code isBean} knows); known variables are the other names they use.
     */
    public static ModelValidator fromOwnModels(Predicate<String> isBean) {
        Set<String> delegates = new HashSet<>();
        Set<String> variables = new HashSet<>(
                Set.of(ProcessVariables.TENANT_ID, ProcessVariables.PROJECT_ID, ProcessVariables.STARTED_BY));
        try {
            for (Resource model :
                    new PathMatchingResourcePatternResolver().getResources("classpath*:processes/*.bpmn")) {
                try (InputStream in = model.getInputStream()) {
                    collect(parse(in.readAllBytes()).getDocumentElement(), delegates, variables);
                } catch (SAXException e) {
                    throw new IllegalStateException("Cannot read " + model + ": " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        delegates.removeIf(name -> !isBean.test(name));
        variables.removeAll(delegates);
        return new ModelValidator(delegates, variables, isBean);
    }

    /** The beans a model may name. */
    public Set<String> allowedBeans() {
        return policy.allowedBeans();
    }

    /** Validates the model XML; see the class comment for the rules. */
    public Checked validate(String xml) {
        List<ModelProblem> errors = new ArrayList<>();
        List<ModelProblem> warnings = new ArrayList<>();
        if (xml == null || xml.isBlank()) {
            errors.add(new ModelProblem(null, "The BPMN XML is empty."));
            return new Checked(null, null, Set.of(), new ModelValidation(errors, warnings));
        }
        byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
        Document document;
        try {
            document = parse(bytes);
        } catch (SAXException e) {
            errors.add(new ModelProblem(null, "The BPMN XML cannot be read: " + e.getMessage()));
            return new Checked(null, null, Set.of(), new ModelValidation(errors, warnings));
        }
        scan(document.getDocumentElement(), null, errors, warnings);
        BpmnModelInstance model;
        try {
            model = Bpmn.readModelFromStream(new ByteArrayInputStream(bytes));
        } catch (RuntimeException e) {
            errors.add(new ModelProblem(null, "The XML is not a valid BPMN 2.0 model: " + rootMessage(e)));
            return new Checked(null, null, Set.of(), new ModelValidation(errors, warnings));
        }
        String key = null;
        String name = null;
        Collection<Process> processes = model.getModelElementsByType(Process.class);
        List<Process> executable =
                processes.stream().filter(Process::isExecutable).toList();
        if (processes.isEmpty()) {
            errors.add(new ModelProblem(null, "A model must contain a process; this one has none."));
        } else if (executable.isEmpty()) {
            String first = processes.iterator().next().getId();
            errors.add(new ModelProblem(
                    first,
                    "No process of the model is executable: mark the pool Crossflow runs as executable"
                            + " (isExecutable=\"true\"); the others stay documentation."));
            if (blank(processes.iterator().next().getCamundaHistoryTimeToLiveString())) {
                errors.add(new ModelProblem(
                        first, "The process must set a history time to live (camunda:historyTimeToLive, e.g. P180D)."));
            }
        } else {
            // a collaboration deploys every executable pool, as Camunda does; the first names the model
            Process main = executable.get(0);
            key = main.getId();
            name = main.getName();
            for (Process process : executable) {
                if (blank(process.getCamundaHistoryTimeToLiveString())) {
                    errors.add(new ModelProblem(
                            process.getId(),
                            "The process must set a history time to live (camunda:historyTimeToLive, e.g. P180D)."));
                }
            }
            if (blank(name)) {
                warnings.add(new ModelProblem(key, "The process has no name; the inbox shows its name."));
            }
        }
        Set<String> formRefs = new LinkedHashSet<>();
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            if (!inExecutableProcess(task)) {
                continue;
            }
            if (waitsOnPartner(task) && !hasTimer(model, task)) {
                warnings.add(new ModelProblem(
                        task.getId(),
                        "User task '" + label(task.getName(), task.getId())
                                + "' waits on a partner organisation without any timer: add a boundary timer"
                                + " (reminder or escalation) or a timeout task listener, or it may wait forever."));
            }
            if (blank(task.getCamundaAssignee())
                    && blank(task.getCamundaCandidateGroups())
                    && blank(task.getCamundaCandidateUsers())) {
                errors.add(new ModelProblem(
                        task.getId(),
                        "User task '" + label(task.getName(), task.getId())
                                + "' needs candidate groups, candidate users or an assignee."));
            }
            String formRef = task.getCamundaFormRef();
            if (!blank(formRef)) {
                if (ExpressionPolicy.hasExpression(formRef)) {
                    errors.add(new ModelProblem(
                            task.getId(),
                            "camunda:formRef=\"" + formRef + "\" is not allowed (element " + task.getId()
                                    + "): the form reference must be a form id, not an expression."));
                } else {
                    formRefs.add(formRef);
                }
                if (!"deployment".equals(task.getCamundaFormRefBinding())) {
                    warnings.add(new ModelProblem(
                            task.getId(),
                            "Bind the form to the deployment (camunda:formRefBinding=\"deployment\") so it versions"
                                    + " with the process."));
                }
            } else if (!blank(task.getCamundaFormKey())) {
                errors.add(new ModelProblem(
                        task.getId(), "Use a form-js form (camunda:formRef); form keys are not supported."));
            } else {
                warnings.add(new ModelProblem(
                        task.getId(), "User task '" + label(task.getName(), task.getId()) + "' has no form."));
            }
        }
        List<String> executableKeys = processes.stream()
                .filter(Process::isExecutable)
                .map(Process::getId)
                .toList();
        return new Checked(key, name, formRefs, new ModelValidation(errors, warnings), executableKeys);
    }

    private static boolean inExecutableProcess(org.camunda.bpm.model.xml.instance.ModelElementInstance element) {
        for (var parent = element.getParentElement(); parent != null; parent = parent.getParentElement()) {
            if (parent instanceof Process process) {
                return process.isExecutable();
            }
        }
        return false;
    }

    /** An organisation's queue ({@code org:…}): the groups Crossflow's processes give partners. */
    private static boolean waitsOnPartner(UserTask task) {
        String groups = task.getCamundaCandidateGroups();
        if (blank(groups)) {
            return false;
        }
        for (String group : groups.split(",")) {
            if (group.trim().startsWith("org:")) {
                return true;
            }
        }
        return false;
    }

    /** A boundary timer on the task, or a timeout task listener in it. */
    private static boolean hasTimer(BpmnModelInstance model, UserTask task) {
        for (BoundaryEvent boundary : model.getModelElementsByType(BoundaryEvent.class)) {
            if (boundary.getAttachedTo() == task
                    && boundary.getEventDefinitions().stream().anyMatch(TimerEventDefinition.class::isInstance)) {
                return true;
            }
        }
        return task.getExtensionElements() != null
                && task
                        .getExtensionElements()
                        .getElementsQuery()
                        .filterByType(CamundaTaskListener.class)
                        .list()
                        .stream()
                        .anyMatch(l -> "timeout".equals(l.getCamundaEvent())
                                && !l.getTimeouts().isEmpty());
    }

    /**
     * A validated model: its process key and name (null when unreadable), the form ids its user
     * tasks reference, and the findings.
     */
    public record Checked(
            String processKey,
            String processName,
            Set<String> formRefs,
            ModelValidation result,
            List<String> executableKeys) {

        Checked(String processKey, String processName, Set<String> formRefs, ModelValidation result) {
            this(processKey, processName, formRefs, result, processKey == null ? List.of() : List.of(processKey));
        }
    }

    private void scan(Element element, String elementId, List<ModelProblem> errors, List<ModelProblem> warnings) {
        String namespace = element.getNamespaceURI();
        String local = element.getLocalName();
        String id = isDesignerElement(namespace, local) && element.hasAttribute("id")
                ? element.getAttribute("id")
                : elementId;
        String shown = ModelAllowList.display(namespace, local);
        Set<String> allowed = ModelAllowList.attributes(namespace, local);
        if (allowed == null) {
            errors.add(refusal(namespace, local, shown, id));
            return;
        }
        boolean diagram = ModelAllowList.isDiagram(namespace);
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            String attributeNamespace = attribute.getNamespaceURI();
            if (XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(attributeNamespace)) {
                continue;
            }
            String name = attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
            if (!allowed.contains(ModelAllowList.key(attributeNamespace, name))) {
                ModelProblem specific = specificRefusal(
                        local,
                        attributeNamespace,
                        name,
                        attribute.getValue(),
                        id,
                        shown + "@" + ModelAllowList.display(attributeNamespace, name));
                if (specific != null) {
                    if (specific != SAID) {
                        errors.add(specific);
                    }
                    continue;
                }
                errors.add(refusal(
                        attributeNamespace, name, shown + "@" + ModelAllowList.display(attributeNamespace, name), id));
            } else if (!diagram) {
                checkValue(attributeNamespace, name, attribute.getValue(), id, errors, warnings);
            }
        }
        NodeList children = element.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            Node child = children.item(i);
            if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                if (!diagram && !"documentation".equals(local) && !"text".equals(local)) {
                    policy.check(id, child.getNodeValue(), errors, warnings);
                }
            } else if (child instanceof Element nested) {
                scan(nested, id, errors, warnings);
            }
        }
    }

    /**
     * Whether the element's id is what a problem names: the BPMN elements a designer selects in the
     * modeler, not event definitions, loop characteristics or extension elements inside them.
     */
    private static boolean isDesignerElement(String namespace, String local) {
        return ModelAllowList.BPMN.equals(namespace)
                && !local.endsWith("EventDefinition")
                && !local.endsWith("LoopCharacteristics");
    }

    private void checkValue(
            String namespace,
            String name,
            String value,
            String id,
            List<ModelProblem> errors,
            List<ModelProblem> warnings) {
        if (name.equals("delegateExpression")) {
            policy.checkDelegate(id, value, errors);
        } else if (ModelAllowList.XSI.equals(namespace)) {
            String type = value.substring(value.indexOf(':') + 1);
            if (!"tFormalExpression".equals(type)) {
                errors.add(new ModelProblem(
                        id,
                        "xsi:type=\"" + value + "\" is not allowed (element " + id + "): use bpmn:tFormalExpression."));
            }
        } else {
            policy.check(id, value, errors, warnings);
        }
    }

    /**
     * Refusals whose reason is not the generic one: a condition in another language than JUEL, an
     * external task whose topic nothing in Crossflow serves.
     */
    private static ModelProblem specificRefusal(
            String elementLocal, String namespace, String name, String value, String id, String shown) {
        if (namespace == null
                && name.equals("language")
                && Set.of("conditionExpression", "condition", "completionCondition")
                        .contains(elementLocal)) {
            return new ModelProblem(
                    id,
                    shown + "=\"" + value + "\" is not allowed (element " + id
                            + "): conditions are JUEL expressions on process variables, ${…}, without a language.");
        }
        if (ModelAllowList.CAMUNDA.equals(namespace) && name.equals("type") && "external".equals(value)) {
            return new ModelProblem(
                    id,
                    shown + "=\"external\" is not allowed (element " + id + "): nothing in Crossflow serves"
                            + " external task topics; use a service task with an allow-listed bean"
                            + " (camunda:delegateExpression).");
        }
        if (ModelAllowList.CAMUNDA.equals(namespace) && name.equals("topic")) {
            return SAID; // the camunda:type="external" beside it already says why
        }
        return null;
    }

    /** The refusal of an element or attribute the allow-list does not hold, with the reason a designer needs. */
    static ModelProblem refusal(String namespace, String local, String shown, String id) {
        String where = shown + " is not allowed (element " + id + "): ";
        String lower = local.toLowerCase(java.util.Locale.ROOT);
        String reason;
        if (ModelAllowList.ACTIVITI.equals(namespace)) {
            reason = "the Activiti namespace is refused; Crossflow reads only its camunda: extensions.";
        } else if (lower.equals("class") || lower.endsWith("class")) {
            reason = "Java classes never run in Crossflow's processes; use camunda:delegateExpression with an"
                    + " allow-listed bean.";
        } else if (lower.contains("script") || lower.equals("resource") || lower.equals("language")) {
            reason = "scripts never run in Crossflow's processes; use a service task with an allow-listed bean.";
        } else if (lower.endsWith("tenantid")) {
            reason = "a model reaches only its own tenant.";
        } else if (lower.contains("connector")) {
            reason = "connectors are not supported; use a service task with an allow-listed bean.";
        } else {
            reason = "it is not among the elements and attributes Crossflow's process models support"
                    + " (docs/modeler.md).";
        }
        return new ModelProblem(id, where + reason);
    }

    private static void collect(Element element, Set<String> delegates, Set<String> variables) {
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            String name = attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
            ExpressionPolicy.identifiers(
                    attribute.getValue(), name.equals("delegateExpression") ? delegates::add : variables::add);
        }
        NodeList children = element.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            Node child = children.item(i);
            if (child instanceof Element nested) {
                collect(nested, delegates, variables);
            } else if (child.getNodeType() == Node.TEXT_NODE) {
                ExpressionPolicy.identifiers(child.getNodeValue(), variables::add);
            }
        }
    }

    static Document parse(byte[] xml) throws SAXException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
                @Override
                public void error(org.xml.sax.SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            return builder.parse(new ByteArrayInputStream(xml));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? e.getMessage() : root.getMessage();
    }

    private static String label(String name, String id) {
        return blank(name) ? id : name;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
