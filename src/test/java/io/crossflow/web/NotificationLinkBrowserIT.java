package io.crossflow.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.crossflow.identity.CurrentUser;
import io.crossflow.identity.Users;
import io.crossflow.notification.NotificationRequested;
import io.crossflow.notification.internal.OutboxDispatcher;
import io.crossflow.testing.Api;
import io.crossflow.testing.HandoffFixture;
import io.crossflow.testing.IntegrationTest;
import io.crossflow.testing.Outboxes;
import io.crossflow.testing.TestClients;
import io.crossflow.testing.browser.BrowserSession;
import io.crossflow.testing.browser.BrowserTest;
import io.crossflow.testing.browser.PageProblems;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The link check of issue 12: every notification type, sent to every kind of recipient (an internal
 * manager, the partner the object concerns, another partner of the project, the customer), carries
 * a link its recipient opens in the browser onto a page that shows the object — or, where the
 * recipient may not see the object, its nearest visible ancestor — and never the not-found page.
 * Types whose link is a secret for the addressee alone (sign-in unlock, invitation, password reset)
 * open server or public pages and are checked by their own scenarios ({@link #SECRET_TYPES}).
 */
@IntegrationTest
class NotificationLinkBrowserIT extends BrowserTest {

    /** E-mail-only types whose link is a single-use secret (PasswordBrowserIT, OnboardingBrowserIT, SecurityPolicyBrowserIT). */
    private static final Set<String> SECRET_TYPES = Set.of("SIGN_IN_LOCKED", "INVITATION", "PASSWORD_RESET");

    /** Types that carry no link at all: the approval's outcome (the request page lists it) and the fallback. */
    private static final Set<String> LINKLESS_TYPES = Set.of("APPROVAL_GRANTED", "APPROVAL_REJECTED", "GENERIC");

    private static final List<String> RECIPIENTS = List.of("pm", "supplier-a", "supplier-b", "customer");

    @Autowired
    TestClients clients;

    @Autowired
    Users users;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    OutboxDispatcher dispatcher;

    @Autowired
    RuntimeService runtime;

    private final List<String> businessKeys = new ArrayList<>();

    @AfterEach
    void endTheProcessesStartedHere() {
        for (String key : businessKeys) {
            runtime.createProcessInstanceQuery()
                    .processInstanceBusinessKey(key)
                    .list()
                    .forEach(i -> runtime.deleteProcessInstance(i.getId(), "test finished"));
        }
    }

    @Test
    void everyNotificationTypeOpensItsObjectForEveryRecipient() throws IOException {
        Objects o = objects();
        String run = UUID.randomUUID().toString();

        // every type with templates is in this table, or is a secret or linkless one
        Map<String, String> linkOf = new LinkedHashMap<>();
        linkOf.put("TASK_OFFERED", "/inbox/" + o.acceptTask);
        linkOf.put("TASK_ASSIGNED", "/inbox/" + o.acceptTask);
        linkOf.put("TASK_REMINDER", "/inbox/" + o.acceptTask);
        linkOf.put("TASK_ESCALATED", "/projects/" + o.project);
        linkOf.put("HANDOFF_REMINDER", workItem(o, o.handedOff));
        linkOf.put("HANDOFF_OVERDUE", workItem(o, o.handedOff));
        linkOf.put("MILESTONE_REFUSED", workItem(o, o.milestone));
        linkOf.put("AUTOMATION_RULE", "/work-items/" + o.internalItem);
        linkOf.put("SUPPLY_DISRUPTION", "/projects/" + o.project);
        linkOf.put("SUPPLIER_ORDER_CONFIRMATION_DUE", "/portal/supplier-orders/" + o.order);
        linkOf.put("TICKET_STAGE_CHANGED", "/tickets/" + o.issue);
        linkOf.put("TICKET_SLA_BREACHED", "/tickets/" + o.complaint);
        linkOf.put("TICKET_RESOLUTION_BREACHED", "/tickets/" + o.issue);
        linkOf.put("TICKET_ESCALATED", "/tickets/" + o.complaint);
        linkOf.put("DOCUMENT_MENTION", "/projects/" + o.project + "/documents/" + o.document);
        Set<String> covered = new TreeSet<>(linkOf.keySet());
        covered.addAll(SECRET_TYPES);
        covered.addAll(LINKLESS_TYPES);
        assertThat(covered).as("every notification type is walked").containsAll(templateTypes());

        CurrentUser pm = user("pm");
        Set<UUID> recipients = RECIPIENTS.stream().map(u -> user(u).id()).collect(Collectors.toSet());
        transactions.executeWithoutResult(tx ->
                linkOf.forEach((type, link) -> events.publishEvent(new NotificationRequested(
                        pm.tenantId(),
                        recipients,
                        Set.of(),
                        Set.of(),
                        type,
                        params(o, run),
                        link,
                        "link-browser:" + run + ":" + type))));
        Outboxes.drain(dispatcher);

        Map<String, BrowserSession> browsers = Map.of(
                "pm", browser("en", 1440, 900, false),
                "supplier-a", browser("zh-CN", 390, 844, true),
                "supplier-b", browser("en", 390, 844, true),
                "customer", browser("zh-CN", 1440, 900, false));
        List<String> opened = new ArrayList<>();
        for (String username : RECIPIENTS) {
            BrowserSession session = browsers.get(username).signIn(username);
            PageProblems problems = PageProblems.watch(session.page());
            JsonNode notifications = clients.as(username)
                    .get("/api/notifications?size=100")
                    .json()
                    .path("items");
            int found = 0;
            for (JsonNode n : notifications) {
                if (!run.equals(n.path("params").path("run").asText())) {
                    continue;
                }
                found++;
                String type = n.path("type").asText();
                if (n.path("link").isNull() || n.path("link").asText().isEmpty()) {
                    opened.add(username + " " + type + ": no link (nothing it may open)");
                    continue;
                }
                String link = n.path("link").asText();
                session.page().navigate(link);
                assertShowsObject(session.page(), o, link, username + " " + type);
                opened.add(username + " " + type + ": " + link + " → "
                        + session.page().url());
                session.screenshot(username + "-" + type);
            }
            assertThat(found).as(username + " got every type").isEqualTo(linkOf.size());
            problems.assertNone(username);
        }
        // each recipient opens at least the objects it takes part in
        assertThat(opened).anyMatch(s -> s.startsWith("supplier-a TASK_OFFERED: /inbox/"));
        assertThat(opened).anyMatch(s -> s.startsWith("customer TICKET_SLA_BREACHED: /tickets/"));
        assertThat(opened).anyMatch(s -> s.startsWith("supplier-b TICKET_STAGE_CHANGED: /projects/"));
    }

    @Test
    void theBellOpensTheTaskAHandOffOffersThePartner() {
        Objects o = objects();
        Outboxes.drain(dispatcher);
        BrowserSession partner = browser("zh-CN", 390, 844, true).signIn("supplier-a");
        Page page = partner.page();
        PageProblems problems = PageProblems.watch(page);
        page.locator("[data-test=notification-bell]").click();
        Locator offered = page.locator(".list li", new Page.LocatorOptions().setHasText(o.handedOffTitle))
                .first();
        assertThat(offered).isVisible();
        partner.screenshot("bell");
        offered.click();
        assertThat(page).hasURL(Pattern.compile("/tasks/" + o.acceptTask + "$"));
        assertThat(page.locator("[data-test=task-name]")).isVisible();
        assertThat(page.locator("[data-test=not-found]")).hasCount(0);
        partner.screenshot("task-opened");
        problems.assertNone("supplier-a");
    }

    /** The page the link opened shows its object (or the ancestor the server chose), not the not-found page. */
    private static void assertShowsObject(Page page, Objects o, String link, String what) {
        assertThat(page.locator("[data-test=user-menu]")).isVisible();
        Matcher task = Pattern.compile("^/inbox/(.+)$").matcher(link);
        Matcher item = Pattern.compile("^/projects/([^/]+)/work-items/([^/]+)$").matcher(link);
        if (task.matches()) {
            assertThat(page).hasURL(Pattern.compile("/tasks/" + task.group(1) + "$"));
            assertThat(page.locator("[data-test=task-name]")).not().isEmpty();
        } else if (link.startsWith("/tickets/")) {
            assertThat(page.locator("[data-test=ticket-number]")).hasText(o.numbers.get(link.substring(9)));
        } else if (link.contains("/documents/")) {
            assertThat(page.locator("[data-test=document-name]")).hasText(o.documentName);
        } else if (item.matches()) {
            assertThat(visibleText(page, o.titles.get(item.group(2)))).isVisible();
        } else if (link.startsWith("/portal/supplier-orders/")) {
            assertThat(visibleText(page, o.orderTitle)
                            .or(visibleText(page, o.projectName))
                            .first())
                    .isVisible();
        } else if (link.startsWith("/projects/")) {
            assertThat(visibleText(page, o.projectName)).isVisible();
        } else {
            throw new AssertionError(what + ": a link of no known kind: " + link);
        }
        assertThat(page.locator("[data-test=not-found]").count()).as(what).isZero();
    }

    private static Locator visibleText(Page page, String text) {
        return page.getByText(text).locator("visible=true").first();
    }

    private Objects objects() {
        HandoffFixture fixture = new HandoffFixture(clients);
        Api pm = clients.as("pm");
        Objects o = new Objects();
        o.project = fixture.projectId(HandoffFixture.GEARBOX);
        o.projectName = HandoffFixture.GEARBOX;
        String supplierA = fixture.organisationId(o.project, HandoffFixture.SUPPLIER_A);
        o.handedOffTitle = HandoffFixture.unique("Link check package");
        o.handedOff = fixture.workItem(
                o.project, supplierA, o.handedOffTitle, LocalDate.now().plusDays(9));
        fixture.handoff(o.handedOff, LocalDate.now().plusDays(9));
        businessKeys.add(o.handedOff);
        o.acceptTask = HandoffFixture.onlyTask(clients.as("supplier-a"), o.handedOff);
        o.titles.put(o.handedOff, o.handedOffTitle);
        String milestoneTitle = HandoffFixture.unique("Link check milestone");
        o.milestone = created(pm.post(
                "/api/projects/" + o.project + "/work-items",
                Map.of(
                        "title",
                        milestoneTitle,
                        "milestone",
                        true,
                        "plannedEnd",
                        LocalDate.now().plusDays(20).toString())));
        o.titles.put(o.milestone, milestoneTitle);
        String internalTitle = HandoffFixture.unique("Link check internal step");
        o.internalItem = created(pm.post("/api/projects/" + o.project + "/work-items", Map.of("title", internalTitle)));
        o.titles.put(o.internalItem, internalTitle);

        o.orderTitle = HandoffFixture.unique("Link check order");
        o.order = created(pm.post(
                "/api/projects/" + o.project + "/supplier-orders",
                Map.of(
                        "supplierOrganisationId",
                        supplierA,
                        "title",
                        o.orderTitle,
                        "workItemIds",
                        List.of(o.handedOff))));
        businessKeys.add(o.order);

        Api.Response issue = clients.as("supplier-a")
                .post(
                        "/api/projects/" + o.project + "/tickets",
                        Map.of("type", "ISSUE", "title", HandoffFixture.unique("Link check issue")));
        o.issue = created(issue);
        o.numbers.put(o.issue, issue.json().path("number").asText());
        Api.Response complaint = clients.as("customer")
                .post(
                        "/api/projects/" + o.project + "/tickets",
                        Map.of("type", "COMPLAINT", "title", HandoffFixture.unique("Link check complaint")));
        o.complaint = created(complaint);
        o.numbers.put(o.complaint, complaint.json().path("number").asText());
        businessKeys.add(o.issue);
        businessKeys.add(o.complaint);

        o.documentName = HandoffFixture.unique("link-check") + ".txt";
        Api.Response document = pm.multipart(
                "/api/projects/" + o.project + "/documents",
                Map.of("type", "OTHER", "partnerOrganisationIds", supplierA),
                o.documentName,
                "Link check".getBytes(StandardCharsets.UTF_8));
        o.document = created(document);
        return o;
    }

    private static Map<String, String> params(Objects o, String run) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("run", run);
        for (String name : List.of(
                "task",
                "process",
                "project",
                "workItem",
                "partner",
                "customer",
                "reason",
                "rule",
                "title",
                "text",
                "orderNumber",
                "number",
                "stage",
                "level",
                "author",
                "document")) {
            params.put(name, "Link check " + name);
        }
        return params;
    }

    private static String workItem(Objects o, String id) {
        return "/projects/" + o.project + "/work-items/" + id;
    }

    private static String created(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().path("id").asText();
    }

    private CurrentUser user(String username) {
        return users.currentUserByUsername(username).orElseThrow();
    }

    /** The types that have templates: the notification types the product can send. */
    private static Set<String> templateTypes() throws IOException {
        Properties templates = new Properties();
        try (InputStream in =
                NotificationLinkBrowserIT.class.getResourceAsStream("/notification/messages.properties")) {
            templates.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return templates.stringPropertyNames().stream()
                .filter(k -> k.endsWith(".subject"))
                .map(k -> k.substring(0, k.length() - ".subject".length()))
                .filter(type -> !type.contains(".")) // variants such as TASK_OFFERED.object are texts of their type
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static final class Objects {
        String project;
        String projectName;
        String handedOff;
        String handedOffTitle;
        String acceptTask;
        String milestone;
        String internalItem;
        String order;
        String orderTitle;
        String issue;
        String complaint;
        String document;
        String documentName;
        final Map<String, String> titles = new LinkedHashMap<>();
        final Map<String, String> numbers = new LinkedHashMap<>();
    }
}
