package io.crossflow.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import io.crossflow.testing.Api;
import io.crossflow.testing.HandoffFixture;
import io.crossflow.testing.IntegrationTest;
import io.crossflow.testing.TestClients;
import io.crossflow.testing.browser.BrowserSession;
import io.crossflow.testing.browser.BrowserTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The hand-off dialog marks what is required, and a refused hand-off shows the server's field
 * error under its field and changes nothing: the item is not assigned to the chosen partner.
 */
@IntegrationTest
class HandoffDialogBrowserIT extends BrowserTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    TestClients clients;

    @Test
    void aRefusedHandOffShowsTheFieldErrorAndChangesNothingOnDesktopAndPhoneInBothLanguages() {
        record Run(String language, int width, int height, boolean mobile, String pastError, String offered) {}
        for (Run run : List.of(
                new Run("en", 1440, 900, false, "must not be in the past", "Offered to partner"),
                new Run("zh-CN", 1440, 900, false, "不能是过去的日期", "已提供给合作伙伴"),
                new Run("en", 390, 844, true, "must not be in the past", "Offered to partner"),
                new Run("zh-CN", 390, 844, true, "不能是过去的日期", "已提供给合作伙伴"))) {
            String suffix = run.language() + "-" + run.width();
            HandoffFixture fixture = new HandoffFixture(clients);
            String project = fixture.projectId(HandoffFixture.GEARBOX);
            String title = HandoffFixture.unique("Dialog " + suffix);
            String item = unassignedItem(project, title);
            JsonNode before = clients.as("pm").get("/api/work-items/" + item).json();

            BrowserSession engineer = browser(run.language(), run.width(), run.height(), run.mobile())
                    .signIn("engineer");
            Page page = engineer.page();
            List<String> consoleErrors = new ArrayList<>();
            page.onConsoleMessage(m -> {
                // the refused hand-off's 400 is expected; the browser logs every failed request
                if ("error".equals(m.type()) && !m.text().contains("status of 400")) {
                    consoleErrors.add(m.text());
                }
            });
            List<String> failed = new ArrayList<>();
            page.onResponse(r -> {
                if (r.url().contains("/api/")
                        && r.status() >= 400
                        && !(r.status() == 400 && r.url().endsWith("/handoff"))) {
                    failed.add(r.status() + " " + r.url());
                }
            });
            page.navigate("/projects/" + project);
            page.getByRole(
                            AriaRole.TAB,
                            new Page.GetByRoleOptions().setName(run.language().equals("en") ? "Board" : "看板"))
                    .click();
            page.locator(
                            "[data-test=board-column-TODO] [data-test=board-card]",
                            new Page.LocatorOptions().setHasText(title))
                    .click();
            Locator drawer = page.locator("[data-test=work-item-drawer]");
            drawer.locator("[data-test=handoff-open]").click();
            Locator dialog = page.locator(".el-dialog[data-test=handoff-dialog]");
            assertThat(dialog).isVisible();

            // what is required is marked: the partner and the due date, and the note says so
            assertThat(dialog.locator("[data-test=handoff-partner-item].is-required"))
                    .isVisible();
            assertThat(dialog.locator("[data-test=handoff-due-item].is-required"))
                    .isVisible();
            assertThat(dialog.locator("[data-test=handoff-required-note]")).containsText("*");
            engineer.screenshot("dialog-" + suffix);

            dialog.locator("[data-test=handoff-partner]").click();
            page.locator(".el-select-dropdown__item", new Page.LocatorOptions().setHasText(HandoffFixture.SUPPLIER_A))
                    .click();
            Locator due = dialog.locator("[data-test=handoff-due-item] input");
            due.fill(LocalDate.now(SHANGHAI).minusDays(3).toString());
            due.press("Enter");
            dialog.locator("[data-test=handoff-submit]").click();

            assertThat(dialog.locator("[data-test=handoff-due-item] .el-form-item__error"))
                    .hasText(run.pastError());
            assertThat(dialog).isVisible();
            engineer.screenshot("refused-" + suffix);
            JsonNode after = clients.as("pm").get("/api/work-items/" + item).json();
            assertThat(after.path("version").asInt())
                    .as("nothing changed")
                    .isEqualTo(before.path("version").asInt());
            assertThat(after.path("assigneeOrganisationId").isTextual())
                    .as("the partner is not saved as assignee: %s", after)
                    .isFalse();
            assertThat(after.path("handoffStatus").isTextual()).isFalse();

            // corrected, the same dialog hands off: assignee and hand-off together
            due.fill(LocalDate.now(SHANGHAI).plusDays(6).toString());
            due.press("Enter");
            dialog.locator("[data-test=handoff-submit]").click();
            // the drawer reloads the item after the hand-off: on a busy machine that takes a while
            assertThat(drawer.locator("[data-test=handoff-status]"))
                    .hasText(run.offered(), new LocatorAssertions.HasTextOptions().setTimeout(20_000));
            assertThat(drawer.locator("[data-test=item-assignee]")).containsText(HandoffFixture.SUPPLIER_A);
            engineer.screenshot("handed-off-" + suffix);

            assertThat(consoleErrors).as("console errors").isEmpty();
            assertThat(failed).as("failed requests").isEmpty();
        }
    }

    private String unassignedItem(String project, String title) {
        Api.Response created = clients.as("pm")
                .post(
                        "/api/projects/" + project + "/work-items",
                        Map.of(
                                "title",
                                title,
                                "plannedEnd",
                                LocalDate.now(SHANGHAI).plusDays(10).toString()));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().path("id").asText();
    }
}
