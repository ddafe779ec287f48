package io.crossflow.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import io.crossflow.testing.Api;
import io.crossflow.testing.HandoffFixture;
import io.crossflow.testing.IntegrationTest;
import io.crossflow.testing.TestClients;
import io.crossflow.testing.browser.BrowserSession;
import io.crossflow.testing.browser.BrowserTest;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The project screens in a real browser: Gantt, board, work item drawer, hand-off, re-planning, budget. */
@IntegrationTest
class ProjectBrowserIT extends BrowserTest {

    @Autowired
    TestClients clients;

    @Test
    void engineerSeesThePlanAndHandsAWorkItemToSupplierA() {
        HandoffFixture fixture = new HandoffFixture(clients);
        String gearbox = fixture.projectId(HandoffFixture.GEARBOX);
        String title = HandoffFixture.unique("Bracket machining");
        String item = workItem(
                gearbox, title, LocalDate.now().plusDays(2), LocalDate.now().plusDays(12));

        BrowserSession engineer = browser().signIn("engineer");
        Page page = engineer.page();
        page.navigate("/projects");
        page.locator("[data-test=project-card]", new Page.LocatorOptions().setHasText(HandoffFixture.GEARBOX))
                .click();
        assertThat(page.locator("[data-test=project-name]")).hasText(HandoffFixture.GEARBOX);

        // the Gantt: bars with the demo items and the seeded dependency as an arrow
        Locator chart = page.locator("[data-test=gantt-chart]");
        assertThat(chart.locator(".bar-label", new Locator.LocatorOptions().setHasText("Machined housings, batch 1")))
                .isVisible();
        assertThat(chart.locator("path[data-from]").first()).isAttached();
        assertThat(page.locator("[data-test=variance-table]")).containsText("Design review of housing drawings");
        engineer.screenshot("gantt");

        // the board: the new item waits in the To do column
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Board"))
                .click();
        Locator card = page.locator(
                "[data-test=board-column-TODO] [data-test=board-card]", new Page.LocatorOptions().setHasText(title));
        assertThat(card).isVisible();
        engineer.screenshot("board");

        // the drawer: hand the item to supplier A
        card.click();
        Locator drawer = page.locator("[data-test=work-item-drawer]");
        assertThat(drawer.locator("[data-test=item-planned-end]"))
                .hasAttribute("data-date", LocalDate.now().plusDays(12).toString());
        drawer.locator("[data-test=handoff-open]").click();
        Locator dialog = page.locator(".el-dialog[data-test=handoff-dialog]");
        assertThat(dialog).isVisible();
        dialog.locator("[data-test=handoff-partner]").click();
        page.locator(".el-select-dropdown__item", new Page.LocatorOptions().setHasText(HandoffFixture.SUPPLIER_A))
                .click();
        engineer.screenshot("handoff-dialog");
        dialog.locator("[data-test=handoff-submit]").click();

        assertThat(drawer.locator("[data-test=handoff-status]")).hasText("Offered to partner");
        assertThat(drawer.locator("[data-test=item-assignee]")).containsText(HandoffFixture.SUPPLIER_A);
        assertThat(drawer.locator("[data-test=handoff-open]")).hasCount(0);
        engineer.screenshot("handed-off");

        // the supplier's task exists
        JsonNode inbox = HandoffFixture.inbox(clients.as("supplier-a"), item);
        assertThat(inbox.path("total").asLong()).as(inbox.toString()).isEqualTo(1);
    }

    @Test
    void managerDragsABarAndSeesTheDependantsThatMoved() {
        String project = freshProject("Re-plan");
        LocalDate today = LocalDate.now();
        String first = workItem(project, "Cast the prototype", today.plusDays(1), today.plusDays(5));
        String second = workItem(project, "Machine the prototype", today.plusDays(6), today.plusDays(10));
        Api.Response linked =
                clients.as("pm").post("/api/work-items/" + second + "/dependencies", Map.of("predecessorId", first));
        assertThat(linked.status()).as(linked.toString()).isEqualTo(201);
        Api.Response baseline = clients.as("pm").post("/api/projects/" + project + "/baseline");
        assertThat(baseline.status()).as(baseline.toString()).isEqualTo(200);

        BrowserSession pm = browser().signIn("pm");
        Page page = pm.page();
        page.navigate("/projects/" + project);
        Locator bar = page.locator("[data-test=gantt-chart] .bar-wrapper[data-id='" + first + "'] .bar");
        assertThat(bar).isVisible();
        assertThat(page.locator("[data-test=gantt-chart] path[data-from='" + first + "'][data-to='" + second + "']"))
                .isAttached();
        // the saved baseline shows as a ghost bar under each bar, on plan so far
        assertThat(page.locator("[data-test=gantt-chart] [data-test=baseline-bar]"))
                .hasCount(2);
        Locator firstRow = page.locator(
                "[data-test=variance-table] tr", new Page.LocatorOptions().setHasText("Cast the prototype"));
        assertThat(firstRow.locator("[data-test=variance]")).hasText("0 d");
        pm.screenshot("before-drag");

        // drag the first bar four days later with the real mouse
        bar.scrollIntoViewIfNeeded();
        BoundingBox box = bar.boundingBox();
        double x = box.x + box.width / 2;
        double y = box.y + box.height / 2;
        page.mouse().move(x, y);
        page.mouse().down();
        page.mouse().move(x + 90, y, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(6));
        page.mouse().move(x + 180, y, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(6));
        page.mouse().up();

        Locator notice = page.locator("[data-test=shifted-notice]");
        assertThat(notice).containsText("Cast the prototype");
        assertThat(notice.locator("[data-test=shifted-item]")).containsText("Machine the prototype");
        // both now run later than their baseline: the variance column says by how much
        assertThat(firstRow.locator("[data-test=variance]")).hasText(Pattern.compile("^\\+\\d+ d$"));
        Locator secondRow = page.locator(
                "[data-test=variance-table] tr", new Page.LocatorOptions().setHasText("Machine the prototype"));
        assertThat(secondRow.locator("[data-test=variance]")).hasText(Pattern.compile("^\\+\\d+ d$"));
        assertThat(page.locator("[data-test=gantt-chart] .bar-wrapper.cf-late")).hasCount(2);
        pm.screenshot("dependants-moved");

        JsonNode moved = clients.as("pm").get("/api/work-items/" + first).json();
        JsonNode follower = clients.as("pm").get("/api/work-items/" + second).json();
        LocalDate newEnd = LocalDate.parse(moved.path("plannedEnd").asText());
        assertThat(newEnd).isAfter(today.plusDays(5));
        assertThat(LocalDate.parse(follower.path("plannedStart").asText())).isEqualTo(newEnd.plusDays(1));
        Locator shiftedItem = notice.locator("[data-test=shifted-item]");
        assertThat(shiftedItem)
                .hasAttribute("data-start", follower.path("plannedStart").asText());
        // and it reads as a date, not as its ISO text
        assertThat(shiftedItem).not().containsText(follower.path("plannedStart").asText());

        // the budget panel is there for the manager, with its chart
        Api.Response line = clients.as("pm")
                .post(
                        "/api/projects/" + project + "/budget-lines",
                        Map.of(
                                "category",
                                "Tooling",
                                "currency",
                                "EUR",
                                "planned",
                                1000,
                                "committed",
                                400,
                                "actual",
                                250));
        assertThat(line.status()).as(line.toString()).isEqualTo(201);
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Budget"))
                .click();
        Locator budget = page.locator("[data-test=budget-panel]");
        assertThat(budget.locator("[data-test=budget-total]")).containsText("EUR");
        assertThat(budget).containsText("25 % of the plan spent");
        assertThat(budget.locator("[data-test=budget-chart] canvas")).isVisible();
        pm.screenshot("budget");
    }

    @Test
    void aCardDraggedToAnotherColumnChangesItsStatus() {
        String project = freshProject("Board");
        String item = workItem(
                project,
                "Order fixtures",
                LocalDate.now().plusDays(1),
                LocalDate.now().plusDays(4));

        BrowserSession pm = browser().signIn("pm");
        Page page = pm.page();
        page.navigate("/projects/" + project + "?tab=board");
        Locator card = page.locator("[data-test=board-card]", new Page.LocatorOptions().setHasText("Order fixtures"));
        assertThat(page.locator("[data-test=board-column-TODO]")).containsText("Order fixtures");
        pm.screenshot("card-in-todo");

        card.dragTo(page.locator("[data-test=board-column-IN_PROGRESS]"));

        assertThat(page.locator("[data-test=board-column-IN_PROGRESS]")).containsText("Order fixtures");
        assertThat(page.locator("[data-test=board-column-TODO]")).not().containsText("Order fixtures");
        pm.screenshot("card-in-progress");
        assertThat(clients.as("pm")
                        .get("/api/work-items/" + item)
                        .json()
                        .path("status")
                        .asText())
                .isEqualTo("IN_PROGRESS");
        page.reload();
        assertThat(page.locator("[data-test=board-column-IN_PROGRESS]")).containsText("Order fixtures");
    }

    private String freshProject(String name) {
        Api.Response created = clients.as("pm")
                .post(
                        "/api/projects",
                        Map.of(
                                "name",
                                HandoffFixture.unique(name),
                                "plannedStart",
                                LocalDate.now().toString()));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().path("id").asText();
    }

    private String workItem(String project, String title, LocalDate start, LocalDate end) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("plannedStart", start.toString());
        body.put("plannedEnd", end.toString());
        Api.Response created = clients.as("pm").post("/api/projects/" + project + "/work-items", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().path("id").asText();
    }
}
