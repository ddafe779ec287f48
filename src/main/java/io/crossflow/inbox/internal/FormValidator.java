package io.crossflow.inbox.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crossflow.shared.InvalidInputException;
import io.crossflow.shared.InvalidInputException.FieldError;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Checks submitted task data against a form-js schema, as the form in the browser would, so an API
 * client cannot store what the form would refuse: {@code validate.required}, the value's type per
 * component ({@code number} numeric, {@code checkbox} boolean, {@code datetime} in its subtype's
 * ISO format, {@code select}/{@code radio}/{@code checklist}/{@code taglist} among the declared
 * {@code values}, text fields strings), {@code validate.min/max}, {@code minLength/maxLength},
 * {@code pattern} and {@code validationType} email/phone. One error per field, the first rule it
 * breaks, in the form's order. Keys that are no field of the form are dropped.
 *
 * <p>Not evaluated: FEEL ({@code conditional.hide}, {@code valuesExpression}); options given by
 * {@code valuesKey} or an expression are not checked against a list (docs/inbox.md).
 */
public final class FormValidator {

    /** form-js's own email pattern (packages/form-js-viewer/src/core/Validator.js). */
    static final Pattern EMAIL = Pattern.compile("^[\\w\\-.]+@([\\w-]+\\.)+[\\w-]{2,}$");

    /** International phone number: + or 00, a country code and digits (spaces, dashes, dots allowed between). */
    static final Pattern PHONE = Pattern.compile("^(\\+|00)[1-9][0-9]{0,3}([ .\\-]?[0-9]){4,14}$");

    private static final ObjectMapper JSON = new ObjectMapper();

    private FormValidator() {}

    /**
     * The process variables to set from {@code data}, or {@link InvalidInputException} listing
     * every field in error. Checklist and tag-list values are stored as a JSON array string: the
     * engine stores no Java collections (Java serialization is off).
     */
    public static Map<String, Object> variables(JsonNode schema, Map<String, Object> data) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, Object> variables = new LinkedHashMap<>();
        for (JsonNode field : fields(schema)) {
            String key = field.path("key").asText();
            Object value = data.get(key);
            Optional<String> error = check(field, value);
            if (error.isPresent()) {
                errors.add(new FieldError(key, error.get()));
            } else if (data.containsKey(key)) {
                variables.put(key, stored(value));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("Please correct the highlighted fields.", errors);
        }
        return variables;
    }

    /** The input components of the schema, nested groups included: every component with a key. */
    static List<JsonNode> fields(JsonNode schema) {
        List<JsonNode> fields = new ArrayList<>();
        collect(schema, fields);
        return fields;
    }

    private static void collect(JsonNode node, List<JsonNode> fields) {
        for (JsonNode component : node.path("components")) {
            if (!component.path("key").asText("").isBlank()) {
                fields.add(component);
            }
            collect(component, fields);
        }
    }

    /** The first rule the value breaks, as a message for the person who filled in the form. */
    static Optional<String> check(JsonNode field, Object value) {
        JsonNode validate = field.path("validate");
        String type = field.path("type").asText("");
        if (empty(value) || (type.equals("checkbox") && Boolean.FALSE.equals(value) && required(validate))) {
            return required(validate) ? Optional.of("is required") : Optional.empty();
        }
        return Optional.ofNullable(
                switch (type) {
                    case "number" -> number(field, validate, value);
                    case "checkbox" -> value instanceof Boolean ? null : "must be checked or unchecked (true or false)";
                    case "datetime" -> dateTime(field, value);
                    case "select", "radio" -> option(field, value);
                    case "checklist", "taglist" -> options(field, value);
                    case "textfield", "textarea" -> text(validate, value);
                    default ->
                        value instanceof Map<?, ?> || value instanceof Collection<?> ? "must be a single value" : null;
                });
    }

    /** form-js counts an unchecked required checkbox as missing. */
    private static boolean required(JsonNode validate) {
        return validate.path("required").asBoolean(false);
    }

    private static boolean empty(Object value) {
        return value == null
                || (value instanceof String s && s.isBlank())
                || (value instanceof Collection<?> c && c.isEmpty());
    }

    private static String number(JsonNode field, JsonNode validate, Object value) {
        BigDecimal number;
        if (value instanceof Number n) {
            number = new BigDecimal(n.toString());
        } else if (value instanceof String s && field.path("serializeToString").asBoolean(false)) {
            try {
                number = new BigDecimal(s.trim());
            } catch (NumberFormatException e) {
                return "must be a number";
            }
        } else {
            return "must be a number";
        }
        if (validate.path("min").isNumber()
                && number.compareTo(validate.path("min").decimalValue()) < 0) {
            return "must be at least " + validate.path("min").asText();
        }
        if (validate.path("max").isNumber()
                && number.compareTo(validate.path("max").decimalValue()) > 0) {
            return "must be at most " + validate.path("max").asText();
        }
        return null;
    }

    private static String dateTime(JsonNode field, Object value) {
        if (!(value instanceof String s)) {
            return "must be a date or time in ISO format";
        }
        String subtype = field.path("subtype").asText("date");
        return switch (subtype) {
            case "time" ->
                parses(s, LocalTime::parse) || parses(s, OffsetTime::parse) ? null : "must be a time like 14:30";
            case "datetime" ->
                parses(s, LocalDateTime::parse) || parses(s, OffsetDateTime::parse)
                        ? null
                        : "must be a date and time like 2025-06-30T14:30";
            default -> parses(s, LocalDate::parse) ? null : "must be a date like 2025-06-30";
        };
    }

    private static boolean parses(String value, Function<String, ?> parser) {
        try {
            parser.apply(value.trim());
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static String option(JsonNode field, Object value) {
        if (value instanceof Map<?, ?> || value instanceof Collection<?>) {
            return "must be a single value";
        }
        return declared(field)
                .map(allowed -> allowed.containsKey(String.valueOf(value)) ? null : oneOf(allowed))
                .orElse(null);
    }

    private static String options(JsonNode field, Object value) {
        if (!(value instanceof Collection<?> values)) {
            return "must be a list of choices";
        }
        Optional<Map<String, String>> allowed = declared(field);
        for (Object v : values) {
            if (v == null || v instanceof Map<?, ?> || v instanceof Collection<?>) {
                return "must be a list of choices";
            }
            if (allowed.isPresent() && !allowed.get().containsKey(String.valueOf(v))) {
                return oneOf(allowed.get());
            }
        }
        return null;
    }

    /** The static options, value → label; empty when options come from a variable or an expression. */
    private static Optional<Map<String, String>> declared(JsonNode field) {
        if (!field.path("values").isArray()) {
            return Optional.empty();
        }
        Map<String, String> allowed = new LinkedHashMap<>();
        for (JsonNode option : field.path("values")) {
            String v = option.path("value").asText();
            allowed.put(v, option.path("label").asText(v));
        }
        return Optional.of(allowed);
    }

    private static String oneOf(Map<String, String> allowed) {
        return "must be one of: " + String.join(", ", allowed.values());
    }

    private static String text(JsonNode validate, Object value) {
        if (!(value instanceof String s)) {
            return "must be text";
        }
        if (validate.path("minLength").isInt()
                && s.length() < validate.path("minLength").asInt()) {
            return "must be at least " + validate.path("minLength").asInt() + " characters";
        }
        if (validate.path("maxLength").isInt()
                && s.length() > validate.path("maxLength").asInt()) {
            return "must be at most " + validate.path("maxLength").asInt() + " characters";
        }
        String validationType = validate.path("validationType").asText("");
        if (validationType.equals("email") && !EMAIL.matcher(s.trim()).matches()) {
            return "must be a valid email address";
        }
        if (validationType.equals("phone") && !PHONE.matcher(s.trim()).matches()) {
            return "must be a phone number in international format, like +49 30 1234567";
        }
        String pattern = validate.path("pattern").asText("");
        if (!pattern.isEmpty() && !matches(pattern, s)) {
            return "does not have the expected format";
        }
        return null;
    }

    /** form-js tests the pattern with {@code RegExp.test}: a match anywhere, anchors up to the designer. */
    private static boolean matches(String pattern, String value) {
        try {
            return Pattern.compile(pattern).matcher(value).find();
        } catch (PatternSyntaxException e) {
            // a broken pattern in a deployed form is the designer's mistake, not the submitter's
            return true;
        }
    }

    private static Object stored(Object value) {
        if (value instanceof Collection<?> values) {
            try {
                return JSON.writeValueAsString(values);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        return value;
    }
}
