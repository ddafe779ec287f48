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
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A Chinese manager sets a work item's priority in its drawer and raises a ticket with one; both show it. */
@IntegrationTest
class PriorityPickerBrowserIT extends BrowserTest {

    @Autowired
    TestClients clients;

    @Test
    void theManagerSetsPrioritiesWhereItemsAndTicketsAreMade() {
        HandoffFixture fixture = new HandoffFixture(clients);
        String project = fixture.projectWithSupplierA(HandoffFixture.unique("优先级"));
        String title = HandoffFixture.unique("Spindle bearings");
        Api.Response created =
                clients.as("pm").post("/api/projects/" + project + "/work-items", Map.of("title", title));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String item = created.json().path("id").asText();

        BrowserSession pm = browser("zh-CN", 1440, 900, false).signIn("pm");
        Page page = pm.page();
        pm.open("/projects/" + project + "?tab=board");
        Locator card = page.locator("[data-test=board-card]", new Page.LocatorOptions().setHasText(title));
        assertThat(card.locator("[data-test=priority]")).hasCount(0);
        card.click();
        Locator drawer = page.locator("[data-test=work-item-drawer]");
        assertThat(drawer.locator("[data-test=item-priority]")).hasText("普通");
        drawer.locator("[data-test=edit-item]").click();
        drawer.locator("[data-test=item-priority-select]").click();
        page.locator(".el-select-dropdown__item:visible", new Page.LocatorOptions().setHasText("紧急"))
                .click();
        pm.screenshot("picking-priority");
        drawer.locator("[data-test=item-save]").click();
        assertThat(drawer.locator("[data-test=priority]")).hasText("紧急");
        assertThat(drawer.locator("[data-test=item-priority]")).hasText("紧急");
        assertThat(clients.as("pm")
                        .get("/api/work-items/" + item)
                        .json()
                        .path("priority")
                        .asText())
                .isEqualTo("URGENT");
        page.keyboard().press("Escape");
        assertThat(card.locator("[data-test=priority]")).hasText("紧急");
        pm.screenshot("board-urgent");

        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("工单")).click();
        page.locator("[data-test=raise-ISSUE]").click();
        Locator dialog = page.locator("[data-test=ticket-dialog]");
        dialog.locator("[data-test=ticket-priority]").click();
        page.locator(".el-select-dropdown__item:visible", new Page.LocatorOptions().setHasText("高"))
                .click();
        String issue = HandoffFixture.unique("主轴异响");
        dialog.locator("[data-test=ticket-title]").fill(issue);
        pm.screenshot("raising-issue");
        dialog.locator("[data-test=ticket-submit]").click();
        Locator ticket = page.locator("[data-test=ticket]", new Page.LocatorOptions().setHasText(issue));
        assertThat(ticket.locator("[data-test=priority]")).hasText("高");
        pm.screenshot("ticket-high");

        // a complaint asks for its severity instead, and says what follows from it
        page.locator("[data-test=raise-COMPLAINT]").click();
        assertThat(dialog.locator("[data-test=ticket-severity]")).isVisible();
        assertThat(dialog.locator("[data-test=ticket-priority]")).hasCount(0);
        assertThat(dialog).containsText("投诉的优先级随严重程度而定。");

        BrowserSession phone = browser("zh-CN", 390, 844, true).signIn("pm");
        phone.open("/projects/" + project + "?tab=board");
        assertThat(phone.page()
                        .locator("[data-test=board-card]", new Page.LocatorOptions().setHasText(title))
                        .locator("[data-test=priority]"))
                .hasText("紧急");
        phone.screenshot("board-phone");
    }
}
