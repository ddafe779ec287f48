package io.crossflow.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import io.crossflow.testing.IntegrationTest;
import io.crossflow.testing.browser.BrowserSession;
import io.crossflow.testing.browser.BrowserTest;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Content-Security-Policy in a real browser: what an attacker would inject is blocked, the
 * browser reports it to {@code /api/csp-reports}, and the hook every browser test runs under
 * ({@link BrowserTest}) fails on it. The other {@code *BrowserIT} classes prove the app itself
 * works under the policy: any violation of theirs fails them.
 */
@IntegrationTest
class SecurityPolicyBrowserIT extends BrowserTest {

    @Autowired
    MeterRegistry meters;

    @Test
    void anInjectedInlineScriptDoesNotRunIsReportedAndFailsTheBrowserTest() {
        double reportedBefore = reported("script-src-elem");
        BrowserSession pm = browser().signIn("pm");
        Page page = pm.page();

        page.evaluate("() => { const s = document.createElement('script');"
                + " s.textContent = 'window.__injected = \"script\"'; document.body.appendChild(s); }");

        assertThat(page.evaluate("() => window.__injected === undefined")).isEqualTo(true);
        assertThatThrownBy(pm::assertNoCspViolations)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("script-src-elem blocked inline");
        List<String> violations = pm.takeCspViolations();
        assertThat(violations).singleElement().asString().startsWith("script-src-elem blocked inline");
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(reported("script-src-elem")).isGreaterThan(reportedBefore));
    }

    @Test
    void anInjectedEventHandlerAttributeDoesNotRun() {
        BrowserSession pm = browser().signIn("pm");
        Page page = pm.page();

        page.evaluate("() => { const d = document.createElement('div');"
                + " d.innerHTML = '<img src=\"/icon.svg\" onload=\"window.__injected = 1\">';"
                + " document.body.appendChild(d); }");
        assertThat(page.locator("img[src='/icon.svg']")).hasCount(1);

        // the handler is refused when the image's load event would run it, a moment after it loaded
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(pm.cspViolations()).isNotEmpty());
        assertThat(page.evaluate("() => window.__injected === undefined")).isEqualTo(true);
        assertThat(pm.takeCspViolations()).singleElement().asString().startsWith("script-src-attr blocked inline");
    }

    @Test
    void theApiDocumentationWorksUnderThePolicy() {
        Page page = browser().signIn("admin").open("/swagger-ui/index.html").page();

        // springdoc builds the API description on its first request: slow on a busy machine
        assertThat(page.locator(".swagger-ui .info .title"))
                .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
    }

    private double reported(String directive) {
        Counter counter = meters.find("crossflow.csp.violations")
                .tag("directive", directive)
                .counter();
        return counter == null ? 0 : counter.count();
    }
}
