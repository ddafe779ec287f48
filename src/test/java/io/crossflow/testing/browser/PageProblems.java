package io.crossflow.testing.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * What a scenario must not meet from the moment it starts watching a page: console errors and
 * failed requests (status 400 or more), except those it says it expects.
 */
public final class PageProblems {

    private final List<String> problems = new ArrayList<>();
    private final Predicate<String> expected;

    private PageProblems(Page page, Predicate<String> expected) {
        this.expected = expected;
        page.onConsoleMessage(m -> {
            if ("error".equals(m.type())) {
                problems.add("console: " + m.text());
            }
        });
        page.onResponse(r -> {
            if (r.status() >= 400) {
                problems.add(r.status() + " " + r.request().method() + " " + r.url());
            }
        });
    }

    /** Watches the page from now on; nothing is expected to fail. */
    public static PageProblems watch(Page page) {
        return new PageProblems(page, p -> false);
    }

    /** Watches the page from now on; problems matching {@code expected} are the scenario's own. */
    public static PageProblems watch(Page page, Predicate<String> expected) {
        return new PageProblems(page, expected);
    }

    public void assertNone(String who) {
        assertThat(problems.stream().filter(expected.negate()).toList())
                .as(who + ": console errors and failed requests")
                .isEmpty();
    }
}
