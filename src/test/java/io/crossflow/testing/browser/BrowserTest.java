package io.crossflow.testing.browser;

import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.TestInfo;
import org.springframework.beans.factory.annotation.Value;

/**
 * Base of the {@code *BrowserIT} scenarios: real Chromium against the running app of the shared
 * test context ({@code @IntegrationTest} on the subclass). Each {@link #browser} call is one person
 * with its own session; all of them are closed after the test, with a last screenshot when it
 * failed or not. A test fails when any of its pages violated the Content-Security-Policy, whatever
 * it asserted itself ({@link BrowserSession#assertNoCspViolations}).
 */
public abstract class BrowserTest {

    /**
     * Assertions wait as long as actions do (the context's 15 s, {@link BrowserSession}): screens
     * load their chunks lazily, which on the shared 2-core build machine outlasted Playwright's 5 s
     * default. A wait, not a looser check: what is asserted is the same.
     */
    static {
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
    }

    @Value("${local.server.port}")
    private int port;

    private final List<BrowserSession> sessions = new ArrayList<>();
    private String scenario = "scenario";

    @org.junit.jupiter.api.BeforeEach
    void nameScenario(TestInfo info) {
        scenario = info.getTestClass().map(Class::getSimpleName).orElse("browser") + "/"
                + info.getTestMethod().map(m -> m.getName()).orElse("test");
    }

    /** A desktop browser (1280×800) in English. */
    protected BrowserSession browser() {
        return browser("en", 1280, 800, false);
    }

    protected BrowserSession browser(String language, int width, int height, boolean mobile) {
        BrowserSession session = new BrowserSession(
                "http://localhost:" + port,
                scenario + (sessions.isEmpty() ? "" : "-" + sessions.size()),
                language,
                width,
                height,
                mobile);
        sessions.add(session);
        return session;
    }

    /** A phone (375×812, touch) in English. */
    protected BrowserSession phone() {
        return browser("en", BrowserSession.PHONE[0], BrowserSession.PHONE[1], true);
    }

    @AfterEach
    void closeBrowsers() {
        List<String> violations = new ArrayList<>();
        for (BrowserSession session : sessions) {
            try {
                session.screenshot("last");
            } catch (RuntimeException alreadyGone) {
                // the page crashed or closed; nothing to capture
            }
            try {
                session.assertNoCspViolations();
            } catch (AssertionError violated) {
                violations.add(violated.getMessage());
            }
            session.close();
        }
        sessions.clear();
        if (!violations.isEmpty()) {
            throw new AssertionError(String.join("\n", violations));
        }
    }
}
