package io.crossflow.testing.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
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
 */
public final class BrowserSession implements AutoCloseable {

    public static final Path SCREENSHOTS = Paths.get("target", "browser-screenshots");

    /** A phone held upright (iPhone X class). */
    public static final int[] PHONE = {375, 812};

    private final String baseUrl;
    private final String scenario;
    private final BrowserContext context;
    private final Page page;
    private final List<Response> apiResponses = new ArrayList<>();
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
        this.page = context.newPage();
        page.onResponse(response -> {
            if (response.url().startsWith(baseUrl + "/api/")) {
                synchronized (apiResponses) {
                    apiResponses.add(response);
                }
            }
        });
    }

    public Page page() {
        return page;
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** Opens the sign-in page and signs in with the demo password; waits until the app shell shows. */
    public BrowserSession signIn(String username) {
        page.navigate("/login");
        page.locator("input[name=username]").fill(username);
        page.locator("input[name=password]").fill("demo");
        page.locator("[data-test=login-submit]").click();
        assertThat(page.locator("[data-test=user-menu]")).isVisible();
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
        List<Response> seen;
        synchronized (apiResponses) {
            seen = List.copyOf(apiResponses);
        }
        List<String> bodies = new ArrayList<>();
        for (Response r : seen) {
            if (url.test(r.url())) {
                try {
                    bodies.add(r.text());
                } catch (RuntimeException streamOrRedirect) {
                    // an event stream or an aborted request has no body to inspect
                }
            }
        }
        return bodies;
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

    @Override
    public void close() {
        context.close();
    }
}
