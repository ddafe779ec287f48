package io.crossflow.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.crossflow.testing.Api;
import io.crossflow.testing.DemoIds;
import io.crossflow.testing.HandoffFixture;
import io.crossflow.testing.IntegrationTest;
import io.crossflow.testing.TestClients;
import io.crossflow.testing.browser.BrowserSession;
import io.crossflow.testing.browser.BrowserTest;
import io.crossflow.testing.browser.PageProblems;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The ticket page (issue 12): reached from the project's tickets tab, the portal and the customer
 * view; number, type, stages with who and when, the open step and who holds it, the SLA clock, the
 * affected work item and one comment thread — at 1440×900 and 390×844, in English and Chinese. A
 * ticket the reader may not see is the ordinary not-found page.
 */
@IntegrationTest
class TicketPageBrowserIT extends BrowserTest {

    private static final String SUPPLIER_A_ITEM = "Machined housings, batch 1";

    @Autowired
    TestClients clients;

    @Autowired
    DemoIds demo;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RuntimeService runtime;

    private final List<String> raised = new ArrayList<>();

    @AfterEach
    void endTheTicketsRaisedHere() {
        for (String ticket : raised) {
            runtime.createProcessInstanceQuery()
                    .processInstanceBusinessKey(ticket)
                    .list()
                    .forEach(i -> runtime.deleteProcessInstance(i.getId(), "test finished"));
        }
    }

    @Test
    void theManagerFindsTheTicketOnTheTicketsTabAndSeesWhereItStands() {
        JsonNode ticket = supplierAIssue("Burrs on the housings");
        String number = ticket.path("number").asText();
        clients.as("supplier-a")
                .post("/api/tickets/" + ticket.path("id").asText() + "/comments", Map.of("text", "12 of 40 affected"));

        for (String language : List.of("en", "zh-CN")) {
            BrowserSession pm = browser(language, 1440, 900, false).signIn("pm");
            Page page = pm.page();
            PageProblems problems = PageProblems.watch(page);
            page.navigate("/projects/" + demo.demoProject() + "?tab=tickets");
            page.locator("input[data-test=ticket-filter-text]")
                    .fill(ticket.path("title").asText());
            assertThat(page.locator("[data-test=ticket]")).hasCount(1);
            pm.screenshot("tickets-tab-filtered");
            page.locator("[data-test=ticket-link]").first().click();

            assertThat(page)
                    .hasURL(Pattern.compile("/tickets/" + ticket.path("id").asText() + "$"));
            assertThat(page.locator("[data-test=ticket-number]")).hasText(number);
            assertThat(page.locator("[data-test=ticket-title]"))
                    .hasText(ticket.path("title").asText());
            assertThat(page.locator("[data-test=ticket-type]")).hasText(language.equals("en") ? "Issue" : "问题");
            assertThat(page.locator("[data-test=ticket-project]")).containsText(DemoIds.DEMO_PROJECT);
            assertThat(page.locator("[data-test=ticket-timeline-entry]").first())
                    .containsText(language.equals("en") ? "Raised" : "已提交");
            assertThat(page.locator("[data-test=ticket-sla]")).isVisible();
            assertThat(page.locator("[data-test=ticket-step-holder]").first())
                    .containsText(language.equals("en") ? "project members" : "项目成员");
            assertThat(page.locator("[data-test=ticket-work-item]")).containsText(SUPPLIER_A_ITEM);
            assertThat(page.locator("[data-test=comment]").first()).containsText("12 of 40 affected");
            pm.screenshot("ticket-page");
            if (language.equals("en")) {
                page.locator("textarea[data-test=comment-text]").fill("Replacement batch on Friday");
                page.locator("[data-test=comment-send]").click();
                assertThat(page.locator("[data-test=comment]").last()).containsText("Replacement batch on Friday");
            } else {
                assertThat(page.locator("[data-test=ticket-page]")).not().containsText("Raised");
            }
            problems.assertNone("pm " + language);
        }
    }

    @Test
    void thePartnerOpensItsTicketFromThePortalOnAPhone() {
        JsonNode ticket = supplierAIssue("Drawings out of date");
        String id = ticket.path("id").asText();
        clients.as("pm").post("/api/tickets/" + id + "/comments", Map.of("text", "New revision uploaded"));

        for (String language : List.of("zh-CN", "en")) {
            BrowserSession partner = browser(language, 390, 844, true).signIn("supplier-a");
            Page page = partner.page();
            PageProblems problems = PageProblems.watch(page);
            Locator row = page.locator(
                    "[data-test=ticket-row]",
                    new Page.LocatorOptions().setHasText(ticket.path("title").asText()));
            row.locator("[data-test=ticket-link]").click();
            assertThat(page.locator("[data-test=ticket-number]"))
                    .hasText(ticket.path("number").asText());
            assertThat(page.locator("[data-test=ticket-step-holder]").first())
                    .containsText(language.equals("en") ? "with the project team" : "由项目团队处理");
            assertThat(page.locator("[data-test=ticket-step-open]")).hasCount(0);
            assertThat(page.locator("[data-test=comment]").first()).containsText("New revision uploaded");
            assertThat(page.locator("[data-test=attach-document]")).isVisible();
            assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1"))
                    .as("no sideways scrolling on a phone")
                    .isTrue();
            partner.screenshot("ticket-page-phone");
            problems.assertNone("supplier-a " + language);
        }
    }

    @Test
    void theCustomerOpensItsComplaintFromTheProgressViewAndAnotherPartnersTicketIsNotFound() {
        String complaintTitle = HandoffFixture.unique("Scratched samples");
        Api.Response complaint = clients.as("customer")
                .post(
                        "/api/projects/" + demo.demoProject() + "/tickets",
                        Map.of("type", "COMPLAINT", "title", complaintTitle));
        assertThat(complaint.status()).as(complaint.toString()).isEqualTo(201);
        raised.add(complaint.json().path("id").asText());

        BrowserSession customer = browser("zh-CN", 390, 844, true).signIn("customer");
        Page page = customer.page();
        PageProblems problems = PageProblems.watch(page);
        page.navigate("/customer?project=" + demo.demoProject());
        page.locator("[data-test=ticket]", new Page.LocatorOptions().setHasText(complaintTitle))
                .locator("[data-test=ticket-link]")
                .click();
        assertThat(page.locator("[data-test=ticket-type]")).hasText("投诉");
        assertThat(page.locator("[data-test=attach-document]")).hasCount(0);
        customer.screenshot("complaint-page");
        problems.assertNone("customer");

        JsonNode issue = supplierAIssue("Supplier A only");
        BrowserSession other = browser("en", 1440, 900, false).signIn("supplier-b");
        PageProblems expected404 = PageProblems.watch(
                other.page(),
                p -> (p.startsWith("404 GET") && p.contains("/api/tickets/"))
                        || p.contains("the server responded with a status of 404"));
        other.page().navigate("/tickets/" + issue.path("id").asText());
        assertThat(other.page().locator("[data-test=not-found]")).isVisible();
        other.screenshot("not-found");
        assertThat(other.everythingReceived())
                .doesNotContain(issue.path("title").asText());
        expected404.assertNone("supplier-b");
    }

    private JsonNode supplierAIssue(String title) {
        UUID item = jdbc.sql(
                        "select id from prj_work_item where title = ? and project_id = ? order by created_at limit 1")
                .params(SUPPLIER_A_ITEM, demo.demoProject())
                .query(UUID.class)
                .single();
        Api.Response created = clients.as("supplier-a")
                .post(
                        "/api/projects/" + demo.demoProject() + "/tickets",
                        Map.of(
                                "type",
                                "ISSUE",
                                "title",
                                HandoffFixture.unique(title),
                                "description",
                                "Found at incoming inspection.",
                                "affectedWorkItemIds",
                                List.of(item)));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        raised.add(created.json().path("id").asText());
        return created.json();
    }
}
