package io.crossflow.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import io.crossflow.testing.Api;
import io.crossflow.testing.IntegrationTest;
import io.crossflow.testing.TestClients;
import io.crossflow.testing.browser.BrowserSession;
import io.crossflow.testing.browser.BrowserTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The admin imports people from a file after a preview, and staffs a project from its Team tab. */
@IntegrationTest
class PeopleBulkBrowserIT extends BrowserTest {

    @Autowired
    TestClients clients;

    @Test
    void theImportPreviewMarksTheBadCellAndImportsOnlyAFileWithoutErrors() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String code = "BR" + suffix.toUpperCase().substring(0, 4);
        String domain = "br" + suffix + ".example.cn";
        Api.Response organisation = clients.as("admin")
                .post(
                        "/api/admin/organisations",
                        Map.of(
                                "name",
                                "华东精密铸造有限公司 " + suffix,
                                "kind",
                                "PARTNER",
                                "shortCode",
                                code,
                                "emailDomains",
                                List.of(domain)));
        org.assertj.core.api.Assertions.assertThat(organisation.status()).isEqualTo(201);
        String good = "姓名,邮箱,手机,组织,能力\n李伟,li.wei@" + domain + ",+86 138 0013 8000," + code + ",合作伙伴经理\n"
                + "张敏,zhang.min@" + domain + ",," + code + ",合作伙伴成员\n";
        String bad = good + "王芳,wang.fang@" + domain + ",," + code + ",经理\n";

        BrowserSession admin = browser("zh-CN", 1280, 800, false).signIn("admin");
        Page page = admin.page();
        page.navigate("/admin?tab=users");
        page.locator("[data-test=import-users]").click();
        Locator dialog = page.locator("[data-test=import-dialog]");
        assertThat(dialog.locator("[data-test=import-template-xlsx]")).isVisible();
        dialog.locator("[data-test=import-file]").setInputFiles(csv("用户.csv", bad));
        assertThat(dialog.locator("[data-test=import-summary]")).containsText("3 行中有 1 行有错误");
        assertThat(dialog.locator("[data-test=import-bad-cell]")).containsText("合作伙伴用户只能获得合作伙伴权限。");
        assertThat(dialog.locator("[data-test=import-confirm]")).isDisabled();
        admin.screenshot("import-preview-with-error");

        dialog.locator("[data-test=import-file]").setInputFiles(csv("用户.csv", good));
        assertThat(dialog.locator("[data-test=import-summary]")).containsText("全部 2 行均无误");
        assertThat(dialog.locator("[data-test=import-preview]")).containsText("li.wei@" + domain);
        admin.screenshot("import-preview-ready");
        dialog.locator("[data-test=import-confirm]").click();
        assertThat(page.getByText("已导入并邀请 2 人。")).isVisible();
        page.locator("[data-test=user-state-filter]").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("启用和已停用"))
                .click();
        page.locator("[data-test=user-search]").fill(domain);
        assertThat(page.locator("[data-test=users] tr", new Page.LocatorOptions().setHasText("li.wei@" + domain)))
                .containsText("已邀请");
        admin.screenshot("imported-users-invited");

        BrowserSession phone = phone().signIn("admin");
        phone.page().navigate("/admin?tab=users");
        phone.page().locator("[data-test=import-users]").click();
        phone.page()
                .locator("[data-test=import-dialog] [data-test=import-file]")
                .setInputFiles(
                        csv("users.csv", bad.replace("姓名,邮箱,手机,组织,能力", "name,email,mobile,organisation,capabilities")));
        assertThat(phone.page().locator("[data-test=import-summary]")).containsText("1 of 3 rows have errors");
        phone.screenshot("import-preview-on-phone");
    }

    @Test
    void theAdminAddsAPartnerToAProjectAndRemovesItAgainFromTheTeamTab() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String partner = "Staffing Partner " + suffix;
        clients.as("admin").post("/api/admin/organisations", Map.of("name", partner, "kind", "PARTNER"));
        String project = clients.as("pm")
                .post("/api/projects", Map.of("name", "Team tab " + suffix))
                .json()
                .path("id")
                .asText();

        BrowserSession admin = browser().signIn("admin");
        Page page = admin.page();
        page.navigate("/projects/" + project + "?tab=team");
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Team"))
                .click();
        Locator team = page.locator("[data-test=team]");
        page.locator("[data-test=team-add-organisation]").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(partner))
                .click();
        page.locator("[data-test=team-add-organisation-button]").click();
        Locator row =
                team.locator("[data-test=team-organisations] tr", new Locator.LocatorOptions().setHasText(partner));
        assertThat(row).containsText("Supplier");
        admin.screenshot("partner-added");

        row.locator("[data-test=remove-organisation]").click();
        page.locator(".el-message-box")
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Remove"))
                .click();
        assertThat(page.getByText(partner + " removed from the project.")).isVisible();
        assertThat(row).hasCount(0);
        admin.screenshot("partner-removed");

        BrowserSession zh = browser("zh-CN", BrowserSession.PHONE[0], BrowserSession.PHONE[1], true)
                .signIn("pm");
        zh.page().navigate("/projects/" + project + "?tab=team");
        zh.page()
                .getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("成员与组织"))
                .click();
        assertThat(zh.page().locator("[data-test=team-members]")).containsText("王经理");
        zh.screenshot("team-on-phone-zh");
    }

    @Test
    void theAdminGivesAnIntegrationAServiceUserAndATokenShownOnce() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        BrowserSession admin = browser("zh-CN", 1280, 800, false).signIn("admin");
        Page page = admin.page();
        page.navigate("/admin?tab=service");
        page.locator("[data-test=add-service-user]").click();
        Locator dialog = page.locator("[data-test=service-user-dialog]");
        dialog.locator("[data-test=service-user-display-name]").fill("SAP ERP " + suffix);
        dialog.locator("[data-test=service-user-username]").fill("sap-erp-" + suffix);
        dialog.locator("[data-test=service-user-save]").click();
        Locator card =
                page.locator("[data-test=service-user]", new Page.LocatorOptions().setHasText("SAP ERP " + suffix));
        card.locator("[data-test=issue-token]").click();
        page.locator("[data-test=token-dialog] [data-test=token-name]").fill("Orders feed");
        page.locator("[data-test=token-dialog] [data-test=token-issue]").click();
        Locator secret = page.locator("input[data-test=token-secret]");
        assertThat(secret).hasValue(java.util.regex.Pattern.compile("^cft_.{20,}"));
        admin.screenshot("token-secret-shown-once");
        page.locator("[data-test=token-secret-done]").click();
        Locator token =
                card.locator("[data-test=service-tokens] tr", new Locator.LocatorOptions().setHasText("Orders feed"));
        assertThat(token.locator("[data-test=token-last-used]")).hasText("从未");
        assertThat(token).containsText("集成");
        token.locator("[data-test=revoke-token]").click();
        page.locator(".el-message-box")
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("吊销"))
                .click();
        assertThat(token).containsText("已吊销");
        admin.screenshot("token-revoked");
    }

    private static FilePayload csv(String name, String content) {
        return new FilePayload(name, "text/csv", content.getBytes(StandardCharsets.UTF_8));
    }
}
