package io.crossflow.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.FileChooser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.FilePayload;
import io.crossflow.testing.Api;
import io.crossflow.testing.HandoffFixture;
import io.crossflow.testing.IntegrationTest;
import io.crossflow.testing.TestClients;
import io.crossflow.testing.TestPdfs;
import io.crossflow.testing.browser.BrowserSession;
import io.crossflow.testing.browser.BrowserTest;
import io.crossflow.testing.browser.PageProblems;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Delivering and reviewing with documents (issue 12): supplier A uploads a PDF on its deliver task,
 * writes a note and completes; the project manager sees on the review task what was delivered —
 * the note, the form's values with their labels and the PDF — above the decision, opens the
 * preview and decides. At 1440×900 in English and at 390×844 in Chinese.
 */
@IntegrationTest
class DeliverReviewBrowserIT extends BrowserTest {

    @Autowired
    TestClients clients;

    @ParameterizedTest(name = "{0} at {1}x{2}")
    @CsvSource({"en, 1440, 900", "zh-CN, 390, 844"})
    void theSupplierDeliversWithAPdfAndTheManagerReviewsItWithThePreview(String language, int width, int height) {
        boolean chinese = language.equals("zh-CN");
        boolean phone = width < 500;
        HandoffFixture fixture = new HandoffFixture(clients);
        String title = HandoffFixture.unique(chinese ? "机加工壳体" : "Machined housings");
        String item = fixture.handedOffToSupplierA(title);
        Api supplierApi = clients.as("supplier-a");
        String accept = HandoffFixture.onlyTask(supplierApi, item);
        assertThat(supplierApi
                        .post("/api/tasks/" + accept + "/complete", Map.of("decision", "accept"))
                        .status())
                .isEqualTo(204);
        String deliver = HandoffFixture.onlyTask(supplierApi, item);
        String fileName = chinese ? "壳体交付说明.pdf" : "housings-delivery.pdf";
        String note = chinese ? "第一批 40 件已发出，尺寸报告见附件。" : "First batch of 40 shipped; the measurements are attached.";
        String reference = "DOC-2026-0815";

        // the supplier delivers on the task itself
        BrowserSession supplier = browser(language, width, height, phone).signIn("supplier-a");
        Page page = supplier.page();
        PageProblems supplierProblems = PageProblems.watch(page);
        page.navigate("/tasks/" + deliver);
        assertThat(page.locator("[data-test=task-name]")).hasText(chinese ? "交付工作包" : "Deliver work package");
        Locator documents = page.locator("[data-test=task-documents]");
        assertThat(documents).containsText(chinese ? "附件" : "Attachments");
        assertThat(page.locator("[data-test=no-documents]")).isVisible();
        page.locator("[data-test=attach-type]").click();
        page.locator(".el-select-dropdown__item", new Page.LocatorOptions().setHasText(chinese ? "交付物" : "Deliverable"))
                .click();
        FileChooser chooser = page.waitForFileChooser(
                () -> page.locator("[data-test=attach-document]").click());
        chooser.setFiles(new FilePayload(
                fileName,
                "application/pdf",
                TestPdfs.pages(
                        "交付说明 Delivery note",
                        List.of("Delivery note - machined housings, batch 1", "Measurements: 40 of 40 in tolerance"))));
        assertThat(documents.locator("[data-test=task-document]")).hasText(fileName);
        assertThat(documents).containsText(chinese ? "交付物" : "Deliverable");
        page.getByLabel(chinese ? "交付物（文档编号或链接）" : "Deliverable (document number or link)")
                .fill(reference);
        page.getByLabel(chinese ? "交付说明" : "Delivery note", new Page.GetByLabelOptions().setExact(true))
                .fill(note);
        supplier.screenshot(language + "-deliver-task-with-pdf");
        page.locator("[data-test=task-complete]").click();
        assertThat(page).not().hasURL(Pattern.compile("/tasks/"));
        supplierProblems.assertNone("supplier-a " + language);

        // the manager reviews what was delivered, above the decision
        String review = HandoffFixture.onlyTask(clients.as("pm"), item);
        BrowserSession pm = browser(language, width, height, phone).signIn("pm");
        Page reviewPage = pm.page();
        PageProblems pmProblems = PageProblems.watch(reviewPage);
        reviewPage.navigate("/tasks/" + review);
        Locator delivery = reviewPage.locator("[data-test=delivery]");
        assertThat(delivery.locator("h2")).hasText(chinese ? "交付内容" : "Delivery");
        assertThat(delivery.locator("[data-test=delivery-by]")).containsText(HandoffFixture.SUPPLIER_A);
        assertThat(delivery.locator("[data-test=delivery-note]")).containsText(note);
        Locator value = delivery.locator("[data-test=delivery-value]");
        assertThat(value).hasCount(1);
        assertThat(value.locator("dt")).hasText(chinese ? "交付物（文档编号或链接）" : "Deliverable (document number or link)");
        assertThat(value.locator("dd")).hasText(reference);
        assertThat(delivery.locator("[data-test=delivery-document]")).containsText(fileName);
        // the delivered PDF is listed once, in the delivery
        assertThat(reviewPage.locator("[data-test=task-documents] [data-test=task-document]"))
                .hasCount(0);
        // the delivery comes before the decision
        double deliveryTop = delivery.boundingBox().y;
        Locator decision = reviewPage.getByLabel(chinese ? "批准交付" : "Approve delivery");
        assertThat(decision).isVisible();
        assertThat(deliveryTop).isLessThan(decision.boundingBox().y);
        if (phone) {
            assertThat((Boolean) reviewPage.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1"))
                    .as("no sideways scrolling on a phone")
                    .isTrue();
        }
        pm.screenshot(language + "-review-with-delivery");

        delivery.locator("[data-test=delivery-preview]").click();
        Locator preview = reviewPage.locator(".el-dialog[data-test=document-preview]");
        assertThat(preview).isVisible();
        assertThat(preview.locator("[data-test=preview-page]")).hasText(chinese ? "第 1 页，共 2 页" : "Page 1 of 2");
        Locator canvas = preview.locator("[data-test=preview-pdf-page]");
        assertThat(canvas).isVisible();
        BoundingBox box = canvas.boundingBox();
        assertThat(box.width).as("the PDF page is drawn").isGreaterThan(100);
        assertThat(box.height).isGreaterThan(100);
        pm.screenshot(language + "-preview-page-1");
        preview.locator("[data-test=preview-next]").click();
        assertThat(preview.locator("[data-test=preview-page]")).hasText(chinese ? "第 2 页，共 2 页" : "Page 2 of 2");
        preview.locator(".el-dialog__headerbtn").click();
        assertThat(preview).isHidden();

        decision.check();
        reviewPage.locator("[data-test=task-complete]").click();
        assertThat(reviewPage).not().hasURL(Pattern.compile("/tasks/"));
        pm.screenshot(language + "-decided");
        pmProblems.assertNone("pm " + language);
        assertThat(HandoffFixture.inbox(clients.as("pm"), item).path("total").asLong())
                .as("approved: nothing left to review")
                .isZero();
    }
}
