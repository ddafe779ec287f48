package io.crossflow.workflow.internal;

import io.crossflow.workflow.ModelDiff;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Compares two BPMN models by meaning, not by bytes: elements are matched by id; an element
 * changed when its name, its kind, what it connects or anything else it holds differs. What the
 * modeler writes on its own (namespace prefixes, attribute order, white space, the derived
 * {@code incoming}/{@code outgoing} references, the exporter's name) is not a change, so a model
 * read and written back by the designer compares equal to the file it came from. The diagram is
 * compared apart: shapes, labels and lines, numbers to a tenth.
 */
public final class ModelComparison {

    private static final Set<String> CONTAINERS =
            Set.of("task", "subProcess", "adHocSubProcess", "transaction", "callActivity");
    private static final Set<String> OTHERS = Set.of(
            "process",
            "participant",
            "lane",
            "messageFlow",
            "sequenceFlow",
            "association",
            "textAnnotation",
            "group",
            "dataObject",
            "dataObjectReference",
            "dataStoreReference",
            "message",
            "signal",
            "error",
            "escalation");
    private static final Set<String> CONNECTING = Set.of("sourceRef", "targetRef", "attachedToRef", "processRef");
    private static final Set<String> DERIVED = Set.of("incoming", "outgoing");
    private static final Set<String> NUMBERS = Set.of("x", "y", "width", "height");

    private ModelComparison() {}

    /** Elements and layout of {@code next} against {@code deployed} (null: nothing deployed yet). */
    public static Result compare(byte[] deployed, byte[] next, Locale locale) {
        Model before = deployed == null ? Model.EMPTY : Model.of(deployed);
        Model after = Model.of(next);
        ElementNames beforeNames = deployed == null ? null : ElementNames.of(deployed);
        ElementNames afterNames = ElementNames.of(next);
        List<ModelDiff.Element> added = new ArrayList<>();
        List<ModelDiff.Element> removed = new ArrayList<>();
        List<ModelDiff.Element> changed = new ArrayList<>();
        after.elements.forEach((id, now) -> {
            Fingerprint was = before.elements.get(id);
            if (was == null) {
                added.add(new ModelDiff.Element(id, now.type, afterNames.label(id, locale), List.of()));
                return;
            }
            EnumSet<ModelDiff.Aspect> aspects = EnumSet.noneOf(ModelDiff.Aspect.class);
            if (!was.type.equals(now.type)) {
                aspects.add(ModelDiff.Aspect.TYPE);
            }
            if (!was.name.equals(now.name)) {
                aspects.add(ModelDiff.Aspect.NAME);
            }
            if (!was.connections.equals(now.connections)) {
                aspects.add(ModelDiff.Aspect.CONNECTIONS);
            }
            if (!was.settings.equals(now.settings)) {
                aspects.add(ModelDiff.Aspect.SETTINGS);
            }
            if (!aspects.isEmpty()) {
                changed.add(new ModelDiff.Element(id, now.type, afterNames.label(id, locale), List.copyOf(aspects)));
            }
        });
        before.elements.forEach((id, was) -> {
            if (!after.elements.containsKey(id)) {
                removed.add(new ModelDiff.Element(id, was.type, beforeNames.label(id, locale), List.of()));
            }
        });
        return new Result(added, removed, changed, deployed != null && !before.layout.equals(after.layout));
    }

    /** The element part of a {@link ModelDiff}. */
    public record Result(
            List<ModelDiff.Element> added,
            List<ModelDiff.Element> removed,
            List<ModelDiff.Element> changed,
            boolean layoutChanged) {

        public boolean none() {
            return added.isEmpty() && removed.isEmpty() && changed.isEmpty() && !layoutChanged;
        }
    }

    static boolean tracked(Element element) {
        if (!ModelAllowList.BPMN.equals(element.getNamespaceURI())
                || element.getAttribute("id").isEmpty()) {
            return false;
        }
        String name = element.getLocalName();
        return CONTAINERS.contains(name)
                || OTHERS.contains(name)
                || name.endsWith("Task")
                || name.endsWith("Event")
                || name.endsWith("Gateway");
    }

    private record Fingerprint(String type, String name, String connections, String settings) {}

    private record Model(Map<String, Fingerprint> elements, Map<String, String> layout) {

        static final Model EMPTY = new Model(Map.of(), Map.of());

        static Model of(byte[] xml) {
            Element root;
            try {
                root = ModelValidator.parse(xml).getDocumentElement();
            } catch (SAXException e) {
                throw new IllegalArgumentException("unreadable model", e);
            }
            Map<String, Fingerprint> elements = new LinkedHashMap<>();
            Map<String, String> layout = new TreeMap<>();
            walk(root, elements, layout);
            return new Model(elements, layout);
        }

        private static void walk(Element element, Map<String, Fingerprint> elements, Map<String, String> layout) {
            if (tracked(element)) {
                elements.put(element.getAttribute("id"), fingerprint(element));
            }
            if (ModelAllowList.BPMNDI.equals(element.getNamespaceURI())
                    && element.hasAttribute("bpmnElement")
                    && !"BPMNPlane".equals(element.getLocalName())) {
                StringBuilder shape = new StringBuilder();
                canonical(element, shape, true);
                layout.put(element.getLocalName() + ":" + element.getAttribute("bpmnElement"), shape.toString());
                return;
            }
            for (Element child : children(element)) {
                walk(child, elements, layout);
            }
        }

        private static Fingerprint fingerprint(Element element) {
            StringBuilder name = new StringBuilder(element.getAttribute("name"));
            StringBuilder connections = new StringBuilder();
            StringBuilder settings = new StringBuilder();
            NamedNodeMap attributes = element.getAttributes();
            Map<String, String> sorted = new TreeMap<>();
            for (int i = 0; i < attributes.getLength(); i++) {
                Attr attribute = (Attr) attributes.item(i);
                if (declaration(attribute)) {
                    continue;
                }
                String local = local(attribute);
                if (attribute.getNamespaceURI() == null && (local.equals("id") || local.equals("name"))) {
                    continue;
                }
                if (attribute.getNamespaceURI() == null && CONNECTING.contains(local)) {
                    connections
                            .append(local)
                            .append('=')
                            .append(attribute.getValue())
                            .append(';');
                } else {
                    sorted.put(qualified(attribute), attribute.getValue());
                }
            }
            settings.append(sorted);
            for (Element child : children(element)) {
                if (tracked(child)
                        || ModelAllowList.BPMN.equals(child.getNamespaceURI())
                                && DERIVED.contains(child.getLocalName())) {
                    continue;
                }
                canonical(child, settings, false, name);
            }
            return new Fingerprint(
                    element.getLocalName(), name.toString(), connections.toString(), settings.toString());
        }
    }

    private static void canonical(Element element, StringBuilder out, boolean layout) {
        canonical(element, out, layout, new StringBuilder());
    }

    /**
     * The element as text: its qualified name, sorted attributes and children; names per
     * language ({@code i18n.name.*} properties) go to {@code names} instead; containers left empty
     * by that count as absent.
     */
    private static void canonical(Element element, StringBuilder out, boolean layout, StringBuilder names) {
        if (!layout && tracked(element)) {
            return; // compared on its own
        }
        if (ModelAllowList.CAMUNDA.equals(element.getNamespaceURI())
                && "property".equals(element.getLocalName())
                && element.getAttribute("name").startsWith("i18n.name.")) {
            names.append('|').append(element.getAttribute("name")).append('=').append(element.getAttribute("value"));
            return;
        }
        StringBuilder inner = new StringBuilder();
        Map<String, String> sorted = new TreeMap<>();
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            if (declaration(attribute)
                    || layout
                            && attribute.getNamespaceURI() == null
                            && local(attribute).equals("id")) {
                continue;
            }
            String value = attribute.getValue();
            if (layout && attribute.getNamespaceURI() == null && NUMBERS.contains(local(attribute))) {
                value = number(value);
            }
            sorted.put(qualified(attribute), value);
        }
        NodeList nodes = element.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node instanceof Element child) {
                canonical(child, inner, layout, names);
            } else if ((node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE)
                    && !node.getNodeValue().isBlank()) {
                inner.append('"').append(node.getNodeValue().trim()).append('"');
            }
        }
        boolean container = "extensionElements".equals(element.getLocalName())
                || "properties".equals(element.getLocalName())
                        && ModelAllowList.CAMUNDA.equals(element.getNamespaceURI());
        if (container && sorted.isEmpty() && inner.isEmpty()) {
            return;
        }
        out.append('<')
                .append('{')
                .append(element.getNamespaceURI())
                .append('}')
                .append(element.getLocalName())
                .append(sorted)
                .append(inner)
                .append('>');
    }

    private static List<Element> children(Element element) {
        List<Element> children = new ArrayList<>();
        NodeList nodes = element.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element child) {
                children.add(child);
            }
        }
        return children;
    }

    private static boolean declaration(Attr attribute) {
        return "http://www.w3.org/2000/xmlns/".equals(attribute.getNamespaceURI());
    }

    private static String local(Attr attribute) {
        return attribute.getLocalName() != null ? attribute.getLocalName() : attribute.getName();
    }

    private static String qualified(Attr attribute) {
        return (attribute.getNamespaceURI() == null ? "" : "{" + attribute.getNamespaceURI() + "}") + local(attribute);
    }

    private static String number(String value) {
        try {
            return new BigDecimal(value.trim())
                    .setScale(1, RoundingMode.HALF_UP)
                    .stripTrailingZeros()
                    .toPlainString();
        } catch (NumberFormatException e) {
            return value;
        }
    }
}
