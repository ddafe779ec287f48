package io.crossflow.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.LoadState;
import io.crossflow.testing.Api;
import io.crossflow.testing.HandoffFixture;
import io.crossflow.testing.IntegrationTest;
import io.crossflow.testing.TestClients;
import io.crossflow.testing.browser.BrowserSession;
import io.crossflow.testing.browser.BrowserTest;
import io.crossflow.testing.browser.PageProblems;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The small things that read as carelessness (docs/web.md, "Small things"), at 1440×900 in English
 * and 390×844 in Chinese: a signed-out visit to {@code /login} logs nothing; {@code pm}'s header
 * names the tenant once; {@code pm} adds a budget line in a currency picked by its name, edits it
 * and deletes it; the dates of a work item's drawer read as dates on one line; {@code supplier-a}'s
 * task form keeps the bpmn.io watermark, small, muted and under the last field. Fails on any
 * console error and any failed request.
 */
@IntegrationTest
class SmallThingsBrowserIT extends BrowserTest {

    private static final String TENANT = "Demo Manufacturing";
    /** Element Plus puts an input's attributes on the input element itself. */
    private static final String CATEGORY = "input[data-test=budget-category], [data-test=budget-category] input";

    private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    @Autowired
    TestClients clients;

    @ParameterizedTest(name = "{0} at {1}x{2}")
    @CsvSource({"en, 1440, 900", "zh-CN, 390, 844"})
    void theSmallThingsAreRight(String language, int width, int height) {
        boolean chinese = language.equals("zh-CN");
        boolean phone = width < 500;
        String shot = language + "-" + width + "-";
        HandoffFixture fixture = new HandoffFixture(clients);
        String gearbox = fixture.projectId(HandoffFixture.GEARBOX);
        String item = fixture.handedOffToSupplierA(HandoffFixture.unique("Small things"));
        LocalDate plannedEnd = LocalDate.now().plusDays(14);

        // a visitor: the app asks who is signed in, and nobody is; no error is logged for it
        BrowserSession pm = browser(language, width, height, phone);
        Page page = pm.page();
        PageProblems pmProblems = PageProblems.watch(page);
        page.navigate("/login");
        assertThat(page.locator("[data-test=login-submit]")).isVisible();
        page.waitForLoadState(LoadState.NETWORKIDLE);
        pmProblems.assertNone("a signed-out visit to /login");
        pm.screenshot(shot + "login-signed-out");

        // the header names the tenant once
        pm.signIn("pm");
        Locator organisation = page.locator("[data-test=organisation]");
        assertThat(organisation.textContent().trim()).isEqualTo(TENANT);
        String header = page.locator("header").innerText();
        assertThat(header.split(Pattern.quote(TENANT), -1).length - 1)
                .as("times the header shows the tenant's name")
                .isEqualTo(phone ? 0 : 1);
        if (!phone) {
            assertThat(organisation).isVisible();
        }
        pm.screenshot(shot + "header");

        // a budget line in a currency picked by its name, edited, deleted
        String category = HandoffFixture.unique(chinese ? "运费" : "Freight");
        page.navigate("/projects/" + gearbox + "?tab=budget");
        page.locator("[data-test=budget-add]").click();
        Locator dialog = page.locator(".el-dialog[data-test=budget-dialog]");
        assertThat(dialog).isVisible();
        dialog.locator(CATEGORY).fill(category);
        pickCurrency(page, dialog, chinese ? "欧元" : "Euro", "EUR");
        dialog.locator("[data-test=budget-planned] input").fill("1200");
        pm.screenshot(shot + "budget-currency-picked");
        dialog.locator("[data-test=budget-save]").click();
        assertThat(dialog).isHidden();
        Locator row = page.locator(".el-table__row", new Page.LocatorOptions().setHasText(category));
        assertThat(row).hasCount(1);
        assertThat(row.locator("[data-test=budget-line-currency]")).hasText("EUR");
        assertThat(row).containsText("€");
        pm.screenshot(shot + "budget-line-added");

        row.locator("[data-test=budget-edit]").click();
        assertThat(dialog).isVisible();
        assertThat(dialog.locator(CATEGORY)).hasValue(category);
        pickCurrency(page, dialog, chinese ? "日元" : "Japanese", "JPY");
        dialog.locator("[data-test=budget-planned] input").fill("3000");
        dialog.locator("[data-test=budget-save]").click();
        assertThat(dialog).isHidden();
        assertThat(row.locator("[data-test=budget-line-currency]")).hasText("JPY");
        assertThat(row).containsText("3,000");
        JsonNode line = line(gearbox, category);
        assertThat(line.path("currency").asText()).isEqualTo("JPY");
        assertThat(line.path("planned").decimalValue()).isEqualByComparingTo("3000");
        pm.screenshot(shot + "budget-line-edited");

        row.locator("[data-test=budget-delete]").click();
        Locator confirm = page.locator(".el-message-box");
        assertThat(confirm).containsText(category);
        pm.screenshot(shot + "budget-line-delete-confirm");
        confirm.locator(".el-button--primary").click();
        assertThat(row).hasCount(0);
        assertThat(line(gearbox, category)).isNull();

        // the drawer's dates read as dates, each on one line
        page.navigate("/projects/" + gearbox + "?workItem=" + item);
        Locator drawer = page.locator("[data-test=work-item-drawer]");
        Locator end = drawer.locator("[data-test=item-planned-end]");
        assertThat(end).hasAttribute("data-date", plannedEnd.toString());
        assertThat(end).not().hasText(ISO_DAY);
        assertThat(end)
                .hasText(Pattern.compile(
                        chinese
                                ? plannedEnd.getYear() + "年" + plannedEnd.getMonthValue() + "月"
                                        + plannedEnd.getDayOfMonth() + "日"
                                : "\\b" + plannedEnd.getDayOfMonth() + ", " + plannedEnd.getYear()));
        for (Locator date : drawer.locator(".cf-date").all()) {
            BoundingBox box = date.boundingBox();
            if (box != null) {
                assertThat(box.height)
                        .as("height of the date '%s'", date.textContent())
                        .isLessThan(26);
            }
        }
        BoundingBox facts = drawer.locator("[data-test=item-facts]").boundingBox();
        assertThat(facts.x + facts.width).as("the facts fit the screen").isLessThanOrEqualTo(width);
        pm.screenshot(shot + "drawer-dates");
        pmProblems.assertNone("pm");

        // the task form keeps the bpmn.io watermark, as its licence requires: after the last field, small and muted
        String task = HandoffFixture.onlyTask(clients.as("supplier-a"), item);
        BrowserSession supplier = browser(language, width, height, phone);
        Page supplierPage = supplier.page();
        PageProblems supplierProblems = PageProblems.watch(supplierPage);
        supplier.signIn("supplier-a");
        supplierPage.navigate("/tasks/" + task);
        Locator watermark = supplierPage.locator(".fjs-powered-by");
        assertThat(watermark).isVisible();
        assertThat(watermark.locator("a.fjs-powered-by-link")).hasAttribute("href", "https://bpmn.io");
        double lastFieldBottom = 0;
        for (Locator field : supplierPage
                .locator(".fjs-form .fjs-form-field:not(.fjs-powered-by)")
                .all()) {
            BoundingBox box = field.boundingBox();
            if (box != null) {
                lastFieldBottom = Math.max(lastFieldBottom, box.y + box.height);
            }
        }
        BoundingBox mark = watermark.locator("svg").boundingBox();
        assertThat(mark.y).as("the watermark sits under the last field").isGreaterThanOrEqualTo(lastFieldBottom - 0.5);
        assertThat(mark.width).as("the watermark's width").isBetween(30.0, 44.0);
        Object colour = watermark.locator("a.fjs-powered-by-link").evaluate("a => getComputedStyle(a).color");
        assertThat(colour).as("the watermark's colour is the muted text colour").isEqualTo("rgb(107, 114, 128)");
        watermark.scrollIntoViewIfNeeded();
        supplier.screenshot(shot + "task-form-watermark");
        supplierProblems.assertNone("supplier-a");
    }

    private static void pickCurrency(Page page, Locator dialog, String name, String code) {
        dialog.locator("[data-test=budget-currency]").click();
        page.keyboard().type(name);
        page.locator(
                        ".el-select-dropdown__item:visible",
                        new Page.LocatorOptions().setHasText(Pattern.compile("^" + code + " · ")))
                .first()
                .click();
    }

    private JsonNode line(String project, String category) {
        Api.Response budget = clients.as("pm").get("/api/projects/" + project + "/budget-lines");
        assertThat(budget.status()).as(budget.toString()).isEqualTo(200);
        for (JsonNode line : budget.json().path("lines")) {
            if (line.path("category").asText().equals(category)) {
                return line;
            }
        }
        return null;
    }
}
