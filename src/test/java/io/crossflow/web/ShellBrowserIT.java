package io.crossflow.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import io.crossflow.testing.IntegrationTest;
import io.crossflow.testing.browser.BrowserSession;
import io.crossflow.testing.browser.BrowserTest;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The app shell in a real browser: signing in and out, navigation per role, language, 401. */
@IntegrationTest
class ShellBrowserIT extends BrowserTest {

    @Test
    void internalUserLandsInTheInboxWithItsTenantAndOrganisationShown() {
        BrowserSession pm = browser().signIn("pm");
        Page page = pm.page();
        assertThat(page).hasURL(Pattern.compile("/inbox$"));
        assertThat(page.locator("[data-test=organisation]")).containsText("Demo Manufacturing");
        assertThat(page.locator("[data-test=navigation]")).containsText("Projects");
        assertThat(page.locator("[data-test=navigation]")).not().containsText("Partner portal");
        assertThat(page.locator("[data-test=notification-bell]")).isVisible();
        pm.screenshot("inbox-after-sign-in");
    }

    @Test
    void partnerLandsInThePortalAndCustomerInTheProgressView() {
        Page supplier = browser().signIn("supplier-a").page();
        assertThat(supplier).hasURL(Pattern.compile("/portal$"));
        assertThat(supplier.locator("[data-test=navigation]")).not().containsText("Projects");

        Page customer = browser().signIn("customer").page();
        assertThat(customer).hasURL(Pattern.compile("/customer$"));
        // an address of the internal app leads a customer back to its own view
        customer.navigate("/projects");
        assertThat(customer).hasURL(Pattern.compile("/customer$"));
    }

    @Test
    void wrongPasswordIsExplainedAndNothingIsOpened() {
        BrowserSession session = browser().open("/login");
        Page page = session.page();
        page.locator("input[name=username]").fill("pm");
        page.locator("input[name=password]").fill("wrong");
        page.locator("[data-test=login-submit]").click();
        assertThat(page.locator("[data-test=login-error]")).containsText("User name or password is wrong");
        assertThat(page).hasURL(Pattern.compile("/login"));
        session.screenshot("wrong-password");
    }

    @Test
    void aLostSessionLeadsBackToSignInAndThenToThePageAskedFor() {
        BrowserSession pm = browser().signIn("pm");
        Page page = pm.page();
        page.context().clearCookies();
        page.navigate("/projects");
        assertThat(page).hasURL(Pattern.compile("/login\\?redirect=(%2F|/)projects$"));
        page.locator("input[name=username]").fill("pm");
        page.locator("input[name=password]").fill("demo");
        page.locator("[data-test=login-submit]").click();
        assertThat(page).hasURL(Pattern.compile("/projects$"));
    }

    @Test
    void signingOutEndsTheSession() {
        Page page = browser().signIn("engineer").page();
        page.locator("[data-test=user-menu]").click();
        page.locator("[data-test=sign-out]").click();
        assertThat(page).hasURL(Pattern.compile("/login\\?logout"));
        assertThat(page.getByText("You have signed out.")).isVisible();
        page.navigate("/inbox");
        assertThat(page).hasURL(Pattern.compile("/login"));
    }

    @Test
    void theChosenLanguageTurnsTheShellToChineseAndIsRemembered() {
        BrowserSession pm = browser().signIn("pm");
        Page page = pm.page();
        page.locator("[data-test=language-switch]").click();
        page.locator("[data-test=language-zh-CN]").click();
        assertThat(page.locator("[data-test=navigation]")).containsText("项目");
        assertThat(page.locator("[data-test=navigation]")).not().containsText("Projects");
        assertThat(page.locator("html")).hasAttribute("lang", "zh-CN");
        pm.screenshot("zh-CN");
        page.reload();
        assertThat(page.locator("[data-test=navigation]")).containsText("项目");
        page.locator("[data-test=language-switch]").click();
        page.locator("[data-test=language-en]").click();
        assertThat(page.locator("[data-test=navigation]")).containsText("Projects");
    }

    @Test
    void aChineseBrowserGetsChineseFromTheStart() {
        BrowserSession session = browser("zh-CN", 1280, 800, false).open("/login");
        assertThat(session.page().locator("[data-test=login-submit]")).hasText("登录");
    }

    @Test
    void theAppIsInstallable() {
        Page page = browser().open("/login").page();
        String manifest = page.locator("link[rel=manifest]").getAttribute("href");
        com.microsoft.playwright.APIResponse response = page.request().get(manifest);
        org.assertj.core.api.Assertions.assertThat(response.text()).contains("\"display\":\"standalone\"");
        org.assertj.core.api.Assertions.assertThat(page.request().get("/sw.js").status())
                .isEqualTo(200);
    }
}
