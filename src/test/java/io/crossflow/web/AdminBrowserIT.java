package io.crossflow.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.crossflow.testing.IntegrationTest;
import io.crossflow.testing.browser.BrowserSession;
import io.crossflow.testing.browser.BrowserTest;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A tenant admin brings a partner organisation and its people in, and takes one out again. */
@IntegrationTest
class AdminBrowserIT extends BrowserTest {

    private static final String PASSWORD = "furnace-blue-2026-casting";

    @Test
    void adminAddsAChinesePartnerAndItsManagerThenDeactivatesHimWhileHeIsSignedIn() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String organisation = "华东精密铸造有限公司 " + suffix;
        String username = "li.wei-" + suffix;
        BrowserSession admin = browser("zh-CN", 1280, 800, false).signIn("admin");
        Page page = admin.page();
        page.locator("[data-test=navigation]").getByText("系统管理").click();
        assertThat(page).hasURL(Pattern.compile("/admin"));

        page.locator("[data-test=add-organisation]").click();
        Locator dialog = page.locator("[data-test=organisation-dialog]");
        dialog.locator("[data-test=organisation-name-input]").fill(organisation);
        dialog.locator("[data-test=organisation-domains]").fill("hd-" + suffix + ".example.cn, localhost");
        dialog.locator("[data-test=organisation-save]").click();
        assertThat(dialog.getByText("“localhost”不是类似 example.com 的域名。")).isVisible();
        admin.screenshot("organisation-field-error");
        dialog.locator("[data-test=organisation-domains]").fill("hd-" + suffix + ".example.cn");
        dialog.locator("[data-test=organisation-contact]").fill("李伟");
        dialog.locator("[data-test=organisation-save]").click();
        Locator row = page.locator("[data-test=organisations] tr", new Page.LocatorOptions().setHasText(organisation));
        assertThat(row).containsText("合作伙伴");
        assertThat(row).containsText("启用");
        admin.screenshot("organisation-added");

        page.getByRole(com.microsoft.playwright.options.AriaRole.TAB, new Page.GetByRoleOptions().setName("用户"))
                .click();
        assertThat(page).hasURL(Pattern.compile("tab=users"));
        page.locator("[data-test=add-user]").click();
        Locator userDialog = page.locator("[data-test=user-dialog]");
        userDialog.locator("[data-test=user-organisation]").click();
        // the dialog's options name the organisation's kind too; the list filter above offers names only
        page.getByRole(
                        com.microsoft.playwright.options.AriaRole.OPTION,
                        new Page.GetByRoleOptions().setName(organisation + " · 合作伙伴"))
                .click();
        userDialog.locator("[data-test=user-username]").fill(username);
        userDialog.locator("[data-test=user-display-name]").fill("李伟");
        userDialog.locator("[data-test=user-email]").fill(username + "@hd-" + suffix + ".example.cn");
        userDialog.getByText("合作伙伴经理").click();
        userDialog.locator("[data-test=user-password]").fill(PASSWORD);
        userDialog.locator("[data-test=user-save]").click();
        page.locator("[data-test=user-search]").fill(username);
        Locator userRow = page.locator("[data-test=users] tr", new Page.LocatorOptions().setHasText("李伟"));
        assertThat(userRow).containsText(organisation);
        assertThat(userRow).containsText("合作伙伴经理");
        assertThat(userRow).containsText("从未登录");
        admin.screenshot("user-added");

        BrowserSession liWei = browser("zh-CN", 1280, 800, false).open("/login");
        Page his = liWei.page();
        his.locator("input[name=username]").fill(username);
        his.locator("input[name=password]").fill(PASSWORD);
        his.locator("[data-test=login-submit]").click();
        assertThat(his).hasURL(Pattern.compile("/portal$"));

        userRow.locator("[data-test=toggle-user]").click();
        page.locator(".el-message-box")
                .getByRole(
                        com.microsoft.playwright.options.AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("停用"))
                .click();
        assertThat(page.getByText("已停用“李伟”。")).isVisible();
        assertThat(userRow).hasCount(0); // the list shows active users unless asked otherwise
        page.locator("[data-test=user-state-filter]").click();
        page.getByRole(
                        com.microsoft.playwright.options.AriaRole.OPTION,
                        new Page.GetByRoleOptions().setName("已停用").setExact(true))
                .click();
        assertThat(userRow.locator("[data-test=user-state]")).hasText("已停用");
        admin.screenshot("user-deactivated");

        his.reload();
        assertThat(his).hasURL(Pattern.compile("/login\\?deactivated"));
        assertThat(his.locator("[data-test=login-error]")).containsText("您的账号已被停用");
        liWei.screenshot("signed-out-with-reason");

        his.locator("input[name=username]").fill(username);
        his.locator("input[name=password]").fill(PASSWORD);
        his.locator("[data-test=login-submit]").click();
        assertThat(his.locator("[data-test=login-error]")).containsText("您的账号已被停用");
        assertThat(his).hasURL(Pattern.compile("/login"));
    }

    @Test
    void onAPhoneTheAdminScreenFitsAndOthersNeverSeeIt() {
        BrowserSession admin = phone().signIn("admin");
        Page page = admin.page();
        page.navigate("/admin?tab=users");
        assertThat(page.locator("[data-test=users]")).containsText("Precision Parts Ltd");
        Object overflow = page.evaluate("document.documentElement.scrollWidth > window.innerWidth + 1");
        org.assertj.core.api.Assertions.assertThat(overflow)
                .as("no sideways scrolling")
                .isEqualTo(false);
        var action = page.locator("[data-test=toggle-user]").first().boundingBox();
        org.assertj.core.api.Assertions.assertThat(action.x + action.width)
                .as("a row's actions are on screen, not behind a sideways scroll")
                .isLessThanOrEqualTo(BrowserSession.PHONE[0]);
        admin.screenshot("users-on-phone");

        Page pm = browser().signIn("pm").page();
        assertThat(pm.locator("[data-test=navigation]")).not().containsText("Administration");
        pm.navigate("/admin");
        assertThat(pm).hasURL(Pattern.compile("/inbox$"));
    }

    @Test
    void aPartnerManagerSeesOnlyItsOwnPeopleInThePortal() {
        BrowserSession manager = browser("zh-CN", 1280, 800, false).signIn("supplier-a");
        Page page = manager.page();
        page.locator("[data-test=navigation]").getByText("成员管理").click();
        assertThat(page).hasURL(Pattern.compile("/portal/team$"));
        assertThat(page.locator("[data-test=team] h1")).hasText("Precision Parts Ltd 的成员");
        assertThat(page.locator("[data-test=colleagues]")).containsText("supplier-a");
        assertThat(page.locator("[data-test=colleagues]")).not().containsText("supplier-b");
        assertThat(page.locator("[data-test=colleagues]")).not().containsText("engineer");
        manager.screenshot("own-people");

        Page customer = browser().signIn("customer").page();
        customer.navigate("/portal/team");
        assertThat(customer).hasURL(Pattern.compile("/customer$"));
    }
}
