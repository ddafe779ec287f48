package io.crossflow.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.FilePayload;
import io.crossflow.testing.Api;
import io.crossflow.testing.DemoIds;
import io.crossflow.testing.HandoffFixture;
import io.crossflow.testing.IntegrationTest;
import io.crossflow.testing.TestClients;
import io.crossflow.testing.browser.BrowserSession;
import io.crossflow.testing.browser.BrowserTest;
import io.crossflow.testing.browser.PageProblems;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The documents library (issue 12): the project manager drops a PDF into a work item's folder,
 * watches it upload, filters, previews it (PDF.js draws the page), adds a version and a comment and
 * shares it with supplier A; supplier A finds it on its portal documents page, supplier B does not,
 * and the customer sees only what is shared with customers.
 */
@IntegrationTest
class DocumentsLibraryBrowserIT extends BrowserTest {

    private static final String ITEM = "Machined housings, batch 1";

    @Autowired
    TestClients clients;

    @Autowired
    DemoIds demo;

    @ParameterizedTest(name = "{0} at {1}x{2}")
    @CsvSource({"en, 1440, 900", "zh-CN, 390, 844"})
    void theManagerFilesAPdfAndSharesItWithOnePartner(String language, int width, int height) {
        boolean zh = language.equals("zh-CN");
        boolean phone = width < 500;
        String tag = language + "-" + width;
        String name = HandoffFixture.unique("housing-drawing").replace(' ', '-') + ".pdf";
        String forCustomers = HandoffFixture.unique("progress-report").replace(' ', '-') + ".txt";
        Api.Response shared = clients.as("pm")
                .multipart(
                        "/api/projects/" + demo.demoProject() + "/documents",
                        Map.of("type", "OTHER", "customers", true),
                        forCustomers,
                        "Weekly progress".getBytes(StandardCharsets.UTF_8));
        assertThat(shared.status()).as(shared.toString()).isEqualTo(201);

        BrowserSession pm = browser(language, width, height, phone).signIn("pm");
        Page page = pm.page();
        PageProblems problems = PageProblems.watch(page);
        page.navigate("/projects/" + demo.demoProject() + "?tab=documents");
        assertThat(page.locator("[data-test=documents-library]")).isVisible();

        choose(page, "library-upload-type", zh ? "设计" : "Design");
        choose(page, "library-upload-folder", ITEM);
        page.locator("input[data-test=library-file-input]")
                .setInputFiles(new FilePayload(name, "application/pdf", pdf("Housing drawing", "Bore detail")));
        Locator upload = page.locator("[data-test=library-uploads] li", new Page.LocatorOptions().setHasText(name));
        assertThat(upload.locator("[data-test=library-upload-progress]")).isVisible();
        assertThat(upload).hasAttribute("data-test", "library-upload-done");
        assertThat(upload.locator("[data-test=library-upload-progress]")).hasAttribute("aria-valuenow", "100");
        pm.screenshot(tag + "-uploaded");

        // in its work item's folder, named by the item's title
        page.locator("[data-test=library-folder-WORK_ITEM]", new Page.LocatorOptions().setHasText(ITEM))
                .first()
                .click();
        Locator row = page.locator("[data-test=library-row]", new Page.LocatorOptions().setHasText(name));
        assertThat(row).hasCount(1);
        assertThat(row.locator("[data-test=library-row-folder]")).containsText(ITEM);
        assertThat(row.locator("[data-test=library-row-type]")).hasText(zh ? "设计" : "Design");
        assertThat(row.locator("[data-test=library-row-version]")).containsText(zh ? "第 1 版" : "version 1");

        page.locator("[data-test=library-folder-all]").click();
        choose(page, "library-type-filter", zh ? "质检报告" : "QC report");
        assertThat(row).hasCount(0);
        choose(page, "library-type-filter", zh ? "设计" : "Design");
        page.locator("input[data-test=library-name-filter]").fill(name.substring(0, 20));
        assertThat(row).hasCount(1);
        assertThat(page.locator("[data-test=library-row]")).hasCount(1);
        pm.screenshot(tag + "-filtered");

        row.locator("[data-test=library-preview]").click();
        Locator dialog = page.locator(".el-dialog[data-test=document-preview]");
        assertThat(dialog.locator("[data-test=preview-page]")).hasText(zh ? "第 1 页，共 2 页" : "Page 1 of 2");
        Locator canvas = dialog.locator("canvas[data-test=preview-pdf-page]");
        assertThat(canvas).isVisible();
        BoundingBox box = canvas.boundingBox();
        assertThat(box.width).as("the page is drawn").isGreaterThan(100);
        assertThat(box.height).isGreaterThan(100);
        pm.screenshot(tag + "-preview");
        dialog.locator("[data-test=preview-next]").click();
        assertThat(dialog.locator("[data-test=preview-page]")).hasText(zh ? "第 2 页，共 2 页" : "Page 2 of 2");
        page.keyboard().press("Escape");
        assertThat(dialog).isHidden();

        row.locator("[data-test=library-versions]").click();
        Locator drawer = page.locator(".el-drawer[data-test=document-details]");
        assertThat(drawer.locator("[data-test=details-version]")).hasCount(1);
        drawer.locator("input[data-test=details-version-input]")
                .setInputFiles(new FilePayload(name, "application/pdf", pdf("Housing drawing rev B", "Bore detail")));
        assertThat(drawer.locator("[data-test=details-version]")).hasCount(2);
        assertThat(drawer.locator("[data-test=details-restore]")).hasCount(1);

        drawer.getByRole(AriaRole.TAB, new Locator.GetByRoleOptions().setName(zh ? "评论" : "Comments"))
                .click();
        String comment = zh ? "孔径已核对" : "Bore checked against rev B";
        drawer.locator("textarea[data-test=details-comment-body]").fill(comment);
        drawer.locator("[data-test=details-comment-add]").click();
        assertThat(drawer.locator("[data-test=details-comment]")).containsText(comment);

        drawer.getByRole(AriaRole.TAB, new Locator.GetByRoleOptions().setName(zh ? "共享" : "Sharing"))
                .click();
        drawer.locator(".el-checkbox", new Locator.LocatorOptions().setHasText(DemoIds.SUPPLIER_A))
                .click();
        drawer.locator("[data-test=details-share-save]").click();
        assertThat(page.locator(
                        ".el-message--success", new Page.LocatorOptions().setHasText(zh ? "共享设置已保存" : "Sharing of")))
                .isVisible();
        pm.screenshot(tag + "-shared");
        page.keyboard().press("Escape");
        assertThat(drawer).isHidden();
        assertThat(row.locator("[data-test=library-row-version]")).containsText(zh ? "第 2 版" : "version 2");
        assertThat(row.locator("[data-test=library-row-comments]")).containsText(zh ? "1 条评论" : "1 comment");
        problems.assertNone("pm " + tag);

        BrowserSession supplierA = browser(language, width, height, phone).signIn("supplier-a");
        PageProblems aProblems = PageProblems.watch(supplierA.page());
        supplierA.page().navigate("/portal/documents");
        Locator aRow = supplierA.page().locator("[data-test=library-row]", new Page.LocatorOptions().setHasText(name));
        assertThat(aRow).hasCount(1);
        assertThat(aRow.locator("[data-test=library-row-folder]")).containsText(DemoIds.DEMO_PROJECT);
        assertThat(aRow.locator("[data-test=library-sharing]")).hasCount(0);
        assertThat(aRow.locator("[data-test=library-delete]")).hasCount(0);
        assertThat(supplierA.page().locator("[data-test=documents-library]"))
                .not()
                .containsText(forCustomers);
        supplierA.screenshot(tag + "-portal-supplier-a");
        aProblems.assertNone("supplier-a " + tag);

        BrowserSession supplierB = browser(language, width, height, phone).signIn("supplier-b");
        PageProblems bProblems = PageProblems.watch(supplierB.page());
        supplierB.page().navigate("/portal/documents");
        assertThat(supplierB.page().locator("[data-test=library-rows], [data-test=library-empty]"))
                .isVisible();
        assertThat(supplierB.page().locator("[data-test=documents-library]"))
                .not()
                .containsText(name);
        supplierB.screenshot(tag + "-portal-supplier-b");
        assertThat(supplierB.everythingReceived()).doesNotContain(name);
        bProblems.assertNone("supplier-b " + tag);

        BrowserSession customer = browser(language, width, height, phone).signIn("customer");
        PageProblems cProblems = PageProblems.watch(customer.page());
        customer.page().navigate("/customer?project=" + demo.demoProject());
        Locator documents = customer.page().locator("[data-test=customer-documents]");
        assertThat(documents.locator("[data-test=library-row]", new Locator.LocatorOptions().setHasText(forCustomers)))
                .hasCount(1);
        assertThat(documents).not().containsText(name);
        assertThat(documents.locator("[data-test=library-drop-zone]")).hasCount(0);
        assertThat(documents.locator("[data-test=library-sharing]")).hasCount(0);
        documents.scrollIntoViewIfNeeded();
        customer.screenshot(tag + "-customer");
        assertThat(customer.everythingReceived()).doesNotContain(name);
        cProblems.assertNone("customer " + tag);
    }

    /** Opens the Element Plus select marked {@code data-test} and picks the option with the text. */
    private static void choose(Page page, String dataTest, String option) {
        page.locator("[data-test=" + dataTest + "]").click();
        page.locator(".el-select-dropdown__item:visible", new Page.LocatorOptions().setHasText(option))
                .first()
                .click();
    }

    /** A valid PDF of one page per text (Helvetica, correct cross-reference table) for PDF.js to draw. */
    static byte[] pdf(String... pages) {
        List<String> objects = new ArrayList<>();
        int first = 4; // 1 catalog, 2 pages, 3 font; then a page and its content per text
        StringBuilder kids = new StringBuilder();
        for (int i = 0; i < pages.length; i++) {
            kids.append(first + 2 * i).append(" 0 R ");
        }
        objects.add("<< /Type /Catalog /Pages 2 0 R >>");
        objects.add("<< /Type /Pages /Kids [" + kids.toString().trim() + "] /Count " + pages.length + " >>");
        objects.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        for (int i = 0; i < pages.length; i++) {
            String content = "BT /F1 28 Tf 72 700 Td (" + pages[i] + ") Tj ET";
            objects.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >>"
                    + " /Contents " + (first + 2 * i + 1) + " 0 R >>");
            objects.add("<< /Length " + content.length() + " >>\nstream\n" + content + "\nendstream");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Integer> offsets = new ArrayList<>();
        write(out, "%PDF-1.4\n");
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(out.size());
            write(out, (i + 1) + " 0 obj\n" + objects.get(i) + "\nendobj\n");
        }
        int xref = out.size();
        StringBuilder table = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
        for (int offset : offsets) {
            table.append(String.format("%010d 00000 n \n", offset));
        }
        table.append("trailer\n<< /Size ")
                .append(objects.size() + 1)
                .append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref)
                .append("\n%%EOF\n");
        write(out, table.toString());
        return out.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.US_ASCII));
    }
}
