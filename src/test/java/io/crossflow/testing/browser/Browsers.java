package io.crossflow.testing.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

/**
 * One headless Debian Chromium for the whole test JVM, started on first use and closed when the
 * JVM ends: starting a browser costs seconds, a fresh context per test costs milliseconds.
 * Playwright never downloads a browser here (PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD, STACK-NOTES).
 */
final class Browsers {

    static final Path CHROMIUM = Paths.get(System.getProperty("crossflow.chromium", "/usr/bin/chromium"));

    private static Playwright playwright;
    private static Browser browser;

    private Browsers() {}

    static synchronized Browser shared() {
        if (browser == null) {
            if (!Files.isExecutable(CHROMIUM)) {
                throw new IllegalStateException(
                        "Browser tests need Chromium at " + CHROMIUM + ": apt-get install -y chromium (.ci/run does)");
            }
            playwright = Playwright.create(
                    new Playwright.CreateOptions().setEnv(java.util.Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            browser = playwright
                    .chromium()
                    .launch(new BrowserType.LaunchOptions()
                            .setExecutablePath(CHROMIUM)
                            .setHeadless(true)
                            .setArgs(List.of(
                                    "--no-sandbox",
                                    "--headless",
                                    "--disable-gpu",
                                    "--disable-background-networking",
                                    "--disable-component-update",
                                    "--disable-sync",
                                    "--no-first-run",
                                    "--disable-quic")));
            Runtime.getRuntime().addShutdownHook(new Thread(Browsers::close, "close-chromium"));
        }
        return browser;
    }

    private static synchronized void close() {
        if (playwright != null) {
            playwright.close();
            playwright = null;
            browser = null;
        }
    }
}
