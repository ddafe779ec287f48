package io.crossflow.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crossflow.identity.Capability;
import io.crossflow.identity.internal.UserImportFile.Column;
import io.crossflow.identity.internal.UserImportFile.Line;
import io.crossflow.shared.InvalidInputException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class UserImportFileTest {

    @Test
    void aUtf8FileWithAByteOrderMarkReadsItsHeaderAndChinese() {
        byte[] csv = "\uFEFFname,email,organisation\n李伟,li.wei@example.cn,HDJM\n".getBytes(StandardCharsets.UTF_8);
        List<Line> lines = UserImportFile.read("users.csv", csv);
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0).row()).isEqualTo(2);
        assertThat(lines.get(0).get(Column.NAME)).isEqualTo("李伟");
    }

    @Test
    void aGbkFileIsRecognisedByItsBytesAndChineseHeadersAreKnown() {
        String text = "姓名,邮箱,组织,能力\r\n王芳,wang.fang@example.cn,华东精密铸造有限公司,合作伙伴成员\r\n"
                + "张敏,zhang.min@example.cn,华东精密铸造有限公司,合作伙伴经理\r\n";
        List<Line> lines = UserImportFile.read("用户.csv", text.getBytes(Charset.forName("GBK")));
        assertThat(lines).extracting(l -> l.get(Column.NAME)).containsExactly("王芳", "张敏");
        assertThat(lines.get(0).get(Column.ORGANISATION)).isEqualTo("华东精密铸造有限公司");
    }

    @Test
    void blankLinesAreNoUsersAndKeepTheRowNumbersOfTheSpreadsheet() {
        byte[] csv = "name,email,organisation\n\nA,a@example.com,X\n,,\nB,b@example.com,X\n"
                .getBytes(StandardCharsets.UTF_8);
        assertThat(UserImportFile.read("u.csv", csv)).extracting(Line::row).containsExactly(3, 5);
    }

    @Test
    void aFileWithoutTheNeededColumnsOrAnOldExcelFileIsRefused() {
        assertThatThrownBy(() -> UserImportFile.read("u.csv", "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidInputException.class)
                .extracting(
                        e -> ((InvalidInputException) e).fieldErrors().get(0).message())
                .isEqualTo(UserImportFile.MISSING_COLUMNS);
        assertThatThrownBy(() -> UserImportFile.read("u.xls", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0}))
                .extracting(
                        e -> ((InvalidInputException) e).fieldErrors().get(0).message())
                .isEqualTo(UserImportFile.OLD_EXCEL);
    }

    @Test
    void theTemplatesReadBackAsOneExampleRow() {
        for (String format : List.of("csv", "xlsx")) {
            for (boolean chinese : List.of(true, false)) {
                List<Line> lines = UserImportFile.read("t." + format, UserImportFile.template(format, chinese));
                assertThat(lines).as(format + " " + chinese).hasSize(1);
                assertThat(lines.get(0).get(Column.CAPABILITIES)).isEqualTo("PARTNER_MANAGER;PARTNER_MEMBER");
            }
        }
    }

    @Test
    void capabilitiesAreKnownByCodeAndByTheirNamesOnTheScreens() {
        assertThat(UserImport.capability("partner_member")).isEqualTo(Capability.PARTNER_MEMBER);
        assertThat(UserImport.capability(" 合作伙伴经理 ")).isEqualTo(Capability.PARTNER_MANAGER);
        assertThat(UserImport.capability("Customer viewer")).isEqualTo(Capability.CUSTOMER_VIEWER);
        assertThat(UserImport.capability("boss")).isNull();
    }
}
