package io.crossflow.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import io.crossflow.testing.Api;
import io.crossflow.testing.IntegrationTest;
import io.crossflow.testing.TestClients;
import io.crossflow.testing.browser.BrowserSession;
import io.crossflow.testing.browser.BrowserTest;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The tenant's help centre and its service desk for outsiders: a partner asks a question no project
 * is about and reads the tenant's help pages; a tenant admin writes, saves and publishes one on the
 * help screen, and a customer reads it. Desktop (1440×900) and phone (390×844), Chinese and English.
 */
@IntegrationTest
class HelpCentreBrowserIT extends BrowserTest {

    private static final LocatorAssertions.HasTextOptions SLOW =
            new LocatorAssertions.HasTextOptions().setTimeout(30_000);

    @Autowired
    TestClients clients;

    @Test
    void aPartnerAsksWithoutAProjectAndFindsATenantHelpPageByAPartOfAWord() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String title = "退换货流程 " + suffix;
        publishedHelpPage(title, "<p>收到货物七日内可在门户申请退换货，请保留原包装。</p>");

        BrowserSession partner = browser("zh-CN", 1440, 900, false).signIn("supplier-a");
        Page page = partner.page();
        page.locator("[data-test=navigation]").getByText("支持请求").click();
        assertThat(page).hasURL(Pattern.compile("/support$"));
        page.locator("[data-test=support-new]").click();
        assertThat(page.locator("[data-test=support-project]")).containsText("不涉及具体项目");
        page.locator("[data-test=support-title]").fill("如何修改开票信息 " + suffix);
        page.locator("[data-test=support-description]").fill("我们公司的税号变了，不涉及具体项目。");
        partner.screenshot("support-without-project-form");
        page.locator("[data-test=support-submit]").click();
        Locator request =
                page.locator("[data-test=support-request]", new Page.LocatorOptions().setHasText("如何修改开票信息 " + suffix));
        assertThat(request.locator("[data-test=support-stage]")).hasText("服务台处理中", SLOW);
        assertThat(request).containsText("不涉及具体项目");
        assertThat(request).containsText("首次响应截止");
        assertThat(page.locator(".el-message--error")).hasCount(0);
        partner.screenshot("support-without-project-raised");

        page.locator("[data-test=navigation]").getByText("帮助中心").click();
        assertThat(page.locator("[data-test=help-page]", new Page.LocatorOptions().setHasText(title)))
                .isVisible();
        page.locator("[data-test=help-search]").fill("换货");
        page.locator("[data-test=help-search-submit]").click();
        Locator hit = page.locator("[data-test=help-hit]", new Page.LocatorOptions().setHasText(title));
        assertThat(hit.locator("mark").first()).isVisible();
        partner.screenshot("help-part-of-a-word");
        hit.click();
        assertThat(page.locator("[data-test=help-article]")).containsText("请保留原包装");
        assertThat(page.locator("[data-test=help-article]")).containsText("只读");
        assertThat(page.locator("[data-test=help-new]")).hasCount(0);
        partner.screenshot("help-article");

        BrowserSession phone = browser("en", 390, 844, true).signIn("supplier-a");
        Page small = phone.page();
        small.navigate("/support");
        assertThat(small.locator("[data-test=support-request]", new Page.LocatorOptions().setHasText(suffix)))
                .containsText("No project: a general question");
        noSidewaysScrolling(small);
        phone.screenshot("support-phone-en");
        small.navigate("/help");
        assertThat(small.locator("[data-test=help] h1")).hasText("Help centre");
        assertThat(small.locator("[data-test=help-page]", new Page.LocatorOptions().setHasText(title)))
                .isVisible();
        noSidewaysScrolling(small);
        phone.screenshot("help-phone-en");
    }

    @Test
    void anAdminWritesAHelpPageOnTheHelpScreenAndACustomerReadsIt() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String title = "Delivery notes " + suffix;

        BrowserSession admin = browser("en", 1440, 900, false).signIn("admin");
        Page page = admin.page();
        page.navigate("/help");
        page.locator("[data-test=help-new]").click();
        page.locator("[data-test=help-editor-title]").fill(title);
        page.locator("[data-test=help-editor-content]").fill("Every delivery carries a signed delivery note.");
        admin.screenshot("help-editor-new");
        page.locator("[data-test=help-editor-save]").click();
        Locator row = page.locator("[data-test=help-manage-row]", new Page.LocatorOptions().setHasText(title));
        assertThat(row.locator("[data-test=help-state]")).hasText("Draft");

        row.locator("[data-test=help-edit]").click();
        assertThat(page.locator("[data-test=help-editor-version]")).hasText("Version 1");
        assertThat(page.locator("[data-test=help-editor-content]")).containsText("signed delivery note");
        page.locator("[data-test=help-editor-content]")
                .fill("Every delivery carries a signed delivery note. 每次交货都附签字的送货单。");
        page.locator("[data-test=help-editor-save]").click();
        assertThat(page.locator(".el-message--success").last()).containsText("Saved as version 2.");
        row.locator("[data-test=help-publish]").click();
        assertThat(row.locator("[data-test=help-state]")).hasText("Published");
        assertThat(page.locator(".el-message--error")).hasCount(0);
        admin.screenshot("help-manage-published");

        BrowserSession adminPhone = browser("zh-CN", 390, 844, true).signIn("admin");
        adminPhone.page().navigate("/help");
        Locator phoneRow =
                adminPhone.page().locator("[data-test=help-manage-row]", new Page.LocatorOptions().setHasText(title));
        assertThat(phoneRow.locator("[data-test=help-state]")).hasText("已发布");
        assertThat(phoneRow.locator("[data-test=help-withdraw]")).hasText("撤回");
        noSidewaysScrolling(adminPhone.page());
        adminPhone.screenshot("help-manage-phone-zh");

        BrowserSession customer = browser("zh-CN", 390, 844, true).signIn("customer");
        Page reader = customer.page();
        reader.navigate("/help");
        reader.locator("[data-test=help-page]", new Page.LocatorOptions().setHasText(title))
                .click();
        assertThat(reader.locator("[data-test=help-article]")).containsText("每次交货都附签字的送货单");
        assertThat(reader.locator("[data-test=help-article]")).containsText("只读");
        noSidewaysScrolling(reader);
        customer.screenshot("help-customer-phone-zh");
    }

    private void publishedHelpPage(String title, String content) {
        Api admin = clients.as("admin");
        Api.Response created = admin.post("/api/help/pages", Map.of("title", title, "content", content));
        org.assertj.core.api.Assertions.assertThat(created.status()).isEqualTo(201);
        Api.Response published = admin.put(
                "/api/help/pages/" + created.json().path("id").asText() + "/published", Map.of("published", true));
        org.assertj.core.api.Assertions.assertThat(published.status()).isEqualTo(200);
    }

    private static void noSidewaysScrolling(Page page) {
        Object overflow = page.evaluate("document.documentElement.scrollWidth > window.innerWidth + 1");
        org.assertj.core.api.Assertions.assertThat(overflow)
                .as("no sideways scrolling")
                .isEqualTo(false);
    }
}
