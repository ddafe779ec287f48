package io.crossflow.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.JSHandle;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.BoundingBox;
import io.crossflow.testing.Api;
import io.crossflow.testing.HandoffFixture;
import io.crossflow.testing.IntegrationTest;
import io.crossflow.testing.TestClients;
import io.crossflow.testing.browser.BrowserSession;
import io.crossflow.testing.browser.BrowserTest;
import io.crossflow.testing.browser.PageProblems;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Work and state that read as people speak (issue 12): the project's activity in sentences with
 * names, a board card under hand-off that shows its state and warns before it is moved, the
 * partner's open-work row that shows the hand-off state and opens its task, and a refused
 * milestone that the customer reads as one coherent state.
 */
@IntegrationTest
class PlainWordsBrowserIT extends BrowserTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z]{2,}");
    /** The demo seed's names, which a Chinese reader sees as they are. */
    private static final List<String> DEMO_NAMES =
            List.of("Sam Supplier A", "Precision Parts Ltd", "Erik Engineer", "Wang Li", "Northwind Motors");

    @Autowired
    TestClients clients;

    @ParameterizedTest
    @CsvSource({"en, 1440, 900", "zh-CN, 390, 844"})
    void theManagerReadsTheAcceptedHandOffAsASentenceAndIsWarnedBeforeMovingItsCard(
            String language, int width, int height) {
        boolean en = language.equals("en");
        HandoffFixture fixture = new HandoffFixture(clients);
        String project = fixture.projectId(HandoffFixture.GEARBOX);
        String title = HandoffFixture.unique("Machined housings " + language);
        String item = fixture.workItem(
                project,
                fixture.organisationId(project, HandoffFixture.SUPPLIER_A),
                title,
                LocalDate.now(SHANGHAI).plusDays(14));
        fixture.handoff(item, null);
        Api supplier = clients.as("supplier-a");
        String accept = HandoffFixture.onlyTask(supplier, item);
        Api.Response accepted = supplier.post("/api/tasks/" + accept + "/complete", Map.of("decision", "accept"));
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(204);

        // a card is dragged with a mouse (HTML5 drag and drop): the phone size runs in a window of
        // that size without touch emulation, from which Chromium would start no drag
        BrowserSession pm = browser(language, width, height, false).signIn("pm");
        Page page = pm.page();
        // the one refusal this scenario provokes: a move of a card someone else changed meanwhile
        PageProblems problems = PageProblems.watch(
                page, p -> p.contains("409") && (p.contains("/api/work-items/") || p.contains("409 (")));
        page.navigate("/projects/" + project + "?tab=activity");
        Locator about = page.locator("[data-test=activity-entry][data-object=\"" + item + "\"]");
        String acceptedSentence = en
                ? "Sam Supplier A (Precision Parts Ltd) accepted the hand-off of '" + title + "'"
                : "Precision Parts Ltd 的 Sam Supplier A 接受了「" + title + "」的交接";
        assertThat(about.locator(
                        "[data-test=activity-sentence]", new Locator.LocatorOptions().setHasText(acceptedSentence)))
                .hasCount(1);
        String offered = en
                ? "Erik Engineer handed '" + title + "' off to Precision Parts Ltd"
                : "Erik Engineer 将「" + title + "」移交给 Precision Parts Ltd";
        assertThat(about.locator("[data-test=activity-sentence]", new Locator.LocatorOptions().setHasText(offered)))
                .hasCount(1);
        String task = en ? "Accept work package" : "接收工作包";
        Locator taskDone = page.locator(
                "[data-test=activity-entry][data-object=\"" + accept + "\"] [data-test=activity-sentence]",
                new Page.LocatorOptions().setHasText(task));
        assertThat(taskDone.first()).isVisible();
        about.first().scrollIntoViewIfNeeded();
        pm.screenshot("activity-" + language);
        List<String> feed = new ArrayList<>(about.allInnerTexts());
        feed.addAll(page.locator("[data-test=activity-entry][data-object=\"" + accept + "\"]")
                .allInnerTexts());
        for (String line : feed) {
            assertThat(line).doesNotContain(item).doesNotContain(accept).doesNotContain("HANDOFF");
            assertThat(line)
                    .doesNotContainPattern("\\b[A-Z]+_[A-Z_]+\\b")
                    .doesNotContainPattern("handoffStatus|status:");
            if (!en) {
                assertThat(latinWords(line, title))
                        .as("Latin words in “%s”", line)
                        .isEmpty();
            }
        }

        // the board: the card says where its hand-off stands, and moving it asks first
        page.navigate("/projects/" + project + "?tab=board");
        Locator inProgress = page.locator("[data-test=board-column-IN_PROGRESS]");
        Locator done = page.locator("[data-test=board-column-DONE]");
        Locator card = page.locator("[data-test=board-card]", new Page.LocatorOptions().setHasText(title));
        assertThat(inProgress.locator("[data-test=board-card]", new Locator.LocatorOptions().setHasText(title)))
                .isVisible();
        assertThat(card.locator("[data-test=card-handoff]")).hasText(en ? "Accepted by partner" : "合作伙伴已接收");
        card.scrollIntoViewIfNeeded();
        pm.screenshot("card-under-handoff-" + language);

        drag(page, card, done, width < 500);
        Locator confirm = page.locator(".handoff-move-confirm");
        assertThat(confirm).isVisible();
        assertThat(confirm).containsText("Precision Parts Ltd");
        assertThat(confirm).containsText(title);
        assertThat(confirm).containsText(en ? "Accepted by partner" : "合作伙伴已接收");
        pm.screenshot("move-warning-" + language);
        confirm.locator(".el-message-box__btns button", new Locator.LocatorOptions().setHasText(en ? "Cancel" : "取消"))
                .click();
        assertThat(confirm).isHidden();
        assertThat(inProgress).containsText(title);
        assertThat(done).not().containsText(title);
        assertThat(status(item)).as("cancelled: nothing moved").isEqualTo("IN_PROGRESS");

        // someone else changes the item meanwhile: the server refuses the move, the card goes back
        JsonNode current = clients.as("engineer").get("/api/work-items/" + item).json();
        Api.Response renamed = clients.as("engineer")
                .patch(
                        "/api/work-items/" + item,
                        Map.of("version", current.path("version").asInt(), "description", "Tolerances per drawing B"));
        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
        drag(page, card, done, width < 500);
        assertThat(confirm).isVisible();
        confirm.locator(
                        ".el-message-box__btns button",
                        new Locator.LocatorOptions().setHasText(en ? "Move anyway" : "仍然移动"))
                .click();
        assertThat(page.locator(".el-message--error"))
                .containsText(
                        en ? "changed by someone else" : "已被他人修改",
                        new LocatorAssertions.ContainsTextOptions().setTimeout(15_000));
        assertThat(inProgress).containsText(title);
        assertThat(done).not().containsText(title);
        pm.screenshot("move-refused-" + language);
        assertThat(status(item)).isEqualTo("IN_PROGRESS");

        // with the reloaded card, confirming moves it
        drag(page, card, done, width < 500);
        confirm.locator(
                        ".el-message-box__btns button",
                        new Locator.LocatorOptions().setHasText(en ? "Move anyway" : "仍然移动"))
                .click();
        assertThat(done).containsText(title, new LocatorAssertions.ContainsTextOptions().setTimeout(15_000));
        assertThat(inProgress).not().containsText(title);
        pm.screenshot("moved-" + language);
        assertThat(status(item)).isEqualTo("DONE");
        problems.assertNone("pm");
    }

    @ParameterizedTest
    @CsvSource({"en, 1440, 900", "zh-CN, 390, 844"})
    void thePartnersOpenWorkShowsTheHandOffStateAndOpensItsTask(String language, int width, int height) {
        boolean en = language.equals("en");
        HandoffFixture fixture = new HandoffFixture(clients);
        String project = fixture.projectId(HandoffFixture.GEARBOX);
        String supplierA = fixture.organisationId(project, HandoffFixture.SUPPLIER_A);
        String offeredTitle = HandoffFixture.unique("Bearing seats " + language);
        String offered = fixture.workItem(
                project, supplierA, offeredTitle, LocalDate.now(SHANGHAI).plusDays(20));
        fixture.handoff(offered, null);
        String task = HandoffFixture.onlyTask(clients.as("supplier-a"), offered);
        String plainTitle = HandoffFixture.unique("Surface finish check " + language);
        String plain = fixture.workItem(
                project, supplierA, plainTitle, LocalDate.now(SHANGHAI).plusDays(25));

        BrowserSession partner = browser(language, width, height, width < 500).signIn("supplier-a");
        Page page = partner.page();
        PageProblems problems = PageProblems.watch(page);
        page.navigate("/portal");
        Locator row = page.locator("[data-test=work-row]", new Page.LocatorOptions().setHasText(offeredTitle));
        assertThat(row.locator("[data-test=work-state]")).hasText(en ? "Offered to you" : "待您接受");
        assertThat(row.locator("[data-test=work-task]")).containsText(en ? "Accept work package" : "接收工作包");
        row.scrollIntoViewIfNeeded();
        partner.screenshot("open-work-" + language);

        row.locator("[data-test=work-link]").click();
        assertThat(page).hasURL(Pattern.compile("/tasks/" + task));
        assertThat(page.locator("[data-test=task-name]")).hasText(en ? "Accept work package" : "接收工作包");
        partner.screenshot("task-opened-" + language);

        // without a task of the partner, the row opens the item itself in the portal
        page.navigate("/portal");
        Locator plainRow = page.locator("[data-test=work-row]", new Page.LocatorOptions().setHasText(plainTitle));
        assertThat(plainRow.locator("[data-test=work-state]")).hasText(en ? "To do" : "待办");
        assertThat(plainRow.locator("[data-test=work-task]")).hasCount(0);
        plainRow.locator("[data-test=work-link]").click();
        assertThat(page).hasURL(Pattern.compile("workItem=" + plain));
        assertThat(page.locator("[data-test=work-row][data-focused]")).containsText(plainTitle);
        partner.screenshot("item-opened-" + language);
        problems.assertNone("supplier-a");
    }

    @ParameterizedTest
    @CsvSource({"en, 1440, 900", "zh-CN, 390, 844"})
    void theCustomerReadsARefusedMilestoneAsBeingReworkedNotAsDoneEarly(String language, int width, int height) {
        boolean en = language.equals("en");
        HandoffFixture fixture = new HandoffFixture(clients);
        String customer = fixture.organisationId(fixture.projectId(HandoffFixture.GEARBOX), "Northwind Motors");
        Api pm = clients.as("pm");
        LocalDate today = LocalDate.now(SHANGHAI);
        String projectName = HandoffFixture.unique("Milestones " + language);
        Api.Response created = pm.post("/api/projects", Map.of("name", projectName, "plannedStart", today.toString()));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String project = created.json().path("id").asText();
        assertThat(pm.post(
                                "/api/projects/" + project + "/participants",
                                Map.of("organisationId", customer, "role", "CUSTOMER"))
                        .status())
                .isEqualTo(201);
        String title = HandoffFixture.unique("Prototype " + language);
        Api.Response milestone = pm.post(
                "/api/projects/" + project + "/work-items",
                Map.of(
                        "title",
                        title,
                        "plannedStart",
                        today.plusDays(57).toString(),
                        "plannedEnd",
                        today.plusDays(57).toString(),
                        "milestone",
                        true));
        assertThat(milestone.status()).as(milestone.toString()).isEqualTo(201);
        String id = milestone.json().path("id").asText();
        assertThat(pm.post("/api/projects/" + project + "/baseline").status()).isEqualTo(200);
        // delivered 57 days before the plan, then refused by the customer
        JsonNode item = pm.get("/api/work-items/" + id).json();
        assertThat(pm.patch(
                                "/api/work-items/" + id,
                                Map.of("version", item.path("version").asInt(), "status", "DONE"))
                        .status())
                .isEqualTo(200);
        Api.Response refused = clients.as("customer")
                .post(
                        "/api/work-items/" + id + "/acceptance",
                        Map.of("accepted", false, "comment", en ? "Burrs on the flange" : "法兰有毛刺"));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(201);

        BrowserSession viewer = browser(language, width, height, width < 500).signIn("customer");
        Page page = viewer.page();
        PageProblems problems = PageProblems.watch(page);
        page.navigate("/customer?project=" + project);
        assertThat(page.locator("[data-test=customer-project-name]")).hasText(projectName);
        Locator shown = page.locator("[data-test=milestone]", new Page.LocatorOptions().setHasText(title));
        assertThat(shown.locator("[data-state]")).hasText(en ? "Refused, being reworked" : "已退回，返工中");
        assertThat(shown.locator("[data-test=refusal-reason]")).containsText(en ? "Burrs on the flange" : "法兰有毛刺");
        assertThat(shown.locator("[data-test=milestone-slip]")).hasCount(0);
        assertThat(shown.locator("[data-test=milestone-actual]")).hasText(en ? "Not yet" : "尚未达成");
        assertThat(shown).not().containsText(en ? "earlier" : "早");
        assertThat(shown).not().containsText(en ? "Done" : "已完成");
        assertThat(shown.locator("[data-test=accept-delivery]")).hasCount(0);
        shown.scrollIntoViewIfNeeded();
        viewer.screenshot("refused-milestone-" + language);
        problems.assertNone("customer");
    }

    /**
     * Drags the card onto the column. In a phone-wide window the board scrolls sideways, so the
     * card leaves the screen before the column enters it: there the drag's events are sent to the
     * card and the column directly, as the browser would send them.
     */
    private static void drag(Page page, Locator card, Locator column, boolean narrow) {
        if (!narrow) {
            // dropped beside the card, not at the column's middle: on the suite's shared database the
            // board is long, and a drop point far below the card made Chromium scroll mid-drag and
            // lose the drop
            BoundingBox from = card.boundingBox();
            BoundingBox to = column.boundingBox();
            card.dragTo(
                    column,
                    new Locator.DragToOptions().setTargetPosition(to.width / 2, from.y - to.y + from.height / 2));
            return;
        }
        JSHandle transfer = page.evaluateHandle("() => new DataTransfer()");
        card.dispatchEvent("dragstart", Map.of("dataTransfer", transfer));
        column.dispatchEvent("dragover", Map.of("dataTransfer", transfer));
        column.dispatchEvent("drop", Map.of("dataTransfer", transfer));
    }

    private String status(String item) {
        return clients.as("pm")
                .get("/api/work-items/" + item)
                .json()
                .path("status")
                .asText();
    }

    /** The Latin-alphabet words of a line, less the names the test created or the demo seeded. */
    private static List<String> latinWords(String line, String title) {
        String rest = line.replace(title, " ");
        for (String name : DEMO_NAMES) {
            rest = rest.replace(name, " ");
        }
        List<String> words = new ArrayList<>();
        Matcher m = LATIN_WORD.matcher(rest);
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }
}
