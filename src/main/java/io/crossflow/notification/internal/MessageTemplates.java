package io.crossflow.notification.internal;

import io.crossflow.notification.NotificationTypes;
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
        Map<String, String> values = new HashMap<>(params);
        values.putIfAbsent("title", type);
        return new Rendered(
                fill(bundle.getString(key + ".subject"), values), fill(bundle.getString(key + ".body"), values));
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
