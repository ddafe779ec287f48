package io.crossflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.crossflow.notification.internal.OutboxDispatcher;
import io.crossflow.testing.Api;
import io.crossflow.testing.IntegrationTest;
import io.crossflow.testing.Outboxes;
import io.crossflow.testing.TestClients;
import io.crossflow.testing.TestMailServer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Bulk import of users from CSV and XLSX: a preview, a per-row report, all rows or none, an invitation each. */
@IntegrationTest
class UserImportIT {

    private static final String IMPORT = "/api/admin/users/import";

    @Autowired
    TestClients clients;

    @Autowired
    OutboxDispatcher dispatcher;

    @Autowired
    JdbcClient jdbc;

    Api admin;
    String suffix;
    String code;
    String organisationName;
    String domain;

    @BeforeEach
    void setUp() {
        TestMailServer.get().start();
        admin = clients.as("admin");
        suffix = UUID.randomUUID().toString().substring(0, 8);
        code = "IM" + suffix.substring(0, 6).toUpperCase();
        organisationName = "华东精密铸造有限公司 " + suffix;
        domain = "hd" + suffix + ".example.cn";
        Api.Response created = admin.post(
                "/api/admin/organisations",
                Map.of(
                        "name",
                        organisationName,
                        "kind",
                        "PARTNER",
                        "shortCode",
                        code,
                        "emailDomains",
                        List.of(domain)));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
    }

    @Test
    void aCsvWithOneBadRowImportsNothingAndNamesTheRowAndColumn() {
        String csv = "name,email,mobile,organisation,capabilities\n"
                + "Li Wei,li.wei@" + domain + ",+86 138 0013 8000," + code + ",PARTNER_MANAGER;PARTNER_MEMBER\n"
                + "Zhang Min,zhang.min@" + domain + ",," + organisationName + ",PARTNER_MEMBER\n"
                + "Wang Fang,wang.fang@" + domain + ",," + code + ",MANAGER\n";

        Api.Response refused = upload(admin, "users.csv", csv.getBytes(StandardCharsets.UTF_8), false);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.json().path("detail").asText())
                .contains("1 row has errors")
                .contains("nothing was imported");
        JsonNode rows = refused.json().path("report").path("rows");
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).path("errors")).isEmpty();
        assertThat(rows.get(0).path("organisation").asText()).isEqualTo(organisationName);
        JsonNode bad = rows.get(2);
        assertThat(bad.path("row").asInt())
                .as("the spreadsheet's row, the header being row 1")
                .isEqualTo(4);
        assertThat(bad.path("errors").get(0).path("column").asText()).isEqualTo("capabilities");
        assertThat(bad.path("errors").get(0).path("message").asText())
                .isEqualTo("Partner users get partner capabilities only.");
        assertThat(usersOf(domain)).as("no row was written").isZero();

        Api.Response inChinese = upload(
                Api.signIn(clients.baseUrl(), "admin", "demo").speaking("zh-CN"),
                "users.csv",
                csv.getBytes(StandardCharsets.UTF_8),
                false);
        assertThat(inChinese.json().path("detail").asText()).contains("1 行有错误");
        assertThat(inChinese
                        .json()
                        .path("report")
                        .path("rows")
                        .get(2)
                        .path("errors")
                        .get(0)
                        .path("message")
                        .asText())
                .isEqualTo("合作伙伴用户只能获得合作伙伴权限。");
    }

    @Test
    void aGoodCsvInvitesEveryoneWithAnInvitationMailEach() {
        String csv = "\uFEFFname,email,mobile,organisation,capabilities,language\n"
                + "李伟,li.wei@" + domain + ",+86 138 0013 8000," + code + ",合作伙伴经理、PARTNER_MEMBER,zh-CN\n"
                + "Zhang Min,zhang.min@" + domain + ",," + organisationName + ",,en\n";

        Api.Response imported = upload(admin, "users.csv", csv.getBytes(StandardCharsets.UTF_8), false);

        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        assertThat(imported.json().path("imported").asBoolean()).isTrue();
        JsonNode li = user("li.wei@" + domain);
        assertThat(li.path("displayName").asText()).isEqualTo("李伟");
        assertThat(li.path("mobile").asText()).isEqualTo("+86 138 0013 8000");
        assertThat(li.path("active").asBoolean()).as("invited, not yet active").isFalse();
        assertThat(li.path("capabilities").toString()).contains("PARTNER_MANAGER", "PARTNER_MEMBER");
        assertThat(user("zhang.min@" + domain).path("capabilities").toString())
                .as("without capabilities a partner's person is a partner member")
                .isEqualTo("[\"PARTNER_MEMBER\"]");
        Outboxes.drain(dispatcher);
        assertThat(TestMailServer.get().messagesTo("li.wei@" + domain)).hasSize(1);
        assertThat(TestMailServer.get().messagesTo("zhang.min@" + domain)).hasSize(1);
        assertThat(subjectOf("li.wei@" + domain)).contains("邀请您加入协同流");
    }

    @Test
    void aGbkCsvSavedByExcelReadsItsChineseRight() {
        String csv =
                "姓名,邮箱,手机,组织,能力\r\n" + "王芳,wang.fang@" + domain + ",13800138000," + organisationName + ",合作伙伴成员\r\n";
        byte[] gbk = csv.getBytes(Charset.forName("GBK"));
        assertThat(new String(gbk, StandardCharsets.UTF_8))
                .as("the bytes are no UTF-8")
                .doesNotContain("王芳");

        Api.Response imported = upload(admin, "用户.csv", gbk, false);

        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        assertThat(user("wang.fang@" + domain).path("displayName").asText()).isEqualTo("王芳");
        assertThat(user("wang.fang@" + domain).path("organisationName").asText())
                .isEqualTo(organisationName);
    }

    @Test
    void anXlsxImportsLikeACsv() throws IOException {
        byte[] xlsx = workbook(List.of(
                List.of("name", "e-mail", "mobile", "organisation", "capabilities"),
                List.of("Chen Jie", "chen.jie@" + domain, "+86 139 0000 0000", code, "PARTNER_MEMBER"),
                List.of("Liu Yang", "liu.yang@" + domain, "", code.toLowerCase(), "partner manager")));

        Api.Response preview = upload(admin, "users.xlsx", xlsx, true);
        assertThat(preview.status()).as(preview.toString()).isEqualTo(200);
        assertThat(preview.json().path("rows")).hasSize(2);
        assertThat(preview.json().path("rows").get(1).path("capabilities").toString())
                .isEqualTo("[\"PARTNER_MANAGER\"]");

        Api.Response imported = upload(admin, "users.xlsx", xlsx, false);
        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        assertThat(user("liu.yang@" + domain).path("capabilities").toString()).contains("PARTNER_MANAGER");
        assertThat(user("chen.jie@" + domain).path("mobile").asText()).isEqualTo("+86 139 0000 0000");
    }

    @Test
    void aDryRunChecksEveryRowAndWritesNothing() {
        String csv = "name,email,organisation,capabilities\n"
                + "Li Wei,li.wei@" + domain + "," + code + ",PARTNER_MEMBER\n"
                + "Zhang Min,zhang.min@" + domain + "," + code + ",PARTNER_MEMBER\n";

        Api.Response preview = upload(admin, "users.csv", csv.getBytes(StandardCharsets.UTF_8), true);

        assertThat(preview.status()).as(preview.toString()).isEqualTo(200);
        assertThat(preview.json().path("dryRun").asBoolean()).isTrue();
        assertThat(preview.json().path("imported").asBoolean()).isFalse();
        assertThat(preview.json().path("rowsWithErrors").asInt()).isZero();
        assertThat(preview.json().path("rows").get(1).path("email").asText()).isEqualTo("zhang.min@" + domain);
        assertThat(usersOf(domain)).isZero();
        assertThat(jdbc.sql("select count(*) from idn_invitation where email like ?")
                        .param("%@" + domain)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void anAddressTwiceInTheFileOrWithAnAccountOrOfAnotherOrganisationsDomainIsRefused() {
        String otherDomain = "other" + suffix + ".example.cn";
        admin.post(
                "/api/admin/organisations",
                Map.of("name", "Other works " + suffix, "kind", "PARTNER", "emailDomains", List.of(otherDomain)));
        String organisationId = admin.get("/api/admin/organisations").json().findParents("shortCode").stream()
                .filter(o -> o.path("shortCode").asText().equals(code))
                .findFirst()
                .orElseThrow()
                .path("id")
                .asText();
        Api.Response taken = admin.post(
                "/api/admin/users",
                Map.of(
                        "username",
                        "taken-" + suffix,
                        "displayName",
                        "Taken",
                        "email",
                        "taken@" + domain,
                        "organisationId",
                        organisationId,
                        "capabilities",
                        List.of("PARTNER_MEMBER")));
        assertThat(taken.status()).as(taken.toString()).isEqualTo(201);
        String csv = "name,email,organisation\n"
                + "Li Wei,li.wei@" + domain + "," + code + "\n"
                + "Li Wei again,LI.WEI@" + domain + "," + code + "\n"
                + "Taken,taken@" + domain + "," + code + "\n"
                + "Stranger,someone@" + otherDomain + "," + code + "\n"
                + "Nobody,nobody@" + domain + ",No such company\n";

        Api.Response refused = upload(admin, "users.csv", csv.getBytes(StandardCharsets.UTF_8), false);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        JsonNode rows = refused.json().path("report").path("rows");
        assertThat(rows.get(0).path("errors")).isEmpty();
        assertThat(rows.get(1).path("errors").get(0).path("message").asText())
                .isEqualTo("This address is already in row 2.");
        assertThat(rows.get(2).path("row").asInt()).isEqualTo(4);
        assertThat(rows.get(2).path("errors").get(0).path("message").asText())
                .contains("already has a Crossflow account");
        assertThat(rows.get(3).path("errors").get(0).path("message").asText())
                .contains("belongs to the organisation Other works");
        assertThat(rows.get(4).path("errors").get(0).path("column").asText()).isEqualTo("organisation");
        assertThat(refused.json().path("report").path("rowsWithErrors").asInt()).isEqualTo(4);
        assertThat(usersOf(domain)).as("only the account made before").isEqualTo(1);
    }

    @Test
    void aFileWithoutTheColumnsOrOverTheLimitIsRefusedWithWhatToDo() {
        Api.Response noColumns = upload(admin, "users.csv", "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8), true);
        assertThat(noColumns.status()).isEqualTo(400);
        assertThat(noColumns.json().path("errors").get(0).path("message").asText())
                .contains("name, email and organisation");

        StringBuilder many = new StringBuilder("name,email,organisation\n");
        for (int i = 0; i < 2001; i++) {
            many.append("P")
                    .append(i)
                    .append(",p")
                    .append(i)
                    .append('@')
                    .append(domain)
                    .append(',')
                    .append(code)
                    .append('\n');
        }
        Api.Response tooMany = upload(admin, "users.csv", many.toString().getBytes(StandardCharsets.UTF_8), true);
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.json().path("errors").get(0).path("message").asText())
                .contains("more than 2000 users");
    }

    @Test
    void theTemplatesOpenAsTheirFormat() throws IOException {
        Api.Binary csv = admin.download(IMPORT + "/template?format=csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(new String(csv.body(), StandardCharsets.UTF_8)).startsWith("\uFEFFname,email,mobile,organisation");
        Api.Binary xlsx = Api.signIn(clients.baseUrl(), "admin", "demo")
                .speaking("zh-CN")
                .download(IMPORT + "/template?format=xlsx");
        assertThat(xlsx.status()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
                    .isIn("name", "姓名");
        }
    }

    private Api.Response upload(Api as, String fileName, byte[] content, boolean dryRun) {
        return as.multipart(IMPORT + (dryRun ? "?dryRun=true" : ""), Map.of(), fileName, content);
    }

    private JsonNode user(String email) {
        JsonNode found = admin.get("/api/admin/users?q=" + email).json();
        assertThat(found).as("users matching " + email).hasSize(1);
        return found.get(0);
    }

    private long usersOf(String domain) {
        return jdbc.sql("select count(*) from idn_user where email like ?")
                .param("%@" + domain)
                .query(Long.class)
                .single();
    }

    private String subjectOf(String email) {
        try {
            return TestMailServer.get().messagesTo(email).get(0).getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] workbook(List<List<String>> rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Users");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
