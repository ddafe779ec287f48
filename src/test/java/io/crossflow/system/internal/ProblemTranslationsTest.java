package io.crossflow.system.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ProblemTranslationsTest {

    private final ProblemTranslations translations = new ProblemTranslations(new ObjectMapper());

    @Test
    void chineseCallersGetKnownMessagesInChinese() {
        assertThat(translations.translate("Please correct the highlighted fields.", Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("请更正标出的字段。");
        assertThat(translations.translate("is required", Locale.forLanguageTag("zh")))
                .isEqualTo("为必填项");
    }

    @Test
    void templatesKeepTheVaryingPartAndTranslateKnownTerms() {
        assertThat(translations.translate("Work item not found", Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("工作项不存在");
        assertThat(translations.translate("must be one of: approve, rework", Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("必须是以下之一：approve, rework");
        assertThat(translations.translate("must be at most 500 characters", Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("最多 500 个字符");
    }

    @Test
    void englishAndUnknownMessagesStayAsTheyAre() {
        assertThat(translations.translate("Work item not found", Locale.ENGLISH))
                .isEqualTo("Work item not found");
        assertThat(translations.translate("A brand new message", Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("A brand new message");
        assertThat(translations.translate(null, Locale.SIMPLIFIED_CHINESE)).isNull();
    }
}
