package io.crossflow.document.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crossflow.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class ContentIntakeTest {

    @Test
    void fileNamesKeepOnlyTheirLastSegmentWithoutSpecialCharacters() {
        assertThat(ContentIntake.sanitise("../../etc/passwd")).isEqualTo("passwd");
        assertThat(ContentIntake.sanitise("..\\..\\windows\\win.ini")).isEqualTo("win.ini");
        assertThat(ContentIntake.sanitise("/abs/path/report.pdf")).isEqualTo("report.pdf");
        assertThat(ContentIntake.sanitise("..")).isEqualTo("file");
        assertThat(ContentIntake.sanitise(".htaccess")).isEqualTo("htaccess");
        assertThat(ContentIntake.sanitise("质检报告 <v2>.docx")).isEqualTo("质检报告 _v2_.docx");
        assertThat(ContentIntake.sanitise(null)).isEqualTo("file");
        assertThat(ContentIntake.sanitise("x".repeat(300) + ".pdf"))
                .hasSize(200)
                .endsWith(".pdf");
    }

    @Test
    void invisibleCharactersInAFileNameAreRefusedNamingTheFileNotReplaced() {
        assertThatThrownBy(() -> ContentIntake.sanitise("a\u0000b\r\nc.txt"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(
                                ((InvalidInputException) e).fieldErrors().get(0).message())
                        .contains("a<U+0000>b<U+000D><U+000A>c.txt"));
        assertThatThrownBy(() -> ContentIntake.sanitise("invoice\u202Egpj.exe"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(
                                ((InvalidInputException) e).fieldErrors().get(0).message())
                        .contains("U+202E"));
    }
}
