package io.crossflow.workflow;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The names of a model's elements (process, tasks, events, gateways) in the reader's language.
 * A model carries them as {@code camunda:property name="i18n.name.<tag>"} entries in the
 * element's extension elements; the {@code name} attribute is the English/default name. A
 * deployed definition never changes, so its names are read once and kept per definition id.
 */
@Service
public class LocalizedNames {

    /** The property prefix: {@code i18n.name.zh-CN}, {@code i18n.name.en}. */
    public static final String PREFIX = "i18n.name.";

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}");

    private final RepositoryService repository;
    private final Map<String, Map<String, Map<String, String>>> byDefinition = new ConcurrentHashMap<>();

    LocalizedNames(RepositoryService repository) {
        this.repository = repository;
    }

    /**
     * The element's names by language tag ({@code zh-CN}, {@code en}); empty for an element
     * without them or a definition that does not exist. For the process's own name, pass the
     * process id (the definition key) as {@code elementId}.
     */
    public Map<String, String> names(String processDefinitionId, String elementId) {
        if (processDefinitionId == null || elementId == null) {
            return Map.of();
        }
        try {
            return byDefinition.computeIfAbsent(processDefinitionId, this::read).getOrDefault(elementId, Map.of());
        } catch (RuntimeException e) {
            return Map.of(); // not deployed (any more): the caller's fallback name stands, nothing is cached
        }
    }

    /** The element's name in {@code locale}: the exact tag, then its language, then {@code fallback}. */
    public String name(String processDefinitionId, String elementId, Locale locale, String fallback) {
        return pick(names(processDefinitionId, elementId), locale, fallback);
    }

    /** The name for {@code locale} among {@code names}: the exact tag, then its language, then {@code fallback}. */
    public static String pick(Map<String, String> names, Locale locale, String fallback) {
        if (names == null || names.isEmpty() || locale == null) {
            return fallback;
        }
        String exact = names.get(locale.toLanguageTag());
        if (exact != null) {
            return exact;
        }
        String language = locale.getLanguage();
        String bare = names.get(language);
        if (bare != null) {
            return bare;
        }
        for (Map.Entry<String, String> entry : names.entrySet()) {
            if (Locale.forLanguageTag(entry.getKey()).getLanguage().equals(language)) {
                return entry.getValue();
            }
        }
        return fallback;
    }

    /**
     * The name with its {@code ${variable}} references filled from {@code variables}, as the engine
     * fills a task's {@code name}. Only plain variable names are filled (anything else stays as
     * written): a name property is text, never an expression the engine would run.
     */
    public static String fill(String name, Function<String, Object> variables) {
        if (name == null || !name.contains("${")) {
            return name;
        }
        Matcher m = VARIABLE.matcher(name);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Object value = variables.apply(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? "" : value.toString()));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * The reader's language: the one the request asks its answers in ({@code Accept-Language},
     * which the web app sets to its UI language), else the user's own setting ({@code language}).
     */
    public static Locale readerLocale(String userLanguage) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
            String header = request.getRequest().getHeader("Accept-Language");
            if (header != null && !header.isBlank()) {
                return LocaleContextHolder.getLocale();
            }
        }
        return userLanguage == null || userLanguage.isBlank() ? null : Locale.forLanguageTag(userLanguage);
    }

    /** The names of every element of a parsed model that carries any, by element id. */
    public static Map<String, Map<String, String>> of(BpmnModelInstance model) {
        Map<String, Map<String, String>> result = new HashMap<>();
        Collection<BaseElement> elements = model.getModelElementsByType(BaseElement.class);
        for (BaseElement element : elements) {
            ExtensionElements extensions = element.getExtensionElements();
            if (extensions == null || element.getId() == null) {
                continue;
            }
            Map<String, String> names = new HashMap<>();
            for (CamundaProperties properties : extensions.getChildElementsByType(CamundaProperties.class)) {
                for (CamundaProperty property : properties.getCamundaProperties()) {
                    String key = property.getCamundaName();
                    String value = property.getCamundaValue();
                    if (key != null && key.startsWith(PREFIX) && value != null && !value.isBlank()) {
                        names.put(key.substring(PREFIX.length()), value.strip());
                    }
                }
            }
            if (!names.isEmpty()) {
                result.put(element.getId(), Map.copyOf(names));
            }
        }
        return result;
    }

    private Map<String, Map<String, String>> read(String processDefinitionId) {
        BpmnModelInstance model = repository.getBpmnModelInstance(processDefinitionId);
        return model == null ? Map.of() : Map.copyOf(of(model));
    }
}
