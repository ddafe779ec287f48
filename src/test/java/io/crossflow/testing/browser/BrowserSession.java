package io.crossflow.testing.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * One person in a browser: its own cookies, language and screen size. Screenshots land under
 * {@code target/browser-screenshots/<scenario>/} for a person to look at after the build.
 *
 * <p>The app's Content-Security-Policy is enforced (Playwright does not bypass it), and every
 * violation any page of this session reports is recorded ({@link #cspViolations}): {@link
 * BrowserTest} fails the test when there was one (docs/security.md, "Headers").
 */
public final class BrowserSession implements AutoCloseable {

    private static final double SIGN_IN_TIMEOUT_MS = 20_000;

    public static final Path SCREENSHOTS = Paths.get("target", "browser-screenshots");

    /** A phone held upright (iPhone X class). */
    public static final int[] PHONE = {375, 812};

    private final String baseUrl;
    private final String scenario;
    private final BrowserContext context;
    private final Page page;
    private final List<Received> received = new ArrayList<>();
    private final List<String> cspViolations = new ArrayList<>();
    private int shots;

    BrowserSession(String baseUrl, String scenario, String language, int width, int height, boolean mobile) {
        this.baseUrl = baseUrl;
        this.scenario = scenario;
        Browser.NewContextOptions options = new Browser.NewContextOptions()
                .setBaseURL(baseUrl)
                .setLocale(language)
                .setViewportSize(width, height)
                .setIsMobile(mobile)
                .setHasTouch(mobile)
                .setServiceWorkers(com.microsoft.playwright.options.ServiceWorkerPolicy.BLOCK);
        this.context = Browsers.shared().newContext(options);
        this.context.setDefaultTimeout(15_000);
        // every page of the session, from its first script on, across navigations
        this.context.exposeBinding(CSP_BINDING, (source, args) -> {
            synchronized (cspViolations) {
                cspViolations.add(String.valueOf(args[0]));
            }
            return null;
        });
        this.context.addInitScript(CSP_LISTENER);
        this.page = context.newPage();
        // a body is read once its request finished, right away: a response of a page the browser has
        // left may no longer have one, and an event stream never finishes (it is not recorded)
        page.onRequestFinished(request -> {
            if (!request.url().startsWith(baseUrl + "/api/")) {
                return;
            }
            String body;
            try {
                // both calls ask the browser, which may be closing when a last request finishes
                Response response = request.response();
                if (response == null) {
                    return;
                }
                body = response.text();
            } catch (PlaywrightException unavailable) {
                body = "";
            }
            synchronized (received) {
                received.add(new Received(request.url(), body));
            }
        });
    }

    private static final String CSP_BINDING = "__crossflowCspViolation";

    private static final String CSP_LISTENER = """
            document.addEventListener('securitypolicyviolation', (e) => {
              window.%s(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'}`
                + ` at ${e.sourceFile || location.href}:${e.lineNumber}:${e.columnNumber}`
                + (e.sample ? ` (${e.sample})` : ''));
            }, true);
            """.formatted(CSP_BINDING);

    public Page page() {
        return page;
    }

    /** The Content-Security-Policy violations this session's pages reported so far. */
    public List<String> cspViolations() {
        flushPageEvents();
        synchronized (cspViolations) {
            return List.copyOf(cspViolations);
        }
    }

    /** Fails, naming each violation, when a page of this session violated the Content-Security-Policy. */
    public void assertNoCspViolations() {
        List<String> violations = cspViolations();
        if (!violations.isEmpty()) {
            throw new AssertionError(
                    "Content-Security-Policy violated in " + scenario + ":\n  " + String.join("\n  ", violations));
        }
    }

    /** Takes (and forgets) the violations so far: for a test that provokes one on purpose. */
    public List<String> takeCspViolations() {
        List<String> taken = cspViolations();
        synchronized (cspViolations) {
            cspViolations.removeAll(taken);
        }
        return taken;
    }

    /** A round trip to every open page, so that violations reported before it have reached us. */
    private void flushPageEvents() {
        for (Page open : context.pages()) {
            try {
                open.evaluate("() => 0");
            } catch (PlaywrightException closedOrNavigating) {
                // nothing more to hear from it
            }
        }
    }

    public String baseUrl() {
        return baseUrl;
    }

    /**
     * Opens the sign-in page and signs in with the demo password; waits until the app shell shows.
     * The first screen after sign-in loads its chunks lazily, which on a loaded 2-core build machine
     * took longer than Playwright's 5 s default: this wait is for the page, not a looser check.
     */
    public BrowserSession signIn(String username) {
        page.navigate("/login");
        page.locator("input[name=username]").fill(username);
        page.locator("input[name=password]").fill("demo");
        page.locator("[data-test=login-submit]").click();
        assertThat(page.locator("[data-test=user-menu]"))
                .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(SIGN_IN_TIMEOUT_MS));
        return this;
    }

    public BrowserSession open(String path) {
        page.navigate(path);
        return this;
    }

    /** Saves a full-page screenshot as {@code NN-name.png} in this scenario's folder. */
    public Path screenshot(String name) {
        Path file = SCREENSHOTS.resolve(scenario).resolve(String.format(Locale.ROOT, "%02d-%s.png", ++shots, name));
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }

    /** The bodies of every /api response this browser received whose URL matches, for checking what reached the browser. */
    public List<String> apiBodies(Predicate<String> url) {
        synchronized (received) {
            return received.stream()
                    .filter(r -> url.test(r.url()))
                    .map(Received::body)
                    .toList();
        }
    }

    /** Every /api response body seen so far, joined: what the browser as a whole received. */
    public String everythingReceived() {
        return String.join("\n", apiBodies(u -> !u.contains("/api/notifications/stream")));
    }

    public void clickButton(String name) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile(Pattern.quote(name))))
                .first()
                .click();
    }

    private record Received(String url, String body) {}

    @Override
    public void close() {
        context.close();
    }
}
