package io.crossflow.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import io.crossflow.testing.IntegrationTest;
import io.crossflow.testing.TestClients;
import io.crossflow.testing.browser.BrowserSession;
import io.crossflow.testing.browser.BrowserTest;
import io.crossflow.testing.idp.IdpPeople;
import io.crossflow.testing.idp.TestIdentityProvider;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * A tenant admin sets up its company's single sign-on in the SSO tab and tests it in a second tab
 * without being signed out; the sign-in page then offers it to addresses of its domain and on the
 * tenant's own sign-in address.
 */
@IntegrationTest
class SsoBrowserIT extends BrowserTest {

    @Autowired
    TestClients clients;

    @Value("${local.server.port}")
    int port;

    @Test
    void adminSetsUpSingleSignOnAndTestsItWhileStayingSignedIn() {
        // whatever other tests left: saved and off, so the switch below turns it on
        assertThat(clients.as("admin").put("/api/admin/sso", settings(false)).status())
                .isEqualTo(200);
        BrowserSession admin = browser("zh-CN", 1280, 900, false);
        Page page = admin.page();
        // the test IdP accepts the loopback address as redirect target (TestIdentityProvider)
        String app = "http://127.0.0.1:" + port;
        page.navigate(app + "/login");
        page.locator("input[name=username]").fill("admin");
        page.locator("input[name=password]").fill(TestClients.PASSWORD);
        page.locator("[data-test=login-submit]").click();
        // the first page of the JVM's first browser may take a while on a busy machine
        assertThat(page.locator("[data-test=user-menu]"))
                .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
        page.navigate(app + "/admin?tab=sso");
        assertThat(page.locator("[data-test=sso-panel]")).isVisible();
        assertThat(page.locator("[data-test=sso-redirect-uri]")).hasText(app + "/login/oauth2/code/tenant-demo");

        page.locator("[data-test=sso-issuer]").fill(TestIdentityProvider.get().issuer());
        page.locator("[data-test=sso-client-id]").fill(TestIdentityProvider.CLIENT_ID);
        page.locator("[data-test=sso-client-secret]").fill(TestIdentityProvider.CLIENT_SECRET);
        page.locator("[data-test=sso-domains]").fill("demo.example");
        page.locator("[data-test=sso-enabled]").click();
        page.locator("[data-test=sso-save]").click();
        assertThat(page.getByText("单点登录设置已保存。")).isVisible();
        assertThat(page.locator("[data-test=sso-secret-kept]")).isVisible();
        assertThat(page.locator("[data-test=sso-client-secret]")).hasValue("");
        admin.screenshot("sso-saved");

        Page popup =
                page.waitForPopup(() -> page.locator("[data-test=sso-test]").click());
        popup.locator("input[name=username]").fill(IdpPeople.ENGINEER.username());
        popup.locator("input[name=password]").fill(IdpPeople.PASSWORD);
        popup.locator("button[type=submit]").click();
        assertThat(popup).hasURL(Pattern.compile("/sso/test-result$"));
        assertThat(popup.locator("h1")).hasText("测试登录成功：找到了对应的用户");
        assertThat(popup.locator("body")).containsText("engineer");
        popup.screenshot(new Page.ScreenshotOptions()
                .setPath(BrowserSession.SCREENSHOTS.resolve(Path.of(
                        "SsoBrowserIT", "adminSetsUpSingleSignOnAndTestsItWhileStayingSignedIn", "test-result.png")))
                .setFullPage(true));
        popup.close();

        page.bringToFront();
        page.evaluate("window.dispatchEvent(new Event('focus'))");
        assertThat(page.locator("[data-test=sso-last-test]")).containsText("已匹配");
        assertThat(page.locator("[data-test=user-menu]")).isVisible();
        admin.screenshot("sso-tested");
        assertThat(admin.everythingReceived()).doesNotContain(TestIdentityProvider.CLIENT_SECRET);
    }

    @Test
    void theSignInPageOffersTheTenantsSsoForAnAddressOfItsDomain() {
        Map<String, Object> settings = Map.of(
                "enabled",
                true,
                "issuerUri",
                TestIdentityProvider.get().issuer(),
                "clientId",
                TestIdentityProvider.CLIENT_ID,
                "clientSecret",
                TestIdentityProvider.CLIENT_SECRET,
                "matchClaim",
                "email",
                "emailDomains",
                List.of("demo.example"));
        assertThat(clients.as("admin").put("/api/admin/sso", settings).status()).isEqualTo(200);

        BrowserSession phone = phone().open("/login");
        Page page = phone.page();
        page.locator("input[name=username]").fill("li.wei@demo.example");
        assertThat(page.locator("[data-test=tenant-sso]"))
                .containsText("Sign in with the single sign-on of Demo Manufacturing");
        assertThat(page.locator("[data-test=tenant-sso] a")).hasAttribute("href", "/oauth2/authorization/tenant-demo");
        phone.screenshot("offer-by-address");
        page.locator("input[name=username]").fill("li.wei@nowhere.example");
        assertThat(page.locator("[data-test=tenant-sso]")).isHidden();

        BrowserSession desk = browser("zh-CN", 1280, 800, false).open("/t/demo/login");
        assertThat(desk.page().locator("[data-test=tenant-sso]")).containsText("使用 Demo Manufacturing 的单点登录");
        desk.screenshot("tenant-login-page");

        BrowserSession adminPhone = phone().signIn("admin").open("/admin?tab=sso");
        assertThat(adminPhone.page().locator("[data-test=sso-secret-kept]"))
                .hasText("A secret is stored (never shown). Leave empty to keep it.");
        adminPhone.screenshot("sso-tab-phone");
    }

    private static Map<String, Object> settings(boolean enabled) {
        return Map.of(
                "enabled",
                enabled,
                "issuerUri",
                TestIdentityProvider.get().issuer(),
                "clientId",
                TestIdentityProvider.CLIENT_ID,
                "clientSecret",
                TestIdentityProvider.CLIENT_SECRET,
                "matchClaim",
                "email",
                "emailDomains",
                List.of("demo.example"));
    }
}
