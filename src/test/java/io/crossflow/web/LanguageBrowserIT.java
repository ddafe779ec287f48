package io.crossflow.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import io.crossflow.testing.DemoIds;
import io.crossflow.testing.IntegrationTest;
import io.crossflow.testing.browser.BrowserSession;
import io.crossflow.testing.browser.BrowserTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The language switch turns the whole UI to 简体中文 and back: shell, inbox, a project with all of
 * its tabs, the partner portal and the customer view — labels, not just the navigation.
 */
@IntegrationTest
class LanguageBrowserIT extends BrowserTest {

    @Autowired
    DemoIds demo;

    @Test
    void theSwitchTurnsEveryScreenToChineseAndBack() {
        BrowserSession pm = browser().signIn("pm");
        Page page = pm.page();
        switchTo(page, "zh-CN");

        assertThat(page.locator("main")).containsText("全部");
        assertThat(page.locator("main")).containsText("已逾期");
        assertNoEnglish(page, "Assigned to me", "Overdue", "Due today", "Inbox", "Projects");
        pm.screenshot("inbox-zh-CN");

        page.navigate("/projects/" + demo.demoProject());
        for (String tab : List.of("甘特图", "看板", "工单", "动态", "预算")) {
            assertThat(page.getByText(tab, new Page.GetByTextOptions().setExact(true))
                            .first())
                    .isVisible();
        }
        assertNoEnglish(page, "Gantt", "Board", "Tickets", "Activity", "Budget", "Projects");
        pm.screenshot("project-zh-CN");
        page.getByText("预算", new Page.GetByTextOptions().setExact(true)).first().click();
        assertThat(page.locator("main")).containsText("预算");
        assertNoEnglish(page, "Add budget line", "Budget");
        pm.screenshot("budget-zh-CN");

        // what a missing task says is worded in the same language
        page.navigate("/tasks/00000000-0000-4000-8000-000000000000");
        assertThat(page.locator("main")).containsText("此任务已不再处于打开状态");
        assertThat(page.locator("main")).not().containsText("no longer open");
        pm.screenshot("missing-task-zh-CN");

        switchTo(page, "en");
        page.navigate("/projects/" + demo.demoProject());
        assertThat(page.getByText("Gantt", new Page.GetByTextOptions().setExact(true))
                        .first())
                .isVisible();
        assertThat(page.locator("[data-test=navigation]")).containsText("Projects");
        pm.screenshot("project-en");
    }

    @Test
    void partnersAndCustomersGetTheirScreensInChineseToo() {
        BrowserSession supplier = browser("zh-CN", 1280, 800, false).signIn("supplier-a");
        assertThat(supplier.page().locator("[data-test=navigation]")).containsText("合作伙伴门户");
        assertNoEnglish(supplier.page(), "Partner portal", "Open work", "Deliveries", "Tickets");
        supplier.screenshot("portal-zh-CN");

        BrowserSession customer = browser("zh-CN", 375, 812, true).signIn("customer");
        assertThat(customer.page().locator("[data-test=navigation]")).containsText("项目进度");
        assertNoEnglish(customer.page(), "Project progress", "Milestones", "Tickets");
        customer.screenshot("customer-zh-CN");
    }

    private static void switchTo(Page page, String language) {
        page.locator("[data-test=language-switch]").click();
        page.locator("[data-test=language-" + language + "]").click();
        assertThat(page.locator("html")).hasAttribute("lang", language);
    }

    /** No line of the screen is one of these English labels (data such as project names may be English). */
    private static void assertNoEnglish(Page page, String... labels) {
        page.waitForLoadState();
        List<String> lines =
                page.locator("#app").innerText().lines().map(String::strip).toList();
        for (String label : labels) {
            assertThat(lines).as("UI label %s on %s", label, page.url()).doesNotContain(label);
        }
    }
}
