package io.crossflow.workflow;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The texts of a form-js form in the reader's language. A component keeps its English texts in
 * form-js's own attributes ({@code label}, {@code text}, {@code description}, {@code placeholder},
 * the {@code label} of each of its {@code values}) and carries every language as custom
 * {@code properties}: {@code i18n.<attribute>.<tag>} ({@code i18n.label.zh-CN}) and
 * {@code i18n.values.<tag>}, a JSON object string of option value to label. This is the one place
 * that reads them: the server answers forms already in the reader's language (task page, start
 * form, ended task) and words its validation messages with the same option labels.
 */
public final class FormTexts {

    /** The property prefix: {@code i18n.label.zh-CN}, {@code i18n.values.en}. */
    public static final String PREFIX = "i18n.";

    /** The attributes of a component that are shown to a person, in the order they are checked. */
    public static final List<String> ATTRIBUTES = List.of("label", "text", "description", "placeholder");

    /** The languages every shipped form carries. */
    public static final List<String> LANGUAGES = List.of("zh-CN", "en");

    private static final ObjectMapper JSON = new ObjectMapper();

    private FormTexts() {}

    /**
     * A copy of the schema with every text in {@code locale} (exact tag, then its language, then
     * the English text as written). The {@code i18n.*} properties stay, so the copy is still a
     * complete form; a null schema or locale answers the schema as it is.
     */
    public static JsonNode localized(JsonNode schema, Locale locale) {
        if (schema == null || locale == null || !schema.isObject()) {
            return schema;
        }
        JsonNode copy = schema.deepCopy();
        localize(copy, locale);
        return copy;
    }

    private static void localize(JsonNode node, Locale locale) {
        for (JsonNode component : node.path("components")) {
            if (!(component instanceof ObjectNode c)) {
                continue;
            }
            for (String attribute : ATTRIBUTES) {
                if (c.has(attribute)) {
                    String text = LocalizedNames.pick(
                            texts(c, attribute), locale, c.path(attribute).asText());
                    c.put(attribute, text);
                }
            }
            if (c.path("values").isArray()) {
                Map<String, String> labels = optionLabels(c, locale);
                for (JsonNode option : (ArrayNode) c.path("values")) {
                    String label = labels.get(option.path("value").asText());
                    if (label != null && option instanceof ObjectNode o) {
                        o.put("label", label);
                    }
                }
            }
            localize(c, locale);
        }
    }

    /** The attribute's text per language tag, from {@code i18n.<attribute>.<tag>}; empty if none. */
    public static Map<String, String> texts(JsonNode component, String attribute) {
        Map<String, String> texts = new HashMap<>();
        String prefix = PREFIX + attribute + ".";
        component.path("properties").fields().forEachRemaining(e -> {
            if (e.getKey().startsWith(prefix)
                    && e.getValue().isTextual()
                    && !e.getValue().asText().isBlank()) {
                texts.put(e.getKey().substring(prefix.length()), e.getValue().asText());
            }
        });
        return texts;
    }

    /** The option labels (value → label) of a select, radio or checklist per language tag; unreadable ones are left out. */
    public static Map<String, Map<String, String>> optionTexts(JsonNode component) {
        Map<String, Map<String, String>> result = new HashMap<>();
        for (Map.Entry<String, String> entry : texts(component, "values").entrySet()) {
            try {
                Map<String, String> labels = new LinkedHashMap<>();
                JSON.readTree(entry.getValue())
                        .fields()
                        .forEachRemaining(
                                f -> labels.put(f.getKey(), f.getValue().asText()));
                result.put(entry.getKey(), labels);
            } catch (JsonProcessingException e) {
                // a broken translation keeps the English options
            }
        }
        return result;
    }

    private static Map<String, String> optionLabels(JsonNode component, Locale locale) {
        Map<String, Map<String, String>> all = optionTexts(component);
        Map<String, String> byTag = new HashMap<>();
        all.forEach((tag, labels) -> byTag.put(tag, tag));
        String tag = LocalizedNames.pick(byTag, locale, null);
        return tag == null ? Map.of() : all.get(tag);
    }

    /**
     * What the form lacks for the languages: every shown text and option label without a text in
     * one of them, and every English text that differs from the one form-js shows, as a line
     * naming the component ({@code Field_Decision label: no zh-CN}). Empty when complete.
     */
    public static List<String> missing(JsonNode schema, List<String> languages) {
        List<String> problems = new ArrayList<>();
        check(schema, languages, problems);
        return problems;
    }

    private static void check(JsonNode node, List<String> languages, List<String> problems) {
        for (JsonNode c : node.path("components")) {
            String id = c.path("id").asText(c.path("key").asText("?"));
            for (String attribute : ATTRIBUTES) {
                if (!c.path(attribute).isTextual() || c.path(attribute).asText().isBlank()) {
                    continue;
                }
                Map<String, String> texts = texts(c, attribute);
                for (String language : languages) {
                    if (!texts.containsKey(language)) {
                        problems.add(id + " " + attribute + ": no " + language + " (" + PREFIX + attribute + "."
                                + language + ")");
                    }
                }
                if (texts.containsKey("en")
                        && !texts.get("en").equals(c.path(attribute).asText())) {
                    problems.add(id + " " + attribute + ": " + PREFIX + attribute + ".en differs from the " + attribute
                            + " form-js shows");
                }
            }
            if (c.path("values").isArray() && !c.path("values").isEmpty()) {
                Map<String, Map<String, String>> options = optionTexts(c);
                for (String language : languages) {
                    Map<String, String> labels = options.getOrDefault(language, Map.of());
                    for (JsonNode option : c.path("values")) {
                        String value = option.path("value").asText();
                        String label = labels.get(value);
                        if (label == null || label.isBlank()) {
                            problems.add(id + " option " + value + ": no " + language + " (" + PREFIX + "values."
                                    + language + ")");
                        } else if (language.equals("en")
                                && !label.equals(option.path("label").asText())) {
                            problems.add(id + " option " + value + ": the en label differs from the label form-js"
                                    + " shows");
                        }
                    }
                }
            }
            check(c, languages, problems);
        }
    }
}
