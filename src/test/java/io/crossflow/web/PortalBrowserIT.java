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

/**
 * A supplier delivers a handed-off work package through its portal; the server's field errors
 * land on the form's fields; the other supplier of the same project never receives any of it.
 */
@IntegrationTest
class PortalBrowserIT extends BrowserTest {

    @Autowired
    TestClients clients;

    @Test
    void supplierDeliversThroughThePortalAndTheServersFieldErrorShowsOnTheField() {
        HandoffFixture fixture = new HandoffFixture(clients);
        String project = fixture.projectId(HandoffFixture.GEARBOX);
        String title = HandoffFixture.unique("Machined flanges");
        String item = fixture.workItem(
                project,
                fixture.organisationId(project, HandoffFixture.SUPPLIER_A),
                title,
                LocalDate.now().plusDays(20));
        fixture.handoff("engineer", item, LocalDate.now().plusDays(1));
        Api supplierApi = clients.as("supplier-a");
        String accept = HandoffFixture.onlyTask(supplierApi, item, "Accept work package");
        assertThat(supplierApi
                        .post("/api/tasks/" + accept + "/complete", Map.of("decision", "accept"))
                        .status())
                .isEqualTo(204);
        String deliver = HandoffFixture.onlyTask(supplierApi, item, "Deliver work package");

        BrowserSession supplier = browser().signIn("supplier-a");
        Page page = supplier.page();
        assertThat(page).hasURL(Pattern.compile("/portal$"));
        Locator row = page.locator("[data-test=portal-tasks] [data-task-id='" + deliver + "']");
        assertThat(row.locator("[data-test=task-title]")).hasText("Deliver work package");
        assertThat(row.locator("[data-test=task-project]"))
                // the name and the project code; escaped by hand: the browser's regex has no \Q…\E
                .hasText(java.util.regex.Pattern.compile("^"
                        + HandoffFixture.GEARBOX.replaceAll("[.*+?^${}()|\\[\\]\\\\]", "\\\\$0") + " \\(PRJ-\\d+\\)$"));
        Locator work = page.locator(
                "[data-test=portal-work] [data-test=work-row]", new Page.LocatorOptions().setHasText(title));
        assertThat(work).containsText("Accepted");
        supplier.screenshot("portal");

        row.click();
        assertThat(page).hasURL(Pattern.compile("/tasks/" + deliver));
        assertThat(page.locator("[data-test=task-name]")).hasText("Deliver work package");
        assertThat(page.locator("[data-test=task-work-item]")).containsText(title);
        Locator reference = page.getByLabel("Deliverable (document number or link)");
        assertThat(reference).isVisible();
        supplier.screenshot("task");

        // the note filled, the required reference left empty: the server refuses, field by field
        page.getByLabel("Delivery note").fill("First batch, 40 pieces.");
        page.locator("[data-test=task-complete]").click();
        Locator field = page.locator(
                ".fjs-form-field", new Page.LocatorOptions().setHas(page.locator("#" + reference.getAttribute("id"))));
        assertThat(field.locator(".fjs-form-field-error")).hasText(Pattern.compile("^Is required\\.?$"));
        assertThat(page.locator("[data-test=task-errors]"))
                .containsText("Deliverable (document number or link): is required");
        assertThat(page).hasURL(Pattern.compile("/tasks/" + deliver));
        assertThat(page.getByLabel("Delivery note")).hasValue("First batch, 40 pieces.");
        supplier.screenshot("server-field-error");

        reference.fill("DOC-2026-0815");
        assertThat(field.locator(".fjs-form-field-error")).hasCount(0);
        page.locator("[data-test=task-complete]").click();
        assertThat(page).hasURL(Pattern.compile("/portal$"));
        assertThat(page.getByText("Task completed: Deliver work package")).isVisible();
        assertThat(page.locator("[data-test=portal-tasks] .count")).isVisible();
        assertThat(page.locator("[data-task-id='" + deliver + "']")).hasCount(0);
        assertThat(work).containsText("Delivered, in review");
        supplier.screenshot("delivered");
        assertThat(HandoffFixture.inbox(supplierApi, item).path("total").asLong())
                .isZero();
        // the delivery reached the project's managers
        assertThat(HandoffFixture.onlyTask(clients.as("pm"), item, "审核交付")).isNotBlank();
    }

    @Test
    void theOtherSupplierOfTheProjectReceivesNothingOfTheHandOffNorOfBudgets() {
        HandoffFixture fixture = new HandoffFixture(clients);
        String title = HandoffFixture.unique("Confidential housings");
        String item = fixture.handedOffToSupplierA(title);
        String task = HandoffFixture.onlyTask(clients.as("supplier-a"), item, "Accept work package");

        BrowserSession other = browser().signIn("supplier-b");
        Page page = other.page();
        assertThat(page).hasURL(Pattern.compile("/portal$"));
        for (String section : new String[] {"tasks", "work", "tickets", "deliveries"}) {
            assertThat(page.locator("[data-test=portal-" + section + "] h2 .count"))
                    .isVisible();
        }
        assertThat(page.locator("[data-task-id='" + task + "']")).hasCount(0);
        assertThat(page.locator("[data-test=portal-work]")).not().containsText(title);
        other.screenshot("other-supplier-portal");

        String received = other.everythingReceived();
        assertThat(received).contains("\"items\"");
        assertThat(received).doesNotContain(task).doesNotContain(item).doesNotContain(title);
        assertThat(received.toLowerCase(java.util.Locale.ROOT))
                .doesNotContain("budget")
                .doesNotContain("committed");

        // even the task's address leads nowhere
        page.navigate("/tasks/" + task);
        assertThat(page.locator("[data-test=task-gone]"))
                .containsText("This task is no longer open, or you cannot see it.");
        other.screenshot("task-address-leads-nowhere");
    }

    @Test
    void supplierRaisesAnIssueFromThePortal() {
        String title = HandoffFixture.unique("Tooling wear on line 2");
        BrowserSession supplier = browser().signIn("supplier-a");
        Page page = supplier.page();
        page.locator("[data-test=portal-new-ticket]").click();
        Locator dialog = page.locator(".el-dialog", new Page.LocatorOptions().setHasText("New ticket"));
        assertThat(dialog).isVisible();
        dialog.locator("[data-test=ticket-project]").click();
        page.locator(".el-select-dropdown__item", new Page.LocatorOptions().setHasText(HandoffFixture.GEARBOX))
                .first()
                .click();
        dialog.getByText("Issue", new Locator.GetByTextOptions().setExact(true)).click();
        // no title: the server's field error shows on the title field
        dialog.locator("[data-test=ticket-submit]").click();
        assertThat(dialog.locator(".el-form-item__error")).containsText("is required");
        supplier.screenshot("ticket-field-error");
        dialog.locator("[data-test=ticket-title]").fill(title);
        dialog.locator("[data-test=ticket-description]").fill("Cutter wear slows the batch by two days.");
        dialog.locator("[data-test=ticket-submit]").click();
        assertThat(page.getByText(Pattern.compile("Ticket .*-IS-\\d+ raised\\.")))
                .isVisible();
        assertThat(page.locator("[data-test=portal-tickets]")).containsText(title);
        supplier.screenshot("ticket-raised");
    }
}
