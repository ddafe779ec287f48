package io.crossflow.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import io.crossflow.testing.DemoIds;
import io.crossflow.testing.IntegrationTest;
import io.crossflow.testing.TestClients;
import io.crossflow.testing.browser.BrowserSession;
import io.crossflow.testing.browser.BrowserTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A document-gated step in the browser: the supplier sees on the task that a QC report is required,
 * cannot complete without it, uploads it on the task and then completes.
 */
@IntegrationTest
class QcReportBrowserIT extends BrowserTest {

    @Autowired
    TestClients clients;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoIds demo;

    @Test
    void theSupplierUploadsTheRequiredQcReportOnTheTaskAndThenCompletesIt() {
        String qcTask = qcTaskOfAFreshOrder();
        BrowserSession supplier = browser().signIn("supplier-a").open("/tasks/" + qcTask);
        Page page = supplier.page();

        assertThat(page.locator("[data-test=required-QC_REPORT]")).containsText("QC report");
        assertThat(page.locator("[data-test=required-QC_REPORT]")).containsText("missing");
        page.getByLabel("QC report (document number or link)").fill("QC-2026-118");
        page.locator("[data-test=task-complete]").click();
        assertThat(page.locator("[data-test=task-errors]"))
                .containsText("Documents: a QC report document must be attached to this step");
        supplier.screenshot("refused-without-report");

        com.microsoft.playwright.FileChooser chooser = page.waitForFileChooser(
                () -> page.locator("[data-test=upload-QC_REPORT]").click());
        chooser.setFiles(new FilePayload(
                "qc-report-118.pdf", "application/pdf", "%PDF-1.4 QC report 118".getBytes(StandardCharsets.US_ASCII)));
        assertThat(page.locator("[data-test=required-QC_REPORT]")).containsText("attached");
        assertThat(page.locator("[data-test=task-document]")).containsText("qc-report-118.pdf");
        supplier.screenshot("report-attached");

        page.locator("[data-test=task-complete]").click();
        assertThat(page).not().hasURL(java.util.regex.Pattern.compile("/tasks/"));
        supplier.screenshot("completed");
        assertThat(clients.as("supplier-a").get("/api/tasks/" + qcTask).status())
                .isEqualTo(404);
    }

    private String qcTaskOfAFreshOrder() {
        UUID project = demo.demoProject();
        UUID supplierA = demo.organisation(DemoIds.SUPPLIER_A);
        var item = clients.as("pm")
                .post(
                        "/api/projects/" + project + "/work-items",
                        Map.of(
                                "title",
                                "QC browser " + UUID.randomUUID(),
                                "assigneeOrganisationId",
                                supplierA,
                                "plannedStart",
                                LocalDate.now().toString(),
                                "plannedEnd",
                                LocalDate.now().plusDays(14).toString()));
        assertThat(item.status()).as(item.toString()).isEqualTo(201);
        var order = clients.as("pm")
                .post(
                        "/api/projects/" + project + "/supplier-orders",
                        Map.of(
                                "supplierOrganisationId",
                                supplierA,
                                "title",
                                "Housing castings",
                                "workItemIds",
                                List.of(item.json().path("id").asText())));
        assertThat(order.status()).as(order.toString()).isEqualTo(201);
        String orderId = order.json().path("id").asText();
        String confirm = task(orderId, "ConfirmOrder");
        assertThat(clients.as("supplier-a")
                        .post("/api/tasks/" + confirm + "/complete", Map.of())
                        .status())
                .isEqualTo(204);
        return task(orderId, "SubmitQcReport");
    }

    private String task(String orderId, String key) {
        return jdbc.sql("select task_id from inbox_item where business_key = ? and task_definition_key = ?")
                .params(orderId, key)
                .query(String.class)
                .single();
    }
}
