package io.crossflow.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.crossflow.testing.Api;
import io.crossflow.testing.HandoffFixture;
import io.crossflow.testing.IntegrationTest;
import io.crossflow.testing.TestClients;
import io.crossflow.testing.browser.BrowserSession;
import io.crossflow.testing.browser.BrowserTest;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The project manager works a review task from the inbox: search, open, diagram, history, approve. */
@IntegrationTest
class InboxBrowserIT extends BrowserTest {

    @Autowired
    TestClients clients;

    /** A fresh project of pm with one delivered hand-off: its review task waits in pm's inbox. */
    record ReviewSetup(String projectName, String workItemTitle, String workItemId, String reviewTaskId) {}

    static ReviewSetup deliveredHandoff(TestClients clients, String prefix) {
        HandoffFixture fixture = new HandoffFixture(clients);
        String projectName = HandoffFixture.unique(prefix);
        String project = fixture.projectWithSupplierA(projectName);
        String title = HandoffFixture.unique("Gear cover");
        String item = fixture.workItem(
                project,
                fixture.organisationId(project, HandoffFixture.SUPPLIER_A),
                title,
                LocalDate.now().plusDays(10));
        fixture.handoff("pm", item, LocalDate.now().plusDays(5));
        Api supplier = clients.as("supplier-a");
        String accept = HandoffFixture.onlyTask(supplier, item, "Accept work package");
        assertThat(supplier.post("/api/tasks/" + accept + "/complete", Map.of("decision", "accept"))
                        .status())
                .isEqualTo(204);
        String deliver = HandoffFixture.onlyTask(supplier, item, "Deliver work package");
        assertThat(supplier.post("/api/tasks/" + deliver + "/complete", Map.of("deliverableReference", "DOC-4711"))
                        .status())
                .isEqualTo(204);
        String review = HandoffFixture.onlyTask(clients.as("pm"), item, "审核交付"); // pm's language
        return new ReviewSetup(projectName, title, item, review);
    }

    @Test
    void managerFindsTheReviewTaskSeesWhereTheProcessStandsAndApprovesIt() {
        ReviewSetup setup = deliveredHandoff(clients, "Inbox review");
        BrowserSession pm = browser().signIn("pm");
        Page page = pm.page();
        assertThat(page).hasURL(Pattern.compile("/inbox$"));
        assertThat(page.locator("[data-test=inbox-count-all]")).hasText(Pattern.compile("\\d+"));
        pm.screenshot("inbox");

        // the search narrows the list to the one task of the fresh project
        page.locator("[data-test=inbox-search]").fill(setup.projectName());
        Locator rows = page.locator("[data-test=task-row]");
        assertThat(rows).hasCount(1);
        assertThat(rows.first().locator("[data-test=task-title]")).hasText("Review delivery");
        assertThat(rows.first().locator("[data-test=task-project]"))
                // the name and the project code; escaped by hand: the browser's regex has no \Q…\E
                .hasText(java.util.regex.Pattern.compile("^"
                        + setup.projectName().replaceAll("[.*+?^${}()|\\[\\]\\\\]", "\\\\$0") + " \\(PRJ-\\d+\\)$"));
        assertThat(rows.first().locator("[data-test=task-process]")).isVisible();
        assertThat(rows.first().locator("[data-test=task-state]")).hasText("Open to claim");
        assertThat(page).hasURL(Pattern.compile("q="));
        pm.screenshot("searched");

        rows.first().click();
        assertThat(page).hasURL(Pattern.compile("/tasks/" + setup.reviewTaskId()));
        assertThat(page.locator("[data-test=task-name]")).hasText("Review delivery");
        assertThat(page.locator("[data-test=task-work-item]")).containsText(setup.workItemTitle());
        assertThat(page.getByLabel("Approve delivery")).isVisible();
        pm.screenshot("task");

        // the diagram marks the step waiting now and the steps passed
        page.getByRole(com.microsoft.playwright.options.AriaRole.TAB, new Page.GetByRoleOptions().setName("Process"))
                .click();
        Locator diagram = page.locator("[data-test=process-diagram]");
        assertThat(diagram.locator("[data-element-id=ReviewDelivery].cf-active"))
                .isVisible();
        assertThat(diagram.locator("[data-element-id=DeliverWorkPackage].cf-done"))
                .isVisible();
        assertThat(diagram.locator("[data-element-id=AcceptWorkPackage].cf-done"))
                .isVisible();
        assertThat(diagram.locator(".cf-active")).hasCount(1);
        pm.screenshot("diagram");

        page.getByRole(com.microsoft.playwright.options.AriaRole.TAB, new Page.GetByRoleOptions().setName("History"))
                .click();
        Locator history = page.locator("[data-test=task-history]");
        assertThat(history).containsText("Accept work package");
        assertThat(history).containsText("Deliver work package");
        assertThat(history).containsText("Review delivery");
        pm.screenshot("history");

        // a comment is kept with the task
        page.getByRole(com.microsoft.playwright.options.AriaRole.TAB, new Page.GetByRoleOptions().setName("Comments"))
                .click();
        page.locator("[data-test=comment-text]").fill("Checked DOC-4711, looks good.");
        page.locator("[data-test=comment-send]").click();
        assertThat(page.locator("[data-test=task-comments]")).containsText("Checked DOC-4711, looks good.");

        page.locator("[data-test=task-claim]").click();
        assertThat(page.locator("[data-test=task-claim-state]")).containsText("You hold this task.");
        page.getByLabel("Approve delivery").check();
        pm.screenshot("approving");
        page.locator("[data-test=task-complete]").click();

        assertThat(page).hasURL(Pattern.compile("/inbox"));
        assertThat(page.getByText("Task completed: Review delivery")).isVisible();
        page.locator("[data-test=inbox-search]").fill(setup.projectName());
        assertThat(page.locator("[data-test=task-list-empty]")).hasText("No task matches these filters.");
        assertThat(page.locator("[data-test=task-row]")).hasCount(0);
        pm.screenshot("gone-from-inbox");
        assertThat(HandoffFixture.inbox(clients.as("pm"), setup.workItemId())
                        .path("total")
                        .asLong())
                .isZero();
    }

    @Test
    void theOverdueViewAndTheProjectFilterNarrowTheList() {
        ReviewSetup setup = deliveredHandoff(clients, "Inbox filter");
        BrowserSession pm = browser().signIn("pm");
        Page page = pm.page();
        page.locator("[data-test=inbox-search]").fill(setup.projectName());
        assertThat(page.locator("[data-test=task-row]")).hasCount(1);
        // the review task has no due date: it is in no overdue list
        page.locator("[data-test=inbox-view-overdue]").click();
        assertThat(page).hasURL(Pattern.compile("view=overdue"));
        assertThat(page.locator("[data-test=task-row]")).hasCount(0);
        assertThat(page.locator("[data-test=task-list-empty]")).isVisible();
        pm.screenshot("overdue-view");
        page.locator("[data-test=inbox-clear]").click();
        assertThat(page).hasURL(Pattern.compile("/inbox$"));
        assertThat(page.locator("[data-test=inbox-search]")).hasValue("");
    }
}
