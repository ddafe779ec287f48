package io.crossflow.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.crossflow.testing.Api;
import io.crossflow.testing.IntegrationTest;
import io.crossflow.testing.MovableClock;
import io.crossflow.testing.TestClients;
import io.crossflow.ticket.process.SupportRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A partner or customer asks the service desk something no project is about: the request has no
 * project, is numbered per tenant, lands in the desk's inbox with the desk's SLA, and is seen by
 * the requester's organisation, the desk and the tenant admins only.
 */
@IntegrationTest
class SupportRequestWithoutProjectIT {

    @Autowired
    TestClients clients;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService management;

    @Autowired
    MovableClock clock;

    private final List<String> raised = new ArrayList<>();

    @AfterEach
    void endProcesses() {
        clock.reset();
        for (String ticket : raised) {
            runtime.createProcessInstanceQuery()
                    .processInstanceBusinessKey(ticket)
                    .list()
                    .forEach(i -> runtime.deleteProcessInstance(i.getId(), "test finished"));
        }
    }

    @Test
    void aCustomersRequestWithoutAProjectReachesTheDeskRunsItsSlaAndStaysWithTheCustomer() {
        Api customer = clients.as("customer");
        Instant before = Instant.now();
        JsonNode ticket = raise(customer, "如何开具发票？");
        String id = ticket.path("id").asText();
        assertThat(ticket.path("number").asText()).matches("SR-\\d+");
        assertThat(ticket.hasNonNull("projectId")).as("no project").isFalse();
        assertThat(ticket.path("stage").asText()).isEqualTo("WITH_SERVICE_DESK");

        Api pm = clients.as("pm");
        JsonNode item = onlyItem(pm, id);
        assertThat(Instant.parse(item.path("due").asText()))
                .as("the desk's first-response time")
                .isBetween(
                        before.plus(Duration.ofDays(1)).minusSeconds(1),
                        Instant.now().plus(Duration.ofDays(1)));
        assertThat(pm.get("/api/tickets/" + id).status()).isEqualTo(200);
        assertThat(ids(pm, "/api/tickets")).as("the desk's ticket list").contains(id);
        assertThat(clients.as("admin").get("/api/tickets/" + id).status()).isEqualTo(200);
        assertThat(ids(customer, "/api/tickets?mine=true")).contains(id);
        for (String outsider : List.of("supplier-a", "supplier-b", "engineer", "other-pm")) {
            Api api = clients.as(outsider);
            assertThat(api.get("/api/tickets/" + id).status()).as(outsider).isEqualTo(404);
            assertThat(ids(api, "/api/tickets")).as(outsider).doesNotContain(id);
            assertThat(inbox(api, id).path("total").asLong()).as(outsider).isZero();
        }

        clock.advance(Duration.ofHours(25));
        Job firstResponse = management
                .createJobQuery()
                .processInstanceId(instance(id))
                .activityId(SupportRequest.FIRST_RESPONSE_SLA)
                .singleResult();
        management.executeJob(firstResponse.getId());
        JsonNode late = customer.get("/api/tickets/" + id).json().path("ticket");
        assertThat(late.path("sla").path("breached").asBoolean())
                .as("the requester sees the answer is late")
                .isTrue();
        assertThat(links("TICKET_SLA_BREACHED", "pm"))
                .as("the desk is told, with a link it can open")
                .containsOnly("/tickets/" + id);

        Api.Response answered = pm.post(
                "/api/tasks/" + onlyItem(pm, id).path("taskId").asText() + "/complete",
                Map.of("answer", "请在“财务”页面申请。"));
        assertThat(answered.status()).as(answered.toString()).isEqualTo(204);
        assertThat(customer.get("/api/tickets/" + id)
                        .json()
                        .path("ticket")
                        .path("stage")
                        .asText())
                .isEqualTo("AWAITING_REQUESTER");
        assertThat(links("TICKET_STAGE_CHANGED", "customer"))
                .as("the requester's notifications link to the request")
                .contains("/tickets/" + id);
        customer.post(
                "/api/tasks/" + onlyItem(customer, id).path("taskId").asText() + "/complete",
                Map.of("confirmation", "confirm"));
        assertThat(customer.get("/api/tickets/" + id)
                        .json()
                        .path("ticket")
                        .path("stage")
                        .asText())
                .isEqualTo("CLOSED");
    }

    @Test
    void aPartnersColleaguesSeeItAnotherPartnerDoesNot() {
        String id = raise(clients.as("supplier-a"), "Where is the supplier handbook?")
                .path("id")
                .asText();
        assertThat(clients.as("supplier-b").get("/api/tickets/" + id).status()).isEqualTo(404);
        assertThat(clients.as("customer").get("/api/tickets/" + id).status()).isEqualTo(404);
        assertThat(clients.as("supplier-a").get("/api/tickets/" + id).status()).isEqualTo(200);
    }

    @Test
    void aRefusedRequestCreatesNothing() {
        long before = withoutProject();
        Api partner = clients.as("supplier-a");
        Api.Response issue = partner.post("/api/tickets", Map.of("type", "ISSUE", "title", "Broken"));
        assertThat(issue.status()).isEqualTo(400);
        assertThat(issue.body()).contains("type", "raised on their project");
        Api.Response blank = partner.post("/api/tickets", Map.of("type", "SUPPORT_REQUEST", "title", " "));
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.body()).contains("title", "is required");
        Api.Response internal =
                clients.as("engineer").post("/api/tickets", Map.of("type", "SUPPORT_REQUEST", "title", "Help"));
        assertThat(internal.status()).isEqualTo(403);
        assertThat(withoutProject()).isEqualTo(before);
    }

    private JsonNode raise(Api as, String title) {
        Api.Response response = as.post(
                "/api/tickets", Map.of("type", "SUPPORT_REQUEST", "title", title, "description", "Details: " + title));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        raised.add(response.json().path("id").asText());
        return response.json();
    }

    private long withoutProject() {
        return jdbc.sql("select count(*) from tkt_ticket where project_id is null")
                .query(Long.class)
                .single();
    }

    private List<String> links(String type, String username) {
        return jdbc.sql("""
                        select o.link from ntf_outbox o join idn_user u on u.id = o.recipient_id
                         where o.type = ? and u.username = ? and o.dedupe_key like ?
                        """)
                .params(type, username, "ticket:" + raised.get(raised.size() - 1) + "%")
                .query(String.class)
                .list();
    }

    private String instance(String ticketId) {
        return runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(ticketId)
                .singleResult()
                .getId();
    }

    private static List<String> ids(Api api, String path) {
        List<String> ids = new ArrayList<>();
        api.get(path).json().forEach(t -> ids.add(t.path("id").asText()));
        return ids;
    }

    private static JsonNode inbox(Api api, String ticketId) {
        Api.Response response = api.get("/api/inbox?q=" + ticketId);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private static JsonNode onlyItem(Api api, String ticketId) {
        JsonNode inbox = inbox(api, ticketId);
        assertThat(inbox.path("total").asLong()).as(inbox.toString()).isEqualTo(1);
        return inbox.path("items").get(0);
    }
}
