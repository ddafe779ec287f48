package io.crossflow.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.crossflow.testing.Api;
import io.crossflow.testing.DemoIds;
import io.crossflow.testing.HandoffFixture;
import io.crossflow.testing.IntegrationTest;
import io.crossflow.testing.TestClients;
import io.crossflow.testing.browser.BrowserSession;
import io.crossflow.testing.browser.BrowserTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A designer (in English) and a manager (in Chinese) start the approval from the web app with its
 * start form, are told what the form lacks, and then follow it under "my requests".
 */
@IntegrationTest
class RequestsBrowserIT extends BrowserTest {

    @Autowired
    DemoIds ids;

    @Autowired
    TestClients clients;

    @Test
    void aDesignerStartsTheApprovalWithItsStartFormAndSeesItUnderMyRequests() {
        BrowserSession admin = browser().signIn("admin");
        Page page = admin.page();
        String subject = "Test bench " + UUID.randomUUID().toString().substring(0, 8);
        admin.open("/requests?start=approval&type=PURCHASE&amount=2500&projectId=" + ids.demoProject());
        assertThat(page.locator("[data-test=start-approval]")).hasText("Approval");
        Locator form = page.locator("[data-test=start-form]");
        assertThat(form.getByLabel("What is to be approved")).isVisible();
        admin.screenshot("requests-start-en");

        // the server names what is missing, on the field; nothing starts
        page.locator("[data-test=start-submit]").click();
        assertThat(page.locator("[data-test=start-errors]")).containsText("What is to be approved");
        admin.screenshot("requests-start-errors-en");

        form.getByLabel("What is to be approved").fill(subject);
        page.locator("[data-test=start-submit]").click();
        assertThat(page.getByText("Started: Approval")).isVisible();
        Locator request = page.locator("[data-test=my-request]").first();
        assertThat(request.locator("[data-test=my-request-state]")).hasText("In progress");
        assertThat(request.locator("[data-test=my-request-steps]"))
                .containsText(Pattern.compile("Approve \\(level 1 of 1\\).*the project managers"));
        assertThat(request.locator("[data-test=my-request-history]")).containsText("Approval requested");
        admin.screenshot("my-requests-en");
    }

    @Test
    void aChineseManagerStartsTheApprovalInChinese() {
        BrowserSession pm = browser("zh-CN", 1280, 800, false).signIn("pm");
        Page page = pm.page();
        pm.open("/requests?start=approval&type=CHANGE&amount=800&projectId=" + ids.demoProject());
        assertThat(page.locator("[data-test=start-approval]")).hasText("审批");
        Locator form = page.locator("[data-test=start-form]");
        assertThat(form.getByLabel("审批事项")).isVisible();
        assertThat(form).containsText("发起审批");
        pm.screenshot("requests-start-zh");

        form.getByLabel("审批事项").fill("夹具变更 " + UUID.randomUUID().toString().substring(0, 8));
        page.locator("[data-test=start-submit]").click();
        assertThat(page.getByText("已发起：审批")).isVisible();
        Locator request = page.locator("[data-test=my-request]").first();
        assertThat(request.locator("[data-test=my-request-state]")).hasText("进行中");
        assertThat(request.locator("[data-test=my-request-steps]")).containsText("项目经理");
        pm.screenshot("my-requests-zh");
    }

    @Test
    void aManagerRequestsApprovalForASupplierOrderFromTheProjectsOrderList() {
        HandoffFixture fixture = new HandoffFixture(clients);
        String project = fixture.projectId(HandoffFixture.GEARBOX);
        String supplier = fixture.organisationId(project, HandoffFixture.SUPPLIER_A);
        LocalDate due = LocalDate.now().plusDays(12);
        String item = fixture.workItem(project, supplier, HandoffFixture.unique("Castings"), due);
        String title = HandoffFixture.unique("铸件订单");
        Api.Response placed = clients.as("pm")
                .post(
                        "/api/projects/" + project + "/supplier-orders",
                        Map.of("supplierOrganisationId", supplier, "title", title, "workItemIds", List.of(item)));
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        String number = placed.json().path("number").asText();

        BrowserSession pm = browser("zh-CN", 1440, 900, false).signIn("pm");
        Page page = pm.page();
        pm.open("/projects/" + project + "?tab=orders");
        Locator row = page.locator("[data-test=supplier-orders-panel] .el-table__row")
                .filter(new Locator.FilterOptions().setHasText(number));
        assertThat(row.locator("[data-test=supplier-order-supplier]")).hasText(HandoffFixture.SUPPLIER_A);
        assertThat(row.locator("[data-test=supplier-order-status]")).hasText("已下单");
        assertThat(row.locator("[data-test=supplier-order-due]")).hasAttribute("data-date", due.toString());
        pm.screenshot("supplier-orders-zh-desktop");

        row.locator("[data-test=supplier-order-request-approval]").click();
        assertThat(page).hasURL(Pattern.compile("/requests\\?.*linkType=SUPPLIER_ORDER"));
        assertThat(page.locator("[data-test=start-link]")).hasText("关联供应商订单");
        Locator form = page.locator("[data-test=start-form]");
        assertThat(form.getByLabel("审批事项")).hasValue(number + " " + title);
        form.getByLabel("金额").fill("1800");
        pm.screenshot("supplier-order-approval-start-zh");
        page.locator("[data-test=start-submit]").click();
        assertThat(page.getByText("已发起：审批")).isVisible();
        Locator request = page.locator("[data-test=my-request]").first();
        assertThat(request.locator("[data-test=my-request-state]")).hasText("进行中");
        pm.screenshot("supplier-order-approval-requested-zh");
        var started = clients.as("pm")
                .get("/api/processes/instances?startedBy=me")
                .json()
                .get(0);
        assertThat(started.toString()).contains(placed.json().path("id").asText());

        BrowserSession phone = browser("zh-CN", 390, 844, true).signIn("pm");
        phone.open("/projects/" + project + "?tab=orders");
        Locator phoneRow = phone.page()
                .locator("[data-test=supplier-orders-panel] .el-table__row")
                .filter(new Locator.FilterOptions().setHasText(number));
        assertThat(phoneRow.locator("[data-test=supplier-order-status]")).hasText("已下单");
        assertThat(phoneRow.locator("[data-test=supplier-order-due-phone]")).hasAttribute("data-date", due.toString());
        assertThat(phoneRow.locator("[data-test=supplier-order-request-approval]"))
                .isVisible();
        phone.screenshot("supplier-orders-zh-phone");
    }
}
