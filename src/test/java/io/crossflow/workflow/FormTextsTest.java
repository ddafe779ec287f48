package io.crossflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

class FormTextsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode form() throws IOException {
        return JSON.readTree("""
                {"id": "f", "components": [
                  {"id": "Text_Intro", "type": "text", "text": "### Review",
                   "properties": {"i18n.text.zh-CN": "### 审核", "i18n.text.en": "### Review"}},
                  {"id": "Group", "type": "group", "label": "Details", "components": [
                    {"id": "Field_Outcome", "key": "outcome", "type": "radio", "label": "Outcome",
                     "description": "Say what happens next",
                     "values": [{"label": "Approve", "value": "approve"}, {"label": "Reject", "value": "reject"}],
                     "properties": {"i18n.label.zh-CN": "结果", "i18n.label.en": "Outcome",
                                    "i18n.description.zh-CN": "说明下一步", "i18n.description.en": "Say what happens next",
                                    "i18n.values.zh-CN": "{\\"approve\\":\\"批准\\",\\"reject\\":\\"驳回\\"}",
                                    "i18n.values.en": "{\\"approve\\":\\"Approve\\",\\"reject\\":\\"Reject\\"}"}}
                  ]}
                ]}
                """);
    }

    @Test
    void aChineseReaderGetsEveryTextInChineseNestedGroupsIncluded() throws IOException {
        JsonNode zh = FormTexts.localized(form(), Locale.forLanguageTag("zh-CN"));
        assertThat(zh.at("/components/0/text").asText()).isEqualTo("### 审核");
        JsonNode field = zh.at("/components/1/components/0");
        assertThat(field.path("label").asText()).isEqualTo("结果");
        assertThat(field.path("description").asText()).isEqualTo("说明下一步");
        assertThat(field.at("/values/0/label").asText()).isEqualTo("批准");
        assertThat(field.at("/values/1/value").asText())
                .as("values stay as stored")
                .isEqualTo("reject");
        assertThat(zh.at("/components/1/label").asText())
                .as("a text without a translation stays as written")
                .isEqualTo("Details");
    }

    @Test
    void theOriginalIsUntouchedAndOtherLanguagesFallBackToTheEnglishText() throws IOException {
        JsonNode original = form();
        FormTexts.localized(original, Locale.SIMPLIFIED_CHINESE);
        assertThat(original.at("/components/0/text").asText()).isEqualTo("### Review");
        JsonNode de = FormTexts.localized(original, Locale.GERMAN);
        assertThat(de.at("/components/1/components/0/values/0/label").asText()).isEqualTo("Approve");
        assertThat(FormTexts.localized(original, Locale.forLanguageTag("zh-TW"))
                        .at("/components/0/text")
                        .asText())
                .as("another Chinese reads the Chinese text")
                .isEqualTo("### 审核");
    }

    @Test
    void aMissingTextIsNamedByComponentAndLanguage() throws IOException {
        JsonNode schema = form();
        ((com.fasterxml.jackson.databind.node.ObjectNode) schema.at("/components/1/components/0/properties"))
                .put("i18n.values.zh-CN", "{\"approve\":\"批准\"}");
        assertThat(FormTexts.missing(schema, FormTexts.LANGUAGES))
                .containsExactly(
                        "Group label: no zh-CN (i18n.label.zh-CN)",
                        "Group label: no en (i18n.label.en)",
                        "Field_Outcome option reject: no zh-CN (i18n.values.zh-CN)");
    }

    /**
     * The shipped forms: every label, text, description, placeholder and option label has a
     * Chinese text (with Chinese characters) and an English one equal to what form-js shows.
     */
    @Test
    void everyTextOfTheShippedFormsIsInBothLanguages() throws IOException {
        Resource[] forms = new PathMatchingResourcePatternResolver().getResources("classpath*:forms/*.form");
        assertThat(forms).hasSizeGreaterThanOrEqualTo(21);
        List<String> problems = new ArrayList<>();
        for (Resource resource : forms) {
            JsonNode schema;
            try (InputStream in = resource.getInputStream()) {
                schema = JSON.readTree(in);
            }
            FormTexts.missing(schema, FormTexts.LANGUAGES).forEach(p -> problems.add(resource.getFilename() + " " + p));
            chineseEverywhere(resource.getFilename(), FormTexts.localized(schema, Locale.SIMPLIFIED_CHINESE), problems);
        }
        assertThat(problems).isEmpty();
    }

    private static void chineseEverywhere(String file, JsonNode node, List<String> problems) {
        for (JsonNode c : node.path("components")) {
            for (String attribute : FormTexts.ATTRIBUTES) {
                if (c.path(attribute).isTextual() && !han(c.path(attribute).asText())) {
                    problems.add(file + " " + c.path("id").asText() + " " + attribute + " is not Chinese: "
                            + c.path(attribute).asText());
                }
            }
            for (JsonNode option : c.path("values")) {
                if (!han(option.path("label").asText())) {
                    problems.add(file + " " + c.path("id").asText() + " option " + option.path("value")
                            + " is not Chinese: " + option.path("label").asText());
                }
            }
            chineseEverywhere(file, c, problems);
        }
    }

    private static boolean han(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    @Test
    void optionTextsAreReadPerLanguage() throws IOException {
        JsonNode field = form().at("/components/1/components/0");
        assertThat(FormTexts.optionTexts(field))
                .containsEntry("zh-CN", Map.of("approve", "批准", "reject", "驳回"))
                .containsKey("en");
    }
}
