package io.crossflow.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UserTextTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "\u0000", // NUL
                "\t", // tab
                "\n", // line feed
                "\u007F", // delete
                "\u0085", // next line (C1)
                "\u202E", // right-to-left override
                "\u202D", // left-to-right override
                "\u2066", // left-to-right isolate
                "\u2069", // pop directional isolate
                "\u200F", // right-to-left mark
                "\u061C", // Arabic letter mark
                "\u200B", // zero-width space
                "\uFEFF", // byte-order mark
                "\u00AD", // soft hyphen
                "\u2028", // line separator
                "\uD800", // lone high surrogate
                "\uDC00", // lone low surrogate
            })
    void aNameWithAnInvisibleOrDirectionCharacterIsRefusedNamingIt(String character) {
        String code = String.format("U+%04X", (int) character.charAt(0));

        assertThatThrownBy(() -> UserText.name("title", "invoice" + character + "gpj.exe", 200))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).singleElement().satisfies(error -> {
                            assertThat(error.field()).isEqualTo("title");
                            assertThat(error.message()).contains(code);
                        }));
        assertThatThrownBy(() -> UserText.fileName("file", "invoice" + character + "gpj.exe"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors())
                                .singleElement()
                                .satisfies(error -> assertThat(error.message())
                                        .contains("\"invoice<" + code + ">gpj.exe\"")
                                        .doesNotContain(character)));
    }

    @Test
    void chineseEmojiAndCombinedLettersAreKeptNormalisedAndTrimmed() {
        assertThat(UserText.name("title", "  质检报告 第二版 ✅ ", 200)).isEqualTo("质检报告 第二版 ✅");
        // e + combining acute accent becomes the one precomposed letter
        assertThat(UserText.name("title", "Re\u0301sume\u0301", 200)).isEqualTo("Résumé");
        // a surrogate pair (one emoji outside the BMP) is a character, not two
        assertThat(UserText.name("title", "🚚".repeat(200), 200)).hasSize(400);
    }

    @Test
    void aTypedNameOverTheLimitIsRefused() {
        assertThatThrownBy(() -> UserText.name("title", "x".repeat(201), 200))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors())
                                .singleElement()
                                .satisfies(error ->
                                        assertThat(error.message()).isEqualTo("must be at most 200 characters")));
        assertThat(UserText.name("title", " " + "x".repeat(200) + " ", 200)).hasSize(200);
    }

    @Test
    void optionalNamesStayAbsentWhenBlank() {
        assertThat(UserText.optionalName("name", null, 200)).isNull();
        assertThat(UserText.optionalName("name", "   ", 200)).isNull();
        assertThat(UserText.name("name", null, 200)).isNull();
    }

    @Test
    void aLongFileNameIsShortenedKeepingItsExtension() {
        String name = UserText.fileName("file", "a".repeat(596) + ".pdf");

        assertThat(name).hasSize(UserText.MAX_FILE_NAME).endsWith("aaa.pdf");
        assertThat(UserText.fileName("file", "报".repeat(300) + ".docx"))
                .hasSize(UserText.MAX_FILE_NAME)
                .endsWith("报.docx");
        // no extension worth keeping: plainly cut
        assertThat(UserText.fileName("file", "b".repeat(300))).isEqualTo("b".repeat(200));
    }

    @Test
    void aFileNameIsItsLastPathSegmentWithoutLeadingDots() {
        assertThat(UserText.fileName("file", "C:\\Users\\me\\..\\report.pdf")).isEqualTo("report.pdf");
        assertThat(UserText.fileName("file", "../../etc/passwd")).isEqualTo("passwd");
        assertThat(UserText.fileName("file", "..hidden")).isEqualTo("hidden");
        assertThat(UserText.fileName("file", "...")).isEqualTo("file");
        assertThat(UserText.fileName("file", null)).isEqualTo("file");
    }
}
