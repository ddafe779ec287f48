package io.crossflow.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.crossflow.notification.internal.OutboxDispatcher;
import io.crossflow.testing.Api;
import io.crossflow.testing.HandoffFixture;
import io.crossflow.testing.IntegrationTest;
import io.crossflow.testing.Outboxes;
import io.crossflow.testing.TestClients;
import io.crossflow.testing.TestMailServer;
import io.crossflow.testing.browser.BrowserSession;
import io.crossflow.testing.browser.BrowserTest;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A partner is brought in as its people would experience it: the admin invites its manager, the
 * manager accepts from the e-mail and invites a colleague, the colleague gets work, and leaves.
 */
@IntegrationTest
class OnboardingBrowserIT extends BrowserTest {

    private static final Pattern LINK = Pattern.compile("https?://[^/\\s]+(/invitations/[A-Za-z0-9_-]+)");
    private static final String PASSWORD = "kiln-orchard-47-silver";

    @Autowired
    TestClients clients;

    @Autowired
    OutboxDispatcher dispatcher;

    @Test
    void anInvitedPartnerManagerBringsAColleagueWhoGetsWorkAndIsTakenOutAgain() {
        TestMailServer.get().start();
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String organisation = "华东精密铸造有限公司 " + suffix;
        String organisationId = clients.as("admin")
                .post("/api/admin/organisations", Map.of("name", organisation, "kind", "PARTNER"))
                .json()
                .path("id")
                .asText();
        String liWei = "li.wei-" + suffix + "@hdcasting.example.cn";
        String colleague = "wang.fang-" + suffix + "@hdcasting.example.cn";

        BrowserSession admin = browser("zh-CN", 1280, 800, false).signIn("admin");
        Page adminPage = admin.page();
        adminPage.navigate("/admin?tab=invitations");
        adminPage.locator("[data-test=invite]").click();
        Locator dialog = adminPage.locator("[data-test=invite-dialog]");
        dialog.locator("[data-test=invite-emails]").fill(liWei);
        dialog.locator("[data-test=invite-organisation]").click();
        adminPage
                .getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(organisation + " · 合作伙伴"))
                .click();
        dialog.getByText("合作伙伴经理").click();
        dialog.locator("[data-test=invite-send]").click();
        Locator row = adminPage.locator("[data-test=invitations] tr", new Page.LocatorOptions().setHasText(liWei));
        assertThat(row.locator("[data-test=invitation-status]")).hasText("待接受");
        admin.screenshot("invitation-sent");

        BrowserSession his = browser("zh-CN", 1280, 800, false).open(linkIn(mailTo(liWei)));
        Page hisPage = his.page();
        assertThat(hisPage.locator("[data-test=accept-invitation] h1")).containsText(organisation);
        hisPage.locator("[data-test=invitee-name]").fill("李伟");
        hisPage.locator("[data-test=invitee-password]").fill("short");
        hisPage.locator("[data-test=invitee-repeat]").fill("short");
        hisPage.locator("[data-test=accept-submit]").click();
        assertThat(hisPage.getByText("至少使用 12 个字符。")).isVisible();
        his.screenshot("weak-password-refused");
        hisPage.locator("[data-test=invitee-password]").fill(PASSWORD);
        hisPage.locator("[data-test=invitee-repeat]").fill(PASSWORD);
        hisPage.locator("[data-test=accept-submit]").click();
        assertThat(hisPage).hasURL(Pattern.compile("/portal\\?welcome"));
        assertThat(hisPage.locator("[data-test=welcome]")).containsText("欢迎");
        assertThat(hisPage.locator("[data-test=organisation]")).containsText(organisation);
        his.screenshot("portal-first-visit");

        hisPage.locator("[data-test=navigation]").getByText("成员管理").click();
        hisPage.locator("[data-test=invite-colleague]").click();
        hisPage.locator("[data-test=invite-dialog] [data-test=invite-emails]").fill(colleague);
        hisPage.locator("[data-test=invite-dialog] [data-test=invite-send]").click();
        assertThat(hisPage.getByText("已发送 1 份邀请。")).isVisible();

        BrowserSession hers = browser("zh-CN", 1280, 800, false).open(linkIn(mailTo(colleague)));
        Page herPage = hers.page();
        herPage.locator("[data-test=invitee-name]").fill("王芳");
        herPage.locator("[data-test=invitee-password]").fill(PASSWORD);
        herPage.locator("[data-test=invitee-repeat]").fill(PASSWORD);
        herPage.locator("[data-test=accept-submit]").click();
        assertThat(herPage).hasURL(Pattern.compile("/portal"));

        Api pm = clients.as("pm");
        HandoffFixture fixture = new HandoffFixture(clients);
        String project = fixture.projectId(HandoffFixture.GEARBOX);
        pm.post(
                "/api/projects/" + project + "/participants",
                Map.of("organisationId", organisationId, "role", "SUPPLIER"));
        String title = "铸件外壳 " + suffix;
        String item =
                fixture.workItem(project, organisationId, title, LocalDate.now().plusDays(10));
        fixture.handoff("pm", item, null);
        herPage.reload();
        assertThat(herPage.locator("[data-test=portal-tasks] [data-test=task-title]"))
                .hasCount(1);
        assertThat(herPage.locator("[data-test=portal-work]")).containsText(title);
        hers.screenshot("colleague-sees-the-task");

        String herId = clients.as("admin")
                .get("/api/admin/users?q=" + colleague)
                .json()
                .get(0)
                .path("id")
                .asText();
        clients.as("admin").post("/api/admin/users/" + herId + "/deactivate", null);
        herPage.reload();
        assertThat(herPage).hasURL(Pattern.compile("/login\\?deactivated"));
        assertThat(herPage.locator("[data-test=login-error]")).containsText("您的账号已被停用");
        hers.screenshot("taken-out");
    }

    private MimeMessage mailTo(String address) {
        Outboxes.drain(dispatcher);
        List<MimeMessage> mails = TestMailServer.get().messagesTo(address);
        org.assertj.core.api.Assertions.assertThat(mails)
                .as("invitation mail to " + address)
                .hasSize(1);
        return mails.get(0);
    }

    private static String linkIn(MimeMessage mail) {
        try {
            Matcher m = LINK.matcher(mail.getContent().toString());
            org.assertj.core.api.Assertions.assertThat(m.find()).isTrue();
            return m.group(1);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
