package io.crossflow.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.crossflow.testing.Api;
import io.crossflow.testing.HandoffFixture;
import io.crossflow.testing.IntegrationTest;
import io.crossflow.testing.TestClients;
import io.crossflow.testing.browser.BrowserSession;
import io.crossflow.testing.browser.BrowserTest;
import io.crossflow.testing.browser.PageProblems;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Plans on every screen (issue 12), as the project manager: the Gantt with its name column, "today",
 * "fit project" and a marker for a milestone beyond the window; the work-item list sorted and opening
 * the drawer; "my work" across two projects with what is overdue and due today in the tenant's zone.
 */
@IntegrationTest
class PlansBrowserIT extends BrowserTest {

    /** The demo tenant's zone: "today" and "overdue" are days there. */
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    /** The chart's scrolling window, and whether every element the selector names lies within it. */
    private static final String ALL_IN_WINDOW = """
            (selector) => {
              const c = document.querySelector('[data-test=gantt-chart] .gantt-container');
              const bars = [...c.querySelectorAll(selector)];
              return bars.length > 0 && bars.every((b) => {
                const x = Number(b.getAttribute('x')), w = Number(b.getAttribute('width'));
                return x >= c.scrollLeft - 1 && x + w <= c.scrollLeft + c.clientWidth + 1;
              });
            }""";

    private static final String TODAY_IN_WINDOW = """
            () => {
              const c = document.querySelector('[data-test=gantt-chart] .gantt-container');
              const line = c.querySelector('.current-highlight');
              if (!line) return false;
              const x = parseFloat(line.style.left);
              return x >= c.scrollLeft && x <= c.scrollLeft + c.clientWidth;
            }""";

    @Autowired
    TestClients clients;

    @ParameterizedTest(name = "{0} at {1}x{2}")
    @CsvSource({"en, 1440, 900", "zh-CN, 390, 844"})
    void theManagerReadsThePlanListsItsWorkItemsAndFindsItsWorkAcrossProjects(String language, int width, int height) {
        boolean chinese = language.equals("zh-CN");
        Api pm = clients.as("pm");
        String pmId = pm.get("/api/me").json().path("id").asText();
        String engineerId =
                clients.as("engineer").get("/api/me").json().path("id").asText();
        LocalDate today = LocalDate.now(SHANGHAI);
        String lineName = HandoffFixture.unique("Assembly line");
        String line = project(lineName, today.minusDays(5), today.plusDays(80));
        Api.Response joined =
                pm.post("/api/projects/" + line + "/members", Map.of("userId", engineerId, "role", "MEMBER"));
        assertThat(joined.status()).as(joined.toString()).isEqualTo(201);
        String survey = item(line, "Survey the site", today.minusDays(5), today.minusDays(1), pmId, "NORMAL", false);
        item(line, "Wire the cabinet", today, today, pmId, "HIGH", false);
        item(line, "Commission the line", today.plusDays(5), today.plusDays(20), engineerId, "URGENT", false);
        String handover = item(line, "Line handed over", today.plusDays(80), today.plusDays(80), null, "NORMAL", true);
        String sparesName = HandoffFixture.unique("Spares");
        String spares = project(sparesName, today, today.plusDays(30));
        String order = item(spares, "Order spare parts", today.plusDays(3), today.plusDays(10), pmId, "NORMAL", false);

        BrowserSession session = browser(language, width, height, width < 500).signIn("pm");
        Page page = session.page();
        PageProblems problems = PageProblems.watch(page);
        String shot = language + "-" + width + "-";

        // the Gantt: names beside the bars, a marker for the hand-over far to the right
        page.navigate("/projects/" + line);
        Locator names = page.locator("[data-test=gantt-names]");
        Locator surveyName = names.locator("[data-test=gantt-name][data-id='" + survey + "']");
        assertThat(surveyName).hasText("Survey the site");
        assertThat(names.locator("[data-test=gantt-name]")).hasCount(4);
        Locator marker = page.locator("[data-test=milestone-marker][data-id='" + handover + "']");
        assertThat(marker).isVisible();
        assertThat(marker).hasAttribute("data-side", "right");
        assertThat(marker).containsText("Line handed over");
        session.screenshot(shot + "gantt");

        // the names stay where they are while the chart scrolls sideways
        double nameX = surveyName.boundingBox().x;
        page.evaluate("document.querySelector('[data-test=gantt-chart] .gantt-container').scrollLeft += 300");
        page.waitForFunction("() => document.querySelector('[data-test=gantt-chart] .gantt-container').scrollLeft > 0");
        assertThat(surveyName.boundingBox().x).isEqualTo(nameX);

        // the marker brings the milestone into view
        marker.click();
        page.waitForFunction(ALL_IN_WINDOW, ".bar-wrapper[data-id='" + handover + "'] .bar");
        assertThat(marker).hasCount(0);
        session.screenshot(shot + "milestone-revealed");

        // today, from wherever the chart is
        page.locator("[data-test=gantt-today]").click();
        page.waitForFunction(TODAY_IN_WINDOW);
        assertThat(marker).isVisible();
        session.screenshot(shot + "today");

        // fit: every bar in the window at once, no marker left
        page.locator("[data-test=gantt-fit]").click();
        page.waitForFunction(ALL_IN_WINDOW, ".bar-wrapper .bar");
        assertThat(page.locator("[data-test=milestone-marker]")).hasCount(0);
        session.screenshot(shot + "fit");

        // the list: sorted by priority, the urgent item first; a row opens the drawer
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName(chinese ? "列表" : "List"))
                .click();
        Locator rows = page.locator(width < 500 ? "[data-test=work-row]" : "[data-test=work-rows] tr.work-row");
        assertThat(rows).hasCount(4);
        assertThat(rows.first()).containsText("Survey the site");
        if (width < 500) {
            page.locator("[data-test=work-sort]").click();
            page.locator(".el-select-dropdown__item:visible", new Page.LocatorOptions().setHasText("按优先级排序"))
                    .click();
        } else {
            page.locator("[data-test=work-rows] th", new Page.LocatorOptions().setHasText("Priority"))
                    .click();
        }
        assertThat(rows.first()).containsText("Commission the line");
        assertThat(rows.nth(1)).containsText("Wire the cabinet");
        assertThat(rows.nth(1).locator("[data-test=work-due]")).hasText(chinese ? "今天到期" : "Due today");
        assertThat(rows.first().locator("[data-test=work-due]")).hasText(chinese ? "按计划" : "Planned");
        session.screenshot(shot + "list-by-priority");
        rows.first().click();
        Locator drawer = page.locator("[data-test=work-item-drawer]");
        assertThat(drawer).containsText("Commission the line");
        session.screenshot(shot + "list-drawer");
        page.keyboard().press("Escape");
        assertThat(drawer).isHidden();

        // my work: from the navigation, both projects, overdue and due today on Shanghai's calendar
        page.locator("[data-test=navigation] a", new Page.LocatorOptions().setHasText(chinese ? "我的工作" : "My work"))
                .click();
        assertThat(page).hasURL(Pattern.compile("/my-work$"));
        Locator projects = page.locator("[data-test=my-work-project]");
        assertThat(projects.filter(new Locator.FilterOptions().setHasText(lineName)))
                .hasCount(1);
        assertThat(projects.filter(new Locator.FilterOptions().setHasText(sparesName)))
                .hasCount(1);
        // pm may have items of the same names elsewhere (the other language's run): look in this project
        Locator myRows = projects.filter(new Locator.FilterOptions().setHasText(lineName))
                .locator("[data-test=my-work-row]");
        assertThat(row(myRows, "Survey the site")).hasAttribute("data-due", "overdue");
        assertThat(row(myRows, "Survey the site").locator("[data-test=my-work-due]"))
                .hasText(chinese ? "已逾期" : "Overdue");
        assertThat(row(myRows, "Wire the cabinet")).hasAttribute("data-due", "today");
        assertThat(row(myRows, "Commission the line")).hasCount(0);
        assertThat(page.locator("[data-test=my-work-overdue]")).isVisible();
        session.screenshot(shot + "my-work");

        page.locator("[data-test=my-work-group-due]").click();
        assertThat(page).hasURL(Pattern.compile("group=due"));
        List<String> order1 = page.locator("[data-test=my-work-row] [data-test=my-work-link] .title")
                .allInnerTexts();
        assertThat(order1.indexOf("Survey the site")).isLessThan(order1.indexOf("Wire the cabinet"));
        assertThat(order1.indexOf("Wire the cabinet")).isLessThan(order1.indexOf("Order spare parts"));
        session.screenshot(shot + "my-work-by-due");

        row(page.locator("[data-test=my-work-row]"), sparesName)
                .locator("[data-test=my-work-link]")
                .click();
        assertThat(page).hasURL(Pattern.compile("/projects/" + spares + "\\?workItem=" + order + "(&|$)"));
        assertThat(drawer).containsText("Order spare parts");
        session.screenshot(shot + "my-work-opened");
        problems.assertNone("pm " + language);
    }

    private static Locator row(Locator rows, String title) {
        return rows.filter(new Locator.FilterOptions().setHasText(title));
    }

    private String project(String name, LocalDate start, LocalDate end) {
        Api.Response created = clients.as("pm")
                .post(
                        "/api/projects",
                        Map.of("name", name, "plannedStart", start.toString(), "plannedEnd", end.toString()));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().path("id").asText();
    }

    private String item(
            String project,
            String title,
            LocalDate start,
            LocalDate end,
            String assignee,
            String priority,
            boolean milestone) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("plannedStart", start.toString());
        body.put("plannedEnd", end.toString());
        body.put("priority", priority);
        body.put("milestone", milestone);
        if (assignee != null) {
            body.put("assigneeUserId", assignee);
        }
        Api.Response created = clients.as("pm").post("/api/projects/" + project + "/work-items", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().path("id").asText();
    }
}
