package io.crossflow.notification.internal;

import io.crossflow.notification.NotificationTypes;
import io.crossflow.workflow.LocalizedNames;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Subject and body of a notification in the recipient's language, from the bundles {@code
 * notification/messages*.properties}. A type without templates is shown with {@link
 * NotificationTypes#GENERIC}, so a publisher's new type is never lost, only plainly worded.
 */
final class MessageTemplates {

    static final String BUNDLE = "notification/messages";
    /**
     * A parameter may come per language: {@code task@zh-CN} is {@code {task}} for a reader of that
     * language (exact tag, then language), {@code task} for everyone else.
     */
    static final String LANGUAGE_SEPARATOR = "@";

    private static final Pattern PARAM = Pattern.compile("\\{([A-Za-z0-9_]+)}");
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private MessageTemplates() {}

    record Rendered(String subject, String body) {}

    static Rendered render(String type, Map<String, String> params, String language) {
        ResourceBundle bundle = bundle(locale(language));
        String key = bundle.containsKey(type + ".subject") ? type : NotificationTypes.GENERIC;
        String object = params.get("object");
        if (object != null && !object.isBlank() && bundle.containsKey(type + ".object.subject")) {
            key = type + ".object"; // the variant that names the task's business object
        }
        Map<String, String> values = inLanguage(params, language);
        values.putIfAbsent("title", type);
        return new Rendered(
                fill(bundle.getString(key + ".subject"), values), fill(bundle.getString(key + ".body"), values));
    }

    /** The parameters as a reader of {@code language} sees them: per-language values replace the default ones. */
    static Map<String, String> inLanguage(Map<String, String> params, String language) {
        Map<String, String> values = new HashMap<>();
        Map<String, Map<String, String>> perLanguage = new HashMap<>();
        params.forEach((key, value) -> {
            int at = key.indexOf(LANGUAGE_SEPARATOR);
            if (at < 0) {
                values.putIfAbsent(key, value);
            } else {
                perLanguage
                        .computeIfAbsent(key.substring(0, at), k -> new HashMap<>())
                        .put(key.substring(at + 1), value);
            }
        });
        Locale reader = locale(language);
        perLanguage.forEach((key, names) -> {
            String picked = LocalizedNames.pick(names, reader, null);
            if (picked != null) {
                values.put(key, picked);
            }
        });
        return values;
    }

    /** Crossflow's two languages: {@code zh-CN}, and English for everything else. */
    static Locale locale(String language) {
        return "zh-CN".equalsIgnoreCase(language) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
    }

    static ResourceBundle bundle(Locale locale) {
        try {
            return ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("Notification messages missing from the class path", e);
        }
    }

    private static String fill(String template, Map<String, String> values) {
        Matcher m = PARAM.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? "" : value));
        }
        m.appendTail(out);
        return out.toString().strip();
    }
}
