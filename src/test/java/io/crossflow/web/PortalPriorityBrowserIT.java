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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * supplier-a's open hand-offs in its portal: each row names the work item and the project, and the
 * most urgent come first (ties by due date, then the older first: an accept step has no due date),
 * on a laptop and on a phone.
 */
@IntegrationTest
class PortalPriorityBrowserIT extends BrowserTest {

    @Autowired
    TestClients clients;

    record Handoff(String title, String priority, int dueInDays) {}

    @Test
    void supplierSeesEachHandoffsWorkItemAndProjectUrgentFirst() {
        HandoffFixture fixture = new HandoffFixture(clients);
        String projectName = HandoffFixture.unique("Priority line");
        String project = fixture.projectWithSupplierA(projectName);
        String supplierA = fixture.organisationId(project, HandoffFixture.SUPPLIER_A);
        // handed off in an order that is not the priority order
        List<Handoff> handoffs = List.of(
                new Handoff(HandoffFixture.unique("Normal brackets"), "NORMAL", 1),
                new Handoff(HandoffFixture.unique("High flanges A"), "HIGH", 3),
                new Handoff(HandoffFixture.unique("Urgent shafts"), "URGENT", 4),
                new Handoff(HandoffFixture.unique("High flanges B"), "HIGH", 2));
        for (Handoff h : handoffs) {
            Api.Response created = clients.as("pm")
                    .post(
                            "/api/projects/" + project + "/work-items",
                            Map.of(
                                    "title", h.title(),
                                    "assigneeOrganisationId", supplierA,
                                    "plannedEnd", LocalDate.now().plusDays(10).toString(),
                                    "priority", h.priority()));
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            fixture.handoff(
                    "pm", created.json().path("id").asText(), LocalDate.now().plusDays(h.dueInDays()));
        }
        List<String> expected = List.of(
                handoffs.get(2).title(),
                handoffs.get(1).title(),
                handoffs.get(3).title(),
                handoffs.get(0).title());

        BrowserSession laptop = browser("en", 1440, 900, false).signIn("supplier-a");
        check(laptop, projectName, expected);
        laptop.screenshot("portal-by-priority");

        BrowserSession phone = browser("zh-CN", 390, 844, true).signIn("supplier-a");
        check(phone, projectName, expected);
        assertThat(phone.page()
                        .locator("[data-test=portal-tasks] [data-priority=URGENT]")
                        .first())
                .hasText("紧急");
        phone.screenshot("portal-by-priority-phone");
    }

    private static void check(BrowserSession session, String projectName, List<String> expected) {
        Page page = session.page();
        Locator rows = page.locator("[data-test=portal-tasks] [data-test=task-row]");
        assertThat(rows.filter(new Locator.FilterOptions().setHasText(projectName)))
                .hasCount(expected.size());
        List<String> shown = new ArrayList<>();
        for (Locator row :
                rows.filter(new Locator.FilterOptions().setHasText(projectName)).all()) {
            String object = row.locator("[data-test=task-object]").innerText();
            assertThat(row.locator("[data-test=task-project]")).containsText(projectName);
            shown.add(object.strip());
        }
        assertThat(shown)
                .as("urgent first, then high (the older first), then normal")
                .containsExactlyElementsOf(expected);
        Locator urgent = rows.filter(new Locator.FilterOptions().setHasText(expected.get(0)));
        assertThat(urgent.locator("[data-test=task-priority]")).hasAttribute("data-priority", "URGENT");
        Locator normal = rows.filter(new Locator.FilterOptions().setHasText(expected.get(3)));
        assertThat(normal.locator("[data-test=task-priority]")).hasCount(0);
    }
}
