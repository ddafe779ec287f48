package io.crossflow.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.crossflow.testing.IntegrationTest;
import io.crossflow.testing.browser.BrowserSession;
import io.crossflow.testing.browser.BrowserTest;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A platform operator founds a tenant in Chinese, then suspends it; the suspended tenant's people are told why. */
@IntegrationTest
class PlatformBrowserIT extends BrowserTest {

    @Test
    void anOperatorFoundsAChineseTenantAndSuspendsIt() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        // no Latin letters or digits in the name, so the screen proposes no short name
        String name = "华东精密铸造有限公司";
        String slug = "hd-" + suffix;
        BrowserSession operator = browser("zh-CN", 1280, 800, false).signIn("operator");
        Page page = operator.page();
        assertThat(page).hasURL(Pattern.compile("/platform$"));
        assertThat(page.locator("[data-test=navigation]").getByText("平台运营")).isVisible();

        page.locator("[data-test=add-tenant]").click();
        Locator dialog = page.locator("[data-test=tenant-dialog]");
        dialog.locator("[data-test=tenant-name-input]").fill(name);
        dialog.locator("[data-test=tenant-admin-email]").fill("li.wei-" + suffix + "@hdcasting.example.cn");
        dialog.locator("[data-test=tenant-save]").click();
        // a Chinese name proposes no short name: the server says what one looks like
        assertThat(dialog.getByText("请使用 2 到 40 个小写字母、数字或连字符，并以字母或数字开头。")).isVisible();
        operator.screenshot("short-name-needed");
        dialog.locator("[data-test=tenant-slug]").fill(slug);
        dialog.locator("[data-test=tenant-save]").click();
        assertThat(dialog).isHidden();
        Locator row = page.locator("[data-test=tenants] tr", new Page.LocatorOptions().setHasText(slug));
        assertThat(row).containsText(name);
        assertThat(row).containsText("正常");
        assertThat(row).containsText("1 位用户 · 1 个组织");
        assertThat(row).containsText("Asia/Shanghai");
        operator.screenshot("tenant-created");

        row.locator("[data-test=toggle-tenant]").click();
        page.locator(".el-message-box")
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("暂停"))
                .click();
        assertThat(row.locator("[data-test=tenant-state]")).hasText("已暂停");
        assertThat(row.locator("[data-test=toggle-tenant]")).hasText("恢复");
        operator.screenshot("tenant-suspended");

        BrowserSession phone = browser("zh-CN", BrowserSession.PHONE[0], BrowserSession.PHONE[1], true)
                .signIn("operator");
        Locator phoneRow = phone.page().locator("[data-test=tenants] tr", new Page.LocatorOptions().setHasText(slug));
        assertThat(phoneRow).containsText("已暂停");
        assertThat(phoneRow.locator("[data-test=toggle-tenant]")).isVisible();
        assertThat(phone.page().locator("[data-test=tenants] .el-loading-mask")).hasCount(0);
        phone.screenshot("tenants-on-a-phone");

        BrowserSession english = browser().signIn("operator");
        assertThat(english.page().locator("[data-test=tenants] tr", new Page.LocatorOptions().setHasText(slug)))
                .containsText("Suspended");
        assertThat(english.page().locator("[data-test=tenants] .el-loading-mask"))
                .hasCount(0);
        english.screenshot("tenants-in-english");

        BrowserSession member = browser("zh-CN", 1280, 800, false).open("/login?suspended");
        assertThat(member.page().getByText("您所在企业的 Crossflow 租户已被暂停。数据均未删除；请向管理员了解何时恢复。"))
                .isVisible();
        member.screenshot("sign-in-says-suspended");
    }

    @Test
    void anOperatorInvitesAColleagueAsOperator() {
        String email = "ops-" + UUID.randomUUID().toString().substring(0, 6) + "@crossflow.example";
        BrowserSession operator = browser("zh-CN", 1280, 800, false).signIn("operator");
        Page page = operator.page();
        Locator operators = page.locator("[data-test=operators]");
        assertThat(operators.getByText("平台运营人员")).isVisible();
        assertThat(operators.locator(
                        "[data-test=operator-list] tr", new Locator.LocatorOptions().setHasText("Otto Operator")))
                .containsText("正常");

        operators.locator("[data-test=invite-operator]").click();
        Locator dialog = page.locator("[data-test=operator-dialog]");
        dialog.locator("[data-test=operator-email]").fill("not-an-address");
        dialog.locator("[data-test=operator-send]").click();
        assertThat(dialog.getByText("请输入类似 name@example.com 的邮箱地址。")).isVisible();
        dialog.locator("[data-test=operator-email]").fill(email);
        dialog.locator("[data-test=operator-send]").click();
        assertThat(dialog).isHidden();
        assertThat(operators.locator("[data-test=operator-list] tr", new Locator.LocatorOptions().setHasText(email)))
                .containsText("已邀请");
        operator.screenshot("operator-invited");

        BrowserSession phone = browser("en", BrowserSession.PHONE[0], BrowserSession.PHONE[1], true)
                .signIn("operator");
        Locator row = phone.page().locator("[data-test=operator-list] tr", new Page.LocatorOptions().setHasText(email));
        assertThat(row).containsText("Invited");
        phone.screenshot("operators-on-a-phone");
    }
}
