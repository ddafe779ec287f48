package io.crossflow.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.crossflow.testing.IntegrationTest;
import io.crossflow.testing.browser.BrowserSession;
import io.crossflow.testing.browser.BrowserTest;
import org.junit.jupiter.api.Test;

/**
 * Camunda Cockpit in a real browser: the platform operator signs in through Cockpit's own login
 * page, which shows no error before sign-in, and reaches its dashboard (docs/security.md,
 * "Decisions").
 */
@IntegrationTest
class CockpitBrowserIT extends BrowserTest {

    @Test
    void operatorSignsInToCockpitAndSeesItsDashboard() {
        BrowserSession operator = browser();
        Page page = operator.page();
        page.navigate("/camunda/app/cockpit/default/");

        // the login page knows its engine before anyone signs in: no "engine does not exist" notice
        assertThat(page.getByPlaceholder("Username")).isVisible();
        assertThat(page.locator("body")).not().containsText("does not exist");
        page.getByPlaceholder("Username").fill("operator");
        page.getByPlaceholder("Password").fill("demo");
        operator.screenshot("login");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in"))
                .click();

        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Processes"))
                        .first())
                .isVisible();
        assertThat(page.getByPlaceholder("Password")).hasCount(0);
        assertThat(page.locator("body")).not().containsText("Login Failed");
        operator.screenshot("dashboard");
    }
}
