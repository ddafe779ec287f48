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
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Validates a designer's BPMN model against the rules of ARCHITECTURE.md (docs/modeler.md): no
 * scripts anywhere, no Java classes, expressions limited to variables and the allow-listed beans,
 * every user task with someone to do it, one executable process with a history time to live.
 * The allow-list is the set of beans our own models ({@code processes/*.bpmn}) name as delegates;
 * the known variables are the other names those models use.
 */
@Component
public class ModelValidator {

    static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";
    static final String BPMN_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL";

    private final ExpressionPolicy policy;

    ModelValidator(ListableBeanFactory beans) throws IOException {
        Set<String> delegates = new HashSet<>();
        Set<String> variables = new HashSet<>(
                Set.of(ProcessVariables.TENANT_ID, ProcessVariables.PROJECT_ID, ProcessVariables.STARTED_BY));
        for (Resource model : new PathMatchingResourcePatternResolver().getResources("classpath*:processes/*.bpmn")) {
            try (InputStream in = model.getInputStream()) {
                collect(parse(in.readAllBytes()).getDocumentElement(), delegates, variables);
            } catch (SAXException e) {
                throw new IllegalStateException("Cannot read " + model + ": " + e.getMessage(), e);
            }
        }
        delegates.removeIf(name -> !beans.containsBean(name));
        variables.removeAll(delegates);
        this.policy = new ExpressionPolicy(delegates, variables, beans::containsBean);
    }

    /** The beans a model may name, as derived from our own models. */
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
        BpmnModelInstance model;
        try {
            model = Bpmn.readModelFromStream(new ByteArrayInputStream(bytes));
        } catch (RuntimeException e) {
            errors.add(new ModelProblem(null, "The XML is not a valid BPMN 2.0 model: " + rootMessage(e)));
            return new Checked(null, null, Set.of(), new ModelValidation(errors, warnings));
        }
        scan(document.getDocumentElement(), null, errors, warnings);
        String key = null;
        String name = null;
        Collection<Process> processes = model.getModelElementsByType(Process.class);
        if (processes.size() != 1) {
            errors.add(new ModelProblem(
                    null, "A model must contain exactly one process; this one has " + processes.size() + "."));
        } else {
            Process process = processes.iterator().next();
            key = process.getId();
            name = process.getName();
            if (!process.isExecutable()) {
                errors.add(new ModelProblem(key, "The process must be executable (isExecutable=\"true\")."));
            }
            if (blank(process.getCamundaHistoryTimeToLiveString())) {
                errors.add(new ModelProblem(
                        key, "The process must set a history time to live (camunda:historyTimeToLive, e.g. P180D)."));
            }
            if (blank(name)) {
                warnings.add(new ModelProblem(key, "The process has no name; the inbox shows its name."));
            }
        }
        Set<String> formRefs = new LinkedHashSet<>();
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
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
                if (formRef.contains("${") || formRef.contains("#{")) {
                    errors.add(
                            new ModelProblem(task.getId(), "The form reference must be a form id, not an expression."));
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
        return new Checked(key, name, formRefs, new ModelValidation(errors, warnings));
    }

    /**
     * A validated model: its process key and name (null when unreadable), the form ids its user
     * tasks reference, and the findings.
     */
    public record Checked(String processKey, String processName, Set<String> formRefs, ModelValidation result) {}

    private void scan(Element element, String elementId, List<ModelProblem> errors, List<ModelProblem> warnings) {
        String id = element.hasAttribute("id") ? element.getAttribute("id") : elementId;
        String local = element.getLocalName();
        if ("scriptTask".equals(local)) {
            errors.add(new ModelProblem(
                    id, "Script tasks are not allowed; use a service task with an allow-listed bean."));
        } else if ("script".equals(local)) {
            errors.add(new ModelProblem(id, "Scripts are not allowed (" + element.getTagName() + ")."));
        }
        if ("BPMNDiagram".equals(local)) {
            return;
        }
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            String name = attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
            String value = attribute.getValue();
            if (XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(attribute.getNamespaceURI())) {
                continue;
            }
            if (name.equals("scriptFormat") || (name.equals("language") && isExpressionHolder(local))) {
                errors.add(new ModelProblem(id, "Script languages are not allowed (" + name + "=\"" + value + "\")."));
            } else if (CAMUNDA_NS.equals(attribute.getNamespaceURI()) && name.endsWith("TenantId")) {
                errors.add(new ModelProblem(
                        id, "Tenant ids (camunda:" + name + ") are not allowed: a model only reaches its own tenant."));
            } else if (CAMUNDA_NS.equals(attribute.getNamespaceURI())
                    && (name.equals("class") || name.endsWith("Class"))) {
                errors.add(new ModelProblem(
                        id,
                        "Java classes (camunda:class) are not allowed; use camunda:delegateExpression with an"
                                + " allow-listed bean."));
            } else if (name.equals("delegateExpression")) {
                policy.checkDelegate(id, value, errors);
            } else if (CAMUNDA_NS.equals(attribute.getNamespaceURI()) && name.equals("resource")) {
                errors.add(new ModelProblem(id, "External resources (camunda:resource) are not allowed."));
            } else {
                policy.check(id, value, errors, warnings);
            }
        }
        NodeList children = element.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            Node child = children.item(i);
            if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                if (!"documentation".equals(local) && !"text".equals(local)) {
                    policy.check(id, child.getNodeValue(), errors, warnings);
                }
            } else if (child instanceof Element nested) {
                scan(nested, id, errors, warnings);
            }
        }
    }

    private static boolean isExpressionHolder(String local) {
        return "conditionExpression".equals(local) || "condition".equals(local);
    }

    private static void collect(Element element, Set<String> delegates, Set<String> variables) {
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            String name = attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
            List<String> found = ExpressionPolicy.expressions(attribute.getValue(), null, new ArrayList<>());
            for (String expression : found) {
                (name.equals("delegateExpression") ? delegates : variables).addAll(identifiers(expression));
            }
        }
        NodeList children = element.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            Node child = children.item(i);
            if (child instanceof Element nested) {
                collect(nested, delegates, variables);
            } else if (child.getNodeType() == Node.TEXT_NODE) {
                ExpressionPolicy.expressions(child.getNodeValue(), null, new ArrayList<>())
                        .forEach(e -> variables.addAll(identifiers(e)));
            }
        }
    }

    private static Set<String> identifiers(String expression) {
        Set<String> names = new HashSet<>();
        var matcher = java.util.regex.Pattern.compile("'[^']*'|\"[^\"]*\"|([A-Za-z_][A-Za-z0-9_]*)")
                .matcher(expression);
        while (matcher.find()) {
            if (matcher.group(1) != null) {
                names.add(matcher.group(1));
            }
        }
        names.removeAll(
                Set.of("and", "or", "not", "eq", "ne", "lt", "gt", "le", "ge", "empty", "true", "false", "null"));
        return names;
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
