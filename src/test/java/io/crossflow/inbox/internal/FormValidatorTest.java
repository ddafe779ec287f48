package io.crossflow.inbox.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crossflow.shared.InvalidInputException;
import io.crossflow.shared.InvalidInputException.FieldError;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormValidatorTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final JsonNode SCHEMA = json("""
            {"components": [
              {"type": "text", "text": "intro"},
              {"key": "name", "type": "textfield", "label": "Name",
               "validate": {"required": true, "minLength": 2, "maxLength": 10}},
              {"key": "code", "type": "textfield", "validate": {"pattern": "^[A-Z]{3}-\\\\d+$"}},
              {"key": "email", "type": "textfield", "validate": {"validationType": "email"}},
              {"key": "phone", "type": "textfield", "validate": {"validationType": "phone"}},
              {"key": "note", "type": "textarea", "validate": {"maxLength": 5}},
              {"key": "qty", "type": "number", "validate": {"min": 1, "max": 10.5}},
              {"key": "price", "type": "number", "serializeToString": true},
              {"key": "agree", "type": "checkbox", "validate": {"required": true}},
              {"key": "urgent", "type": "checkbox"},
              {"key": "day", "type": "datetime", "subtype": "date"},
              {"key": "at", "type": "datetime", "subtype": "datetime"},
              {"key": "clock", "type": "datetime", "subtype": "time"},
              {"key": "decision", "type": "radio",
               "values": [{"label": "Accept", "value": "accept"}, {"label": "Decline", "value": "decline"}]},
              {"key": "colour", "type": "select", "values": [{"label": "Red", "value": "red"}]},
              {"key": "dynamic", "type": "select", "valuesKey": "options"},
              {"key": "tags", "type": "checklist",
               "values": [{"label": "A", "value": "a"}, {"label": "B", "value": "b"}]},
              {"type": "group", "components": [{"key": "nested", "type": "textfield", "validate": {"required": true}}]}
            ]}
            """);

    @Test
    void validDataBecomesVariablesOfTheFormsFieldsOnly() {
        Map<String, Object> data = valid();
        data.put("notAField", "ignored");

        Map<String, Object> variables = FormValidator.variables(SCHEMA, data);

        assertThat(variables)
                .containsEntry("name", "Ada")
                .containsEntry("qty", 3)
                .doesNotContainKey("notAField");
        assertThat(variables).containsEntry("tags", "[\"a\",\"b\"]");
    }

    @Test
    void requiredFieldsMustBePresentAndNotBlank() {
        assertThat(error("name", null)).isEqualTo("is required");
        assertThat(error("name", "   ")).isEqualTo("is required");
        assertThat(error("nested", null)).isEqualTo("is required");
    }

    @Test
    void aRequiredCheckboxMustBeChecked() {
        assertThat(error("agree", false)).isEqualTo("is required");
        assertThat(error("agree", true)).isNull();
        assertThat(error("urgent", false)).isNull();
    }

    @Test
    void optionalEmptyFieldsAreFine() {
        for (String key : List.of("code", "email", "phone", "note", "qty", "day", "decision", "tags")) {
            assertThat(error(key, null)).as(key).isNull();
        }
        assertThat(error("tags", List.of())).isNull();
    }

    @Test
    void textFieldsTakeTextWithinTheirLengths() {
        assertThat(error("name", 42)).isEqualTo("must be text");
        assertThat(error("name", "A")).isEqualTo("must be at least 2 characters");
        assertThat(error("name", "Abcdefghijk")).isEqualTo("must be at most 10 characters");
        assertThat(error("note", "123456")).isEqualTo("must be at most 5 characters");
        assertThat(error("note", Map.of("a", 1))).isEqualTo("must be text");
    }

    @Test
    void patternsMatchLikeFormJs() {
        assertThat(error("code", "ABC-12")).isNull();
        assertThat(error("code", "abc-12")).isEqualTo("does not have the expected format");
    }

    @Test
    void emailAndPhoneValidationTypes() {
        assertThat(error("email", "ada@example.com")).isNull();
        assertThat(error("email", "ada@example")).isEqualTo("must be a valid email address");
        assertThat(error("email", "not an email")).isEqualTo("must be a valid email address");
        assertThat(error("phone", "+49 30 1234567")).isNull();
        assertThat(error("phone", "0049301234567")).isNull();
        assertThat(error("phone", "030 1234567")).startsWith("must be a phone number in international format");
        assertThat(error("phone", "+49 call me")).startsWith("must be a phone number");
    }

    @Test
    void numbersMustBeNumericAndWithinMinAndMax() {
        assertThat(error("qty", 1)).isNull();
        assertThat(error("qty", 10.5)).isNull();
        assertThat(error("qty", "3")).isEqualTo("must be a number");
        assertThat(error("qty", true)).isEqualTo("must be a number");
        assertThat(error("qty", 0)).isEqualTo("must be at least 1");
        assertThat(error("qty", 10.6)).isEqualTo("must be at most 10.5");
        assertThat(error("price", "12.50")).isNull();
        assertThat(error("price", "twelve")).isEqualTo("must be a number");
    }

    @Test
    void checkboxesTakeBooleans() {
        assertThat(error("urgent", "yes")).isEqualTo("must be checked or unchecked (true or false)");
        assertThat(error("urgent", 1)).isEqualTo("must be checked or unchecked (true or false)");
    }

    @Test
    void datesAndTimesUseTheirSubtypesIsoFormat() {
        assertThat(error("day", "2025-06-30")).isNull();
        assertThat(error("day", "30.06.2025")).isEqualTo("must be a date like 2025-06-30");
        assertThat(error("day", "2025-02-30")).isEqualTo("must be a date like 2025-06-30");
        assertThat(error("day", 20250630)).isEqualTo("must be a date or time in ISO format");
        assertThat(error("at", "2025-06-30T14:30")).isNull();
        assertThat(error("at", "2025-06-30T14:30:00+02:00")).isNull();
        assertThat(error("at", "2025-06-30")).isEqualTo("must be a date and time like 2025-06-30T14:30");
        assertThat(error("clock", "14:30")).isNull();
        assertThat(error("clock", "14:30Z")).isNull();
        assertThat(error("clock", "2pm")).isEqualTo("must be a time like 14:30");
    }

    @Test
    void choicesMustBeAmongTheDeclaredValues() {
        assertThat(error("decision", "accept")).isNull();
        assertThat(error("decision", "maybe")).isEqualTo("must be one of: Accept, Decline");
        assertThat(error("decision", List.of("accept"))).isEqualTo("must be a single value");
        assertThat(error("colour", "blue")).isEqualTo("must be one of: Red");
        assertThat(error("dynamic", "anything"))
                .as("options from a variable are not checked")
                .isNull();
    }

    @Test
    void checklistsTakeListsOfDeclaredValues() {
        assertThat(error("tags", List.of("a"))).isNull();
        assertThat(error("tags", "a")).isEqualTo("must be a list of choices");
        assertThat(error("tags", List.of("a", "c"))).isEqualTo("must be one of: A, B");
        assertThat(error("tags", List.of(List.of("a")))).isEqualTo("must be a list of choices");
    }

    @Test
    void aBrokenPatternInTheFormDoesNotBlameTheSubmitter() {
        JsonNode schema = json("""
                {"components": [{"key": "x", "type": "textfield", "validate": {"pattern": "(["}}]}""");
        assertThat(FormValidator.variables(schema, Map.of("x", "value"))).containsEntry("x", "value");
    }

    @Test
    void everyFieldInErrorIsReportedOnceInTheFormsOrderAndNothingIsReturned() {
        Map<String, Object> data = valid();
        data.put("name", "A");
        data.put("qty", "many");
        data.put("decision", "maybe");

        assertThatThrownBy(() -> FormValidator.variables(SCHEMA, data))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors())
                                .containsExactly(
                                        new FieldError("name", "must be at least 2 characters"),
                                        new FieldError("qty", "must be a number"),
                                        new FieldError("decision", "must be one of: Accept, Decline")));
    }

    private static Map<String, Object> valid() {
        Map<String, Object> data = new HashMap<>();
        data.put("name", "Ada");
        data.put("agree", true);
        data.put("nested", "x");
        data.put("qty", 3);
        data.put("tags", List.of("a", "b"));
        return data;
    }

    /** The message for the one field, or null when the value passes. */
    private static String error(String key, Object value) {
        JsonNode field = FormValidator.fields(SCHEMA).stream()
                .filter(f -> f.path("key").asText().equals(key))
                .findFirst()
                .orElseThrow();
        return FormValidator.check(field, value).orElse(null);
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
