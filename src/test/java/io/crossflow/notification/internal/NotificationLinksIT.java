package io.crossflow.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.crossflow.identity.CurrentUser;
import io.crossflow.identity.Users;
import io.crossflow.notification.NotificationRequested;
import io.crossflow.testing.Api;
import io.crossflow.testing.HandoffFixture;
import io.crossflow.testing.IntegrationTest;
import io.crossflow.testing.TestClients;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one link check every notification passes: for each kind of link and each kind of recipient
 * (internal, partner, the other partner, customer, another tenant) the recipient gets the object if
 * it may open it, else its nearest visible ancestor, else no link.
 */
@IntegrationTest
class NotificationLinksIT {

    private static final List<String> RECIPIENTS = List.of("pm", "supplier-a", "supplier-b", "customer", "other-pm");

    @Autowired
    NotificationLinks links;

    @Autowired
    Outbox outbox;

    @Autowired
    Users users;

    @Autowired
    TestClients clients;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    private String project;
    private String packageForA;
    private String internalStep;
    private String milestone;

    @BeforeEach
    void planAWorkPackageWithAnInternalStepAndAMilestone() {
        HandoffFixture fixture = new HandoffFixture(clients);
        project = fixture.projectId(HandoffFixture.GEARBOX);
        String supplierA = fixture.organisationId(project, HandoffFixture.SUPPLIER_A);
        packageForA = fixture.workItem(
                project,
                supplierA,
                HandoffFixture.unique("Work package"),
                LocalDate.now().plusDays(9));
        internalStep = create(Map.of("title", HandoffFixture.unique("Internal step"), "parentId", packageForA));
        milestone = create(Map.of("title", HandoffFixture.unique("Milestone"), "milestone", true));
    }

    @Test
    void aWorkItemLinkLeadsEachRecipientToTheNearestItemItMayOpen() {
        assertThat(linksFor("/projects/" + project + "/work-items/" + internalStep))
                .containsExactly(
                        Map.entry("pm", workItem(internalStep)),
                        Map.entry("supplier-a", workItem(packageForA)),
                        Map.entry("supplier-b", "/projects/" + project),
                        Map.entry("customer", "/projects/" + project),
                        Map.entry("other-pm", "-"));
        assertThat(linksFor("/work-items/" + packageForA))
                .as("the short form, as automation rules write it")
                .containsExactly(
                        Map.entry("pm", workItem(packageForA)),
                        Map.entry("supplier-a", workItem(packageForA)),
                        Map.entry("supplier-b", "/projects/" + project),
                        Map.entry("customer", "/projects/" + project),
                        Map.entry("other-pm", "-"));
        assertThat(linksFor(workItem(milestone)))
                .containsExactly(
                        Map.entry("pm", workItem(milestone)),
                        Map.entry("supplier-a", "/projects/" + project),
                        Map.entry("supplier-b", "/projects/" + project),
                        Map.entry("customer", workItem(milestone)),
                        Map.entry("other-pm", "-"));
    }

    @Test
    void projectTicketOrderAndUnknownLinksAreCheckedToo() {
        assertThat(linksFor("/projects/" + project))
                .containsExactly(
                        Map.entry("pm", "/projects/" + project),
                        Map.entry("supplier-a", "/projects/" + project),
                        Map.entry("supplier-b", "/projects/" + project),
                        Map.entry("customer", "/projects/" + project),
                        Map.entry("other-pm", "-"));
        Api.Response order = clients.as("pm")
                .post(
                        "/api/projects/" + project + "/supplier-orders",
                        Map.of(
                                "supplierOrganisationId",
                                new HandoffFixture(clients).organisationId(project, HandoffFixture.SUPPLIER_A),
                                "title",
                                "Link check order",
                                "workItemIds",
                                List.of(packageForA)));
        assertThat(order.status()).as(order.toString()).isEqualTo(201);
        String orderLink = "/portal/supplier-orders/" + order.json().path("id").asText();
        assertThat(linksFor(orderLink))
                .containsExactly(
                        Map.entry("pm", orderLink),
                        Map.entry("supplier-a", orderLink),
                        Map.entry("supplier-b", "/projects/" + project),
                        Map.entry("customer", "/projects/" + project),
                        Map.entry("other-pm", "-"));
        Api.Response ticket = clients.as("supplier-a")
                .post(
                        "/api/projects/" + project + "/tickets",
                        Map.of(
                                "type",
                                "ISSUE",
                                "title",
                                HandoffFixture.unique("Link check issue"),
                                "description",
                                "Burrs"));
        assertThat(ticket.status()).as(ticket.toString()).isEqualTo(201);
        String ticketLink = "/tickets/" + ticket.json().path("id").asText();
        Map<String, String> ticketLinks = linksFor(ticketLink);
        assertThat(ticketLinks.get("pm")).isEqualTo(ticketLink);
        assertThat(ticketLinks.get("supplier-a")).as("its own issue").isEqualTo(ticketLink);
        assertThat(ticketLinks.get("supplier-b"))
                .as("another partner's issue: the project")
                .isEqualTo("/projects/" + project);
        assertThat(ticketLinks.get("other-pm")).isEqualTo("-");
        assertThat(linksFor("/help/getting-started").values())
                .as("not an object's link: no target judges it")
                .containsOnly("/help/getting-started");
        assertThat(linksFor("/projects/" + UUID.randomUUID()).values()).containsOnly("-");
    }

    @Test
    void everyRecipientOfOneNotificationGetsItsOwnLink() {
        String dedupeKey = "link-check:" + UUID.randomUUID();
        Set<UUID> recipients = Set.of(id("pm"), id("supplier-a"), id("supplier-b"), id("customer"));
        UUID tenant = users.currentUserByUsername("pm").orElseThrow().tenantId();

        transactions.executeWithoutResult(tx -> outbox.enqueue(new NotificationRequested(
                tenant,
                recipients,
                Set.of(),
                Set.of(),
                "GENERIC",
                Map.of("title", "Link check"),
                "/projects/" + project + "/work-items/" + internalStep,
                dedupeKey)));

        Map<String, String> stored = new HashMap<>();
        jdbc.sql("""
                        select u.username, coalesce(o.link, '-') from ntf_outbox o join idn_user u on u.id = o.recipient_id
                         where o.dedupe_key = ? and o.channel = 'IN_APP'
                        """)
                .param(dedupeKey)
                .query((rs, i) -> stored.put(rs.getString(1), rs.getString(2)))
                .list();
        assertThat(stored)
                .containsOnly(
                        Map.entry("pm", workItem(internalStep)),
                        Map.entry("supplier-a", workItem(packageForA)),
                        Map.entry("supplier-b", "/projects/" + project),
                        Map.entry("customer", "/projects/" + project));
    }

    private Map<String, String> linksFor(String link) {
        Map<String, String> result = new LinkedHashMap<>();
        for (String username : RECIPIENTS) {
            CurrentUser recipient = users.currentUserByUsername(username).orElseThrow();
            String resolved = links.forRecipient(recipient.tenantId(), recipient.id(), link);
            result.put(username, resolved == null ? "-" : resolved);
        }
        return result;
    }

    private String workItem(String id) {
        return "/projects/" + project + "/work-items/" + id;
    }

    private UUID id(String username) {
        return users.currentUserByUsername(username).orElseThrow().id();
    }

    private String create(Map<String, Object> body) {
        Map<String, Object> request = new HashMap<>(body);
        request.put("plannedEnd", LocalDate.now().plusDays(9).toString());
        Api.Response created = clients.as("pm").post("/api/projects/" + project + "/work-items", request);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().path("id").asText();
    }
}
