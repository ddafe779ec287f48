package io.crossflow.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.crossflow.notification.internal.OutboxDispatcher;
import io.crossflow.testing.Api;
import io.crossflow.testing.HandoffFixture;
import io.crossflow.testing.IntegrationTest;
import io.crossflow.testing.Outboxes;
import io.crossflow.testing.TestClients;
import io.crossflow.testing.browser.BrowserSession;
import io.crossflow.testing.browser.BrowserTest;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The customer's progress view on a phone: milestones plan vs baseline, tickets, acceptance, nothing to edit. */
@IntegrationTest
class CustomerBrowserIT extends BrowserTest {

    private static final String CUSTOMER = "Northwind Motors";
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH);

    @Autowired
    TestClients clients;

    @Autowired
    OutboxDispatcher dispatcher;

    @Test
    void customerSeesTheMovedMilestoneAgainstItsBaselineAndNothingToEdit() {
        BrowserSession customer = phone().signIn("customer");
        Page page = customer.page();
        assertThat(page).hasURL(Pattern.compile("/customer$"));
        choose(page, HandoffFixture.GEARBOX);
        assertThat(page.locator(
                        "[data-test=milestone]",
                        new Page.LocatorOptions().setHasText("Prototype delivered to customer")))
                .isVisible();
        assertThat(page.locator("[data-test=percent-done]")).isVisible();
        customer.screenshot("demo-project");

        // the plan changes: a predecessor moves later and pushes the milestone (due the day it ends)
        LocalDate today = LocalDate.now();
        String project = projectWithCustomer();
        String milestoneTitle = HandoffFixture.unique("Pilot run delivered");
        String predecessor = workItem(project, "Pilot tooling", today.plusDays(1), today.plusDays(5), false);
        String milestone = workItem(project, milestoneTitle, today.plusDays(10), today.plusDays(10), true);
        Api pm = clients.as("pm");
        assertThat(pm.post("/api/work-items/" + milestone + "/dependencies", Map.of("predecessorId", predecessor))
                        .status())
                .isEqualTo(201);
        assertThat(pm.post("/api/projects/" + project + "/baseline").status()).isEqualTo(200);
        Api.Response moved = pm.patch(
                "/api/work-items/" + predecessor,
                Map.of(
                        "version",
                        pm.get("/api/work-items/" + predecessor)
                                .json()
                                .path("version")
                                .asInt(),
                        "plannedEnd",
                        today.plusDays(14).toString()));
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        assertThat(moved.json().path("shifted").toString()).contains(milestone);

        page.reload();
        choose(page, projectName(project));
        Locator shown = page.locator("[data-test=milestone]", new Page.LocatorOptions().setHasText(milestoneTitle));
        assertThat(shown.locator("[data-test=milestone-planned]"))
                .hasAttribute("data-date", today.plusDays(14).toString());
        assertThat(shown.locator("[data-test=milestone-planned]")).hasText(SHOWN.format(today.plusDays(14)));
        assertThat(shown.locator("[data-test=milestone-baseline]")).hasText(SHOWN.format(today.plusDays(10)));
        assertThat(shown.locator("[data-test=milestone-slip]")).hasText("4 days later than originally planned");
        customer.screenshot("moved-milestone");

        // a view, not an editor: nothing to drag, no edit controls, no chart to re-plan
        assertThat(page.locator("[draggable=true]")).hasCount(0);
        assertThat(page.locator(".bar-wrapper")).hasCount(0);
        assertThat(page.locator(".el-date-editor")).hasCount(0);
        assertThat(page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions()
                                .setName(Pattern.compile("Edit|Save|Hand off|baseline", Pattern.CASE_INSENSITIVE))))
                .hasCount(0);
        assertThat(
                        page.locator(
                                "[data-test=edit-item], [data-test=new-item], [data-test=save-baseline], [data-test=budget-panel]"))
                .hasCount(0);
        // a phone shows it without sideways scrolling
        assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1"))
                .isTrue();

        // nothing of budgets or the partners' items reached the browser
        String received = customer.everythingReceived();
        assertThat(received).contains(milestoneTitle);
        assertThat(received)
                .doesNotContain("Pilot tooling")
                .doesNotContain("Machined housings")
                .doesNotContain("Aluminium castings")
                .doesNotContain("\"committed\"")
                .doesNotContain("\"currency\"");
    }

    @Test
    void customerRaisesAComplaintAndAcceptsADeliveredMilestone() {
        LocalDate today = LocalDate.now();
        String project = projectWithCustomer();
        String milestoneTitle = HandoffFixture.unique("Samples delivered");
        String milestone = workItem(project, milestoneTitle, today.minusDays(1), today.minusDays(1), true);
        Api pm = clients.as("pm");
        Api.Response done = pm.patch("/api/work-items/" + milestone, Map.of("version", 0, "status", "DONE"));
        if (done.status() == 409) {
            done = pm.patch(
                    "/api/work-items/" + milestone,
                    Map.of(
                            "version",
                            pm.get("/api/work-items/" + milestone)
                                    .json()
                                    .path("version")
                                    .asInt(),
                            "status",
                            "DONE"));
        }
        assertThat(done.status()).as(done.toString()).isEqualTo(200);

        BrowserSession customer = phone().signIn("customer");
        Page page = customer.page();
        choose(page, projectName(project));
        Locator shown = page.locator("[data-test=milestone]", new Page.LocatorOptions().setHasText(milestoneTitle));
        assertThat(shown).containsText("Delivered — awaiting your acceptance");
        customer.screenshot("delivered");
        shown.locator("[data-test=accept-delivery]").click();
        page.locator("[data-test=acceptance-comment]").fill("Looks good");
        page.locator("[data-test=acceptance-submit]").click();
        assertThat(shown.locator("[data-test=acceptance]")).hasText("Accepted by Chen Customer");
        assertThat(shown.locator("[data-test=accept-delivery]")).hasCount(0);
        customer.screenshot("accepted");

        String complaint = HandoffFixture.unique("Scratches on the samples");
        page.locator("[data-test=raise-COMPLAINT]").click();
        page.locator("[data-test=ticket-title]").fill(complaint);
        page.locator("[data-test=ticket-submit]").click();
        Locator ticket = page.locator("[data-test=ticket]", new Page.LocatorOptions().setHasText(complaint));
        assertThat(ticket).containsText("Complaint");
        assertThat(ticket.locator("[data-test=ticket-stage]")).not().isEmpty();
        customer.screenshot("complaint-raised");
        assertThat(page.locator("[data-test=raise-ISSUE]")).hasCount(0);
    }

    @Test
    void aChineseCustomerRefusesAMilestoneWithAReasonAndItsOwnerSeesItBackInProgress() {
        LocalDate today = LocalDate.now();
        String project = projectWithCustomer();
        String milestoneTitle = HandoffFixture.unique("样件交付");
        String milestone = workItem(project, milestoneTitle, today.minusDays(2), today.minusDays(2), true);
        markDone(milestone);
        String reason = "法兰有毛刺，请返工后重新交付";

        BrowserSession customer = browser("zh-CN", 390, 844, true).signIn("customer");
        Page page = customer.page();
        choose(page, projectName(project));
        Locator shown = page.locator("[data-test=milestone]", new Page.LocatorOptions().setHasText(milestoneTitle));
        assertThat(shown).containsText("已交付，等待您验收");
        customer.screenshot("delivered-zh-phone");
        shown.locator("[data-test=refuse-delivery]").click();
        // the reason is required: refusing without one names the field and changes nothing
        page.locator("[data-test=acceptance-submit]").click();
        assertThat(page.getByText("请说明拒收原因。")).isVisible();
        page.locator("[data-test=acceptance-comment]").fill(reason);
        customer.screenshot("refusing-zh-phone");
        page.locator("[data-test=acceptance-submit]").click();
        assertThat(shown.locator("[data-test=acceptance]")).hasText("已退回，返工中");
        assertThat(shown.locator("[data-test=refusal-reason]")).hasText("退回原因：" + reason);
        assertThat(shown.locator("[data-test=refuse-delivery]")).hasCount(0);
        customer.screenshot("refused-zh-phone");

        BrowserSession wide = browser("zh-CN", 1440, 900, false).signIn("customer");
        choose(wide.page(), projectName(project));
        Locator wideShown =
                wide.page().locator("[data-test=milestone]", new Page.LocatorOptions().setHasText(milestoneTitle));
        assertThat(wideShown.locator("[data-test=acceptance]")).hasText("已退回，返工中");
        assertThat(wideShown.locator("[data-test=refusal-reason]")).containsText(reason);
        wide.screenshot("refused-zh-desktop");

        // the owner (unassigned milestone: the project's managers) sees it back in progress, and is told
        JsonNode item = clients.as("pm").get("/api/work-items/" + milestone).json();
        assertThat(item.path("status").asText()).isEqualTo("IN_PROGRESS");
        Outboxes.drain(dispatcher);
        BrowserSession owner = browser("zh-CN", 1440, 900, false).signIn("pm");
        Page ownerPage = owner.page();
        owner.open("/projects/" + project + "?tab=board");
        assertThat(ownerPage.locator("[data-test=board-column-IN_PROGRESS]")).containsText(milestoneTitle);
        assertThat(ownerPage.locator("[data-test=board-column-DONE]")).not().containsText(milestoneTitle);
        owner.screenshot("owner-board-zh-desktop");
        ownerPage.locator("[data-test=notification-bell]").click();
        Locator told = ownerPage
                .locator(".el-popover li", new Page.LocatorOptions().setHasText(milestoneTitle))
                .first();
        assertThat(told).containsText("已退回：客户将“" + milestoneTitle + "”退回返工");
        assertThat(told).containsText(reason);
        owner.screenshot("owner-notified-zh-desktop");

        BrowserSession ownerPhone = browser("zh-CN", 390, 844, true).signIn("pm");
        ownerPhone.open("/projects/" + project + "?tab=board");
        assertThat(ownerPhone.page().locator("[data-test=board-column-IN_PROGRESS]"))
                .containsText(milestoneTitle);
        ownerPhone.screenshot("owner-board-zh-phone");
    }

    private void markDone(String milestone) {
        Api pm = clients.as("pm");
        int version =
                pm.get("/api/work-items/" + milestone).json().path("version").asInt();
        Api.Response done = pm.patch("/api/work-items/" + milestone, Map.of("version", version, "status", "DONE"));
        assertThat(done.status()).as(done.toString()).isEqualTo(200);
    }

    /** Picks the project in the view's selector when the customer has several. */
    private static void choose(Page page, String name) {
        Locator select = page.locator("[data-test=customer-project-select]");
        assertThat(page.locator("[data-test=customer-project]")).isVisible();
        if (select.count() > 0) {
            select.click();
            page.locator(".el-select-dropdown__item", new Page.LocatorOptions().setHasText(name))
                    .click();
        }
        assertThat(page.locator("[data-test=customer-project-name]")).hasText(name);
    }

    private String projectWithCustomer() {
        HandoffFixture fixture = new HandoffFixture(clients);
        String customer = fixture.organisationId(fixture.projectId(HandoffFixture.GEARBOX), CUSTOMER);
        Api pm = clients.as("pm");
        Api.Response created = pm.post(
                "/api/projects",
                Map.of(
                        "name",
                        HandoffFixture.unique("Customer view"),
                        "plannedStart",
                        LocalDate.now().toString()));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String project = created.json().path("id").asText();
        Api.Response joined = pm.post(
                "/api/projects/" + project + "/participants", Map.of("organisationId", customer, "role", "CUSTOMER"));
        assertThat(joined.status()).as(joined.toString()).isEqualTo(201);
        return project;
    }

    private String projectName(String project) {
        JsonNode p = clients.as("pm").get("/api/projects/" + project).json();
        return p.path("name").asText();
    }

    private String workItem(String project, String title, LocalDate start, LocalDate end, boolean milestone) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("plannedStart", start.toString());
        body.put("plannedEnd", end.toString());
        body.put("milestone", milestone);
        Api.Response created = clients.as("pm").post("/api/projects/" + project + "/work-items", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().path("id").asText();
    }
}
