package io.crossflow.system.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crossflow.shared.Translator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The server's messages in the caller's language. The code words every message in English; for a
 * Chinese caller {@code problems/zh-CN.json} maps whole messages, or templates with varying parts
 * ({@code "{what} not found"}), to Chinese. A message it does not know stays English: a person
 * still reads what went wrong.
 */
@Component
class ProblemTranslations implements Translator {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

    private final Map<String, String> exact = new HashMap<>();
    private final List<Template> templates = new ArrayList<>();
    private final Map<String, String> terms = new HashMap<>();

    ProblemTranslations(ObjectMapper json) {
        try (InputStream in = new ClassPathResource("problems/zh-CN.json").getInputStream()) {
            JsonNode root = json.readTree(in);
            root.path("terms")
                    .fields()
                    .forEachRemaining(e -> terms.put(e.getKey(), e.getValue().asText()));
            for (Iterator<Map.Entry<String, JsonNode>> it =
                            root.path("messages").fields();
                    it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                if (PLACEHOLDER.matcher(entry.getKey()).find()) {
                    templates.add(Template.of(entry.getKey(), entry.getValue().asText()));
                } else {
                    exact.put(entry.getKey(), entry.getValue().asText());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("problems/zh-CN.json cannot be read", e);
        }
        // the most specific template wins: "must be at most {n} characters" before "must be at most {max}"
        templates.sort(
                java.util.Comparator.comparingInt(Template::literalLength).reversed());
    }

    /** The message in the locale's language when it is Chinese and the message is known; else as it is. */
    @Override
    public String translate(String message, Locale locale) {
        if (message == null || locale == null || !"zh".equals(locale.getLanguage())) {
            return message;
        }
        String known = exact.get(message);
        if (known != null) {
            return known;
        }
        for (Template template : templates) {
            String translated = template.apply(message, terms);
            if (translated != null) {
                return translated;
            }
        }
        return message;
    }

    /** A known term, or a list of them ("partner member, partner manager"), in Chinese; else as it is. */
    private static String term(String part, Map<String, String> terms) {
        String known = terms.get(part);
        if (known != null || !part.contains(", ")) {
            return known != null ? known : part;
        }
        String[] items = part.split(", ");
        for (String item : items) {
            if (!terms.containsKey(item)) {
                return part;
            }
        }
        return java.util.Arrays.stream(items).map(terms::get).collect(java.util.stream.Collectors.joining("、"));
    }

    private record Template(Pattern english, List<String> names, String chinese, int literalLength) {

        static Template of(String english, String chinese) {
            List<String> names = new ArrayList<>();
            StringBuilder regex = new StringBuilder("^");
            Matcher m = PLACEHOLDER.matcher(english);
            int last = 0;
            while (m.find()) {
                regex.append(Pattern.quote(english.substring(last, m.start()))).append("(.+?)");
                names.add(m.group(1));
                last = m.end();
            }
            regex.append(Pattern.quote(english.substring(last))).append('$');
            int literal = PLACEHOLDER.matcher(english).replaceAll("").length();
            return new Template(Pattern.compile(regex.toString(), Pattern.DOTALL), names, chinese, literal);
        }

        String apply(String message, Map<String, String> terms) {
            Matcher m = english.matcher(message);
            if (!m.matches()) {
                return null;
            }
            String result = chinese;
            for (int i = 0; i < names.size(); i++) {
                String part = m.group(i + 1);
                result = result.replace("{" + names.get(i) + "}", term(part, terms));
            }
            return result;
        }
    }
}
