package io.crossflow.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.crossflow.testing.Api;
import io.crossflow.testing.IntegrationTest;
import io.crossflow.testing.TestClients;
import io.crossflow.testing.browser.BrowserSession;
import io.crossflow.testing.browser.BrowserTest;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A partner reads the help centre and asks the service desk; the admin reads and exports the audit trail. */
@IntegrationTest
class ServiceChannelBrowserIT extends BrowserTest {

    @Autowired
    TestClients clients;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aPartnerFindsAHelpPageAndRaisesASupportRequest() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String title = "如何上传质检报告 " + suffix;
        helpPage(title, "<p>在供应商门户打开订单，点击“上传质检报告”，选择 PDF 文件。</p>");

        BrowserSession partner = browser("zh-CN", 1280, 800, false).signIn("supplier-a");
        Page page = partner.page();
        page.locator("[data-test=navigation]").getByText("帮助中心").click();
        assertThat(page).hasURL(Pattern.compile("/help$"));
        assertThat(page.locator("[data-test=help-page]", new Page.LocatorOptions().setHasText(title)))
                .isVisible();
        page.locator("[data-test=help-search]").fill("质检报告 " + suffix);
        page.locator("[data-test=help-search-submit]").click();
        Locator hit = page.locator("[data-test=help-hit]", new Page.LocatorOptions().setHasText(title));
        assertThat(hit.locator("mark").first()).isVisible();
        partner.screenshot("help-search");
        hit.click();
        assertThat(page.locator("[data-test=help-article]")).containsText("选择 PDF 文件");
        assertThat(page.locator("[data-test=help-article]")).containsText("只读");
        assertThat(page.locator(".el-message--error")).hasCount(0);
        assertThat(page).hasURL(Pattern.compile("/help/[0-9a-f-]{36}$"));
        partner.screenshot("help-article");

        page.locator("[data-test=navigation]").getByText("支持请求").click();
        assertThat(page).hasURL(Pattern.compile("/support$"));
        page.locator("[data-test=support-new]").click();
        page.locator("[data-test=support-title]").fill("扫码失败 " + suffix);
        page.locator("[data-test=support-description]").fill("质检报告上传后二维码无法识别。");
        page.locator("[data-test=support-submit]").click();
        Locator request =
                page.locator("[data-test=support-request]", new Page.LocatorOptions().setHasText("扫码失败 " + suffix));
        // raising numbers the request and starts its process: slower than a page's default wait on a busy machine
        assertThat(request.locator("[data-test=support-stage]"))
                .hasText(
                        "服务台处理中",
                        new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions().setTimeout(30_000));
        assertThat(request).containsText("首次响应截止");
        partner.screenshot("support-raised");

        JsonTask answer = serviceDeskTask("扫码失败 " + suffix);
        Api.Response answered =
                clients.as("pm").post("/api/tasks/" + answer.taskId() + "/complete", Map.of("answer", "请重新生成二维码后上传。"));
        org.assertj.core.api.Assertions.assertThat(answered.status()).isEqualTo(204);
        page.reload();
        assertThat(request.locator("[data-test=support-stage]")).hasText("已答复，待您确认");
        request.click();
        assertThat(page.locator("[data-test=support-history]").last()).containsText("请重新生成二维码后上传。");
        assertThat(page.locator("[data-test=support-reply]")).isVisible();
        partner.screenshot("support-answered");

        BrowserSession english = browser("en", 1280, 800, false).signIn("customer");
        english.page().navigate("/help");
        assertThat(english.page().locator("[data-test=help] h1")).hasText("Help centre");
        assertThat(english.page().locator("[data-test=navigation]")).containsText("Support");
        english.screenshot("help-en");

        BrowserSession phone = phone().signIn("supplier-a");
        phone.page().navigate("/support");
        assertThat(phone.page().locator("[data-test=support] h1")).hasText("Support requests");
        Object overflow = phone.page().evaluate("document.documentElement.scrollWidth > window.innerWidth + 1");
        org.assertj.core.api.Assertions.assertThat(overflow)
                .as("no sideways scrolling")
                .isEqualTo(false);
        phone.screenshot("support-phone");
    }

    @Test
    void theAdminSearchesTheAuditTrailAndExportsIt() throws Exception {
        String organisation = "苏州精工模具 " + UUID.randomUUID().toString().substring(0, 6);
        Api.Response created =
                clients.as("admin").post("/api/admin/organisations", Map.of("name", organisation, "kind", "PARTNER"));
        org.assertj.core.api.Assertions.assertThat(created.status()).isEqualTo(201);

        BrowserSession admin = browser("zh-CN", 1280, 800, false).signIn("admin");
        Page page = admin.page();
        page.navigate("/admin?tab=audit");
        page.locator("[data-test=audit-q]").fill(organisation);
        page.locator("[data-test=audit-search]").click();
        Locator row = page.locator("[data-test=audit-entries] tr", new Page.LocatorOptions().setHasText(organisation));
        assertThat(row).containsText("创建 · 组织");
        assertThat(row).containsText("name: " + organisation);
        admin.screenshot("audit-search");

        Download download = page.waitForDownload(
                () -> page.locator("[data-test=audit-export]").click());
        byte[] csv = Files.readAllBytes(download.path());
        org.assertj.core.api.Assertions.assertThat(new byte[] {csv[0], csv[1], csv[2]})
                .containsExactly(0xEF, 0xBB, 0xBF);
        org.assertj.core.api.Assertions.assertThat(new String(csv, java.nio.charset.StandardCharsets.UTF_8))
                .contains(organisation)
                .contains("CREATED");

        BrowserSession english = browser().signIn("admin");
        english.page().navigate("/admin?tab=audit");
        assertThat(english.page().locator("[data-test=audit-export]")).hasText("Export CSV");
        assertThat(english.page().locator("[data-test=audit-entries]")).containsText("Created");
        english.screenshot("audit-en");
    }

    private void helpPage(String title, String content) {
        UUID project = jdbc.sql("select id from prj_project where name = 'Gearbox Housing Line'")
                .query(UUID.class)
                .single();
        Api pm = clients.as("pm");
        Api.Response created = pm.post(
                "/api/projects/" + project + "/pages",
                Map.of(
                        "title",
                        title,
                        "content",
                        content,
                        "sharing",
                        Map.of("customers", false, "organisationIds", List.of())));
        org.assertj.core.api.Assertions.assertThat(created.status()).isEqualTo(201);
        pm.put("/api/pages/" + created.json().path("id").asText() + "/help", Map.of("help", true));
    }

    private JsonTask serviceDeskTask(String ticketTitle) {
        String ticket = jdbc.sql("select id::text from tkt_ticket where title = ?")
                .param(ticketTitle)
                .query(String.class)
                .single();
        var inbox = clients.as("pm").get("/api/inbox?q=" + ticket).json();
        org.assertj.core.api.Assertions.assertThat(inbox.path("total").asLong()).isEqualTo(1);
        return new JsonTask(inbox.path("items").get(0).path("taskId").asText());
    }

    private record JsonTask(String taskId) {}
}
