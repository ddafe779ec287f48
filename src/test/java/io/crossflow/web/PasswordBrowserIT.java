package io.crossflow.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import io.crossflow.notification.internal.OutboxDispatcher;
import io.crossflow.testing.IntegrationTest;
import io.crossflow.testing.Outboxes;
import io.crossflow.testing.TestClients;
import io.crossflow.testing.TestMailServer;
import io.crossflow.testing.browser.BrowserSession;
import io.crossflow.testing.browser.BrowserTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A person who forgot its password gets back in from the mailed link, and later changes it. */
@IntegrationTest
class PasswordBrowserIT extends BrowserTest {

    private static final Pattern LINK = Pattern.compile("https?://[^/\\s]+(/password-reset/[A-Za-z0-9_-]+)");

    @Autowired
    TestClients clients;

    @Autowired
    OutboxDispatcher dispatcher;

    @Test
    void aForgottenPasswordIsResetFromTheMailAndLaterChangedInTheUserMenu() throws Exception {
        TestMailServer.get().start();
        String username = "zhou-" + UUID.randomUUID().toString().substring(0, 8);
        String email = username + "@example.com";
        String organisation = clients.as("supplier-a")
                .get("/api/me")
                .json()
                .path("organisation")
                .path("id")
                .asText();
        clients.as("admin")
                .post(
                        "/api/admin/users",
                        Map.of(
                                "username",
                                username,
                                "displayName",
                                "周明",
                                "email",
                                email,
                                "language",
                                "zh-CN",
                                "organisationId",
                                organisation,
                                "capabilities",
                                List.of("PARTNER_MEMBER"),
                                "password",
                                "forgotten-harbour-11-mist"));

        BrowserSession session = browser("zh-CN", 1280, 800, false).open("/login");
        Page page = session.page();
        page.locator("[data-test=forgot-password]").click();
        page.locator("[data-test=reset-email]").fill(email);
        page.locator("[data-test=reset-ask]").click();
        assertThat(page.locator("[data-test=reset-sent]")).containsText("30 分钟");

        Outboxes.drain(dispatcher);
        Matcher link = LINK.matcher(
                TestMailServer.get().messagesTo(email).get(0).getContent().toString());
        org.assertj.core.api.Assertions.assertThat(link.find()).isTrue();
        page.navigate(link.group(1));
        page.locator("[data-test=reset-password]").fill(username + "-new-pass");
        page.locator("[data-test=reset-repeat]").fill(username + "-new-pass");
        page.locator("[data-test=reset-save]").click();
        assertThat(page.getByText("密码不能包含用户名或邮箱地址。")).isVisible();
        session.screenshot("password-with-username-refused");
        String chosen = "willow-lantern-63-tide";
        page.locator("[data-test=reset-password]").fill(chosen);
        page.locator("[data-test=reset-repeat]").fill(chosen);
        page.locator("[data-test=reset-save]").click();
        assertThat(page).hasURL(Pattern.compile("/login\\?reset"));
        assertThat(page.locator("[data-test=reset-done]")).isVisible();

        page.locator("input[name=username]").fill(username);
        page.locator("input[name=password]").fill(chosen);
        page.locator("[data-test=login-submit]").click();
        assertThat(page).hasURL(Pattern.compile("/portal"));

        page.locator("[data-test=user-menu]").click();
        page.locator("[data-test=change-password-open]").click();
        page.locator("[data-test=current-password]").fill("not-it-at-all");
        page.locator("[data-test=new-password]").fill("ember-valley-25-crane");
        page.locator("[data-test=repeat-password]").fill("ember-valley-25-crane");
        page.locator("[data-test=save-password]").click();
        assertThat(page.getByText("这不是您当前的密码。")).isVisible();
        page.locator("[data-test=current-password]").fill(chosen);
        page.locator("[data-test=save-password]").click();
        assertThat(page.getByText("密码已修改。")).isVisible();
        session.screenshot("password-changed");
    }
}
