package io.crossflow.document.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentIntakeTest {

    @Test
    void fileNamesKeepOnlyTheirLastSegmentWithoutSpecialCharacters() {
        assertThat(ContentIntake.sanitise("../../etc/passwd")).isEqualTo("passwd");
        assertThat(ContentIntake.sanitise("..\\..\\windows\\win.ini")).isEqualTo("win.ini");
        assertThat(ContentIntake.sanitise("/abs/path/report.pdf")).isEqualTo("report.pdf");
        assertThat(ContentIntake.sanitise("..")).isEqualTo("file");
        assertThat(ContentIntake.sanitise(".htaccess")).isEqualTo("htaccess");
        assertThat(ContentIntake.sanitise("a\u0000b\r\nc.txt")).isEqualTo("a_b__c.txt");
        assertThat(ContentIntake.sanitise("质检报告 <v2>.docx")).isEqualTo("质检报告 _v2_.docx");
        assertThat(ContentIntake.sanitise(null)).isEqualTo("file");
        assertThat(ContentIntake.sanitise("x".repeat(300) + ".pdf"))
                .hasSize(200)
                .endsWith(".pdf");
    }
}
