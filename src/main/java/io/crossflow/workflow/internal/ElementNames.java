package io.crossflow.workflow.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The names of a model's elements as a reader of one language reads them: the element's
 * {@code camunda:property name="i18n.name.<language>"} when it has one, else its {@code name},
 * else its id (docs/modeler.md).
 */
public final class ElementNames {

    private static final String PREFIX = "i18n.name.";

    private final Map<String, Map<String, String>> names;

    private ElementNames(Map<String, Map<String, String>> names) {
        this.names = names;
    }

    /** The names in the XML; an unreadable model has none (problems then name ids). */
    public static ElementNames of(byte[] xml) {
        Map<String, Map<String, String>> names = new HashMap<>();
        try {
            collect(ModelValidator.parse(xml).getDocumentElement(), names);
        } catch (SAXException | RuntimeException e) {
            // the validator reports the unreadable XML itself
        }
        return new ElementNames(names);
    }

    /** The element's label for the reader's locale. */
    public String label(String id, Locale locale) {
        Map<String, String> of = names.get(id);
        if (of == null) {
            return id;
        }
        String tag = locale == null ? "" : locale.toLanguageTag();
        String exact = of.get(PREFIX + tag);
        if (exact != null) {
            return exact;
        }
        for (Map.Entry<String, String> each : of.entrySet()) {
            if (locale != null
                    && each.getKey().startsWith(PREFIX + locale.getLanguage())
                    && !each.getValue().isBlank()) {
                return each.getValue();
            }
        }
        String plain = of.get("");
        return plain == null || plain.isBlank() ? id : plain;
    }

    private static void collect(Element element, Map<String, Map<String, String>> names) {
        String id = element.getAttribute("id");
        if (!id.isEmpty() && ModelAllowList.BPMN.equals(element.getNamespaceURI())) {
            Map<String, String> of = names.computeIfAbsent(id, k -> new HashMap<>());
            if (element.hasAttribute("name")) {
                of.put("", element.getAttribute("name"));
            }
            NodeList properties = element.getElementsByTagNameNS(ModelAllowList.CAMUNDA, "property");
            for (int i = 0; i < properties.getLength(); i++) {
                Element property = (Element) properties.item(i);
                if (owner(property) == element && property.getAttribute("name").startsWith(PREFIX)) {
                    of.put(property.getAttribute("name"), property.getAttribute("value"));
                }
            }
        }
        NodeList children = element.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element child) {
                collect(child, names);
            }
        }
    }

    /** The BPMN element whose extension elements hold the property. */
    private static Element owner(Element property) {
        Node node = property.getParentNode();
        while (node instanceof Element e && !ModelAllowList.BPMN.equals(e.getNamespaceURI())
                || node instanceof Element e2 && "extensionElements".equals(e2.getLocalName())) {
            node = node.getParentNode();
        }
        return node instanceof Element e ? e : null;
    }
}
