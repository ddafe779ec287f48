package io.crossflow.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.crossflow.testing.IntegrationTest;
import io.crossflow.testing.TestClients;
import io.crossflow.testing.browser.BrowserSession;
import io.crossflow.testing.browser.BrowserTest;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Inbox, task page and completion on a phone held upright (375×812): stacked, no sideways scrolling. */
@IntegrationTest
class PhoneBrowserIT extends BrowserTest {

    @Autowired
    TestClients clients;

    private static void fitsTheScreen(Page page) {
        Number width = (Number) page.evaluate("document.documentElement.scrollWidth");
        assertThat(width.intValue()).as("page width on a 375 px phone").isLessThanOrEqualTo(375);
    }

    private static void bigEnoughToTap(Locator control) {
        var box = control.boundingBox();
        assertThat(box.height).as("touch target height").isGreaterThanOrEqualTo(40);
    }

    @Test
    void managerCompletesATaskFromTheInboxOnAPhone() {
        InboxBrowserIT.ReviewSetup setup = InboxBrowserIT.deliveredHandoff(clients, "Phone review");
        BrowserSession phone = phone().signIn("pm");
        Page page = phone.page();
        assertThat(page).hasURL(Pattern.compile("/inbox$"));
        assertThat(page.locator("[data-test=inbox-count-all]")).hasText(Pattern.compile("\\d+"));
        fitsTheScreen(page);
        phone.screenshot("inbox");

        page.locator("[data-test=inbox-search]").fill(setup.projectName());
        Locator row = page.locator("[data-test=task-row]");
        assertThat(row).hasCount(1);
        assertThat(row.first()).containsText("Review delivery");
        bigEnoughToTap(row.first().locator("a"));
        fitsTheScreen(page);
        phone.screenshot("searched");

        row.first().tap();
        assertThat(page.locator("[data-test=task-name]")).hasText("Review delivery");
        assertThat(page.getByLabel("Approve delivery")).isVisible();
        Locator complete = page.locator("[data-test=task-complete]");
        bigEnoughToTap(complete);
        assertThat(complete.boundingBox().width).isGreaterThan(300);
        fitsTheScreen(page);
        phone.screenshot("task");

        // without a decision the server's error is shown on the field, also on a phone
        complete.tap();
        assertThat(page.locator("[data-test=task-errors]")).containsText("Outcome: is required");
        fitsTheScreen(page);
        phone.screenshot("error");

        page.getByLabel("Approve delivery").check();
        page.getByLabel("Comment for the partner").fill("Approved on the shop floor.");
        complete.tap();
        assertThat(page).hasURL(Pattern.compile("/inbox"));
        assertThat(page.getByText("Task completed: Review delivery")).isVisible();
        page.locator("[data-test=inbox-search]").fill(setup.projectName());
        assertThat(page.locator("[data-test=task-list-empty]")).isVisible();
        fitsTheScreen(page);
        phone.screenshot("completed");
    }

    @Test
    void thePortalFitsAPhone() {
        BrowserSession phone = phone().signIn("supplier-a");
        Page page = phone.page();
        assertThat(page).hasURL(Pattern.compile("/portal$"));
        for (String section : new String[] {"tasks", "work", "tickets", "deliveries"}) {
            assertThat(page.locator("[data-test=portal-" + section + "] h2 .count"))
                    .isVisible();
        }
        bigEnoughToTap(page.locator("[data-test=portal-new-ticket]"));
        fitsTheScreen(page);
        phone.screenshot("portal");
    }
}
