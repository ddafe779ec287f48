package io.crossflow.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.crossflow.testing.Api;
import io.crossflow.testing.IntegrationTest;
import io.crossflow.testing.TestClients;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Partners and customers ask the service desk for help through the API: the request lands in the
 * service group's inbox (the tenant's managers) with its first-response due date, and the
 * requester follows its status and answers.
 */
@IntegrationTest
class SupportRequestIT {

    @Autowired
    TestClients clients;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RuntimeService runtime;

    private final List<String> raised = new java.util.ArrayList<>();

    @AfterEach
    void endProcesses() {
        for (String ticket : raised) {
            runtime.createProcessInstanceQuery()
                    .processInstanceBusinessKey(ticket)
                    .list()
                    .forEach(i -> runtime.deleteProcessInstance(i.getId(), "test finished"));
        }
    }

    @Test
    void aPartnersRequestLandsInTheServiceDesksInboxWithItsDueDateAndThePartnerFollowsIt() {
        Api partner = clients.as("supplier-a");
        Instant before = Instant.now();
        JsonNode ticket = raise(partner, "二维码扫描失败");
        String id = ticket.path("id").asText();
        assertThat(ticket.path("number").asText()).matches("PRJ-\\d+-SR-\\d+");
        assertThat(ticket.path("type").asText()).isEqualTo("SUPPORT_REQUEST");

        Api pm = clients.as("pm");
        JsonNode item = onlyItem(pm, id);
        assertThat(item.path("title").asText())
                .as("in the manager's own language")
                .isEqualTo("答复支持请求");
        assertThat(Instant.parse(item.path("due").asText()))
                .isBetween(
                        before.plus(Duration.ofDays(1)).minusSeconds(1),
                        Instant.now().plus(Duration.ofDays(1)));
        assertThat(inbox(clients.as("engineer"), id).path("total").asLong())
                .as("a member without the service desk's capability")
                .isZero();
        assertThat(inbox(partner, id).path("total").asLong()).isZero();

        JsonNode status = partner.get("/api/tickets/" + id).json().path("ticket");
        assertThat(status.path("stage").asText()).isEqualTo("WITH_SERVICE_DESK");
        assertThat(status.path("sla").path("due").asText()).isNotBlank();
        assertThat(clients.as("supplier-b").get("/api/tickets/" + id).status()).isEqualTo(404);
        assertThat(clients.as("other-pm").get("/api/tickets/" + id).status()).isEqualTo(404);
        assertThat(mine(partner)).contains(id);

        String answer = item.path("taskId").asText();
        Api.Response answered = pm.post("/api/tasks/" + answer + "/complete", Map.of("answer", "请用高分辨率扫描。"));
        assertThat(answered.status()).as(answered.toString()).isEqualTo(204);

        JsonNode details = partner.get("/api/tickets/" + id).json();
        assertThat(details.path("ticket").path("stage").asText()).isEqualTo("AWAITING_REQUESTER");
        assertThat(last(details.path("history")).path("note").asText()).isEqualTo("请用高分辨率扫描。");

        String confirm = onlyItem(partner, id).path("taskId").asText();
        partner.post("/api/tasks/" + confirm + "/complete", Map.of("confirmation", "reply", "reply", "还是不行"));
        details = partner.get("/api/tickets/" + id).json();
        assertThat(details.path("ticket").path("stage").asText()).isEqualTo("WITH_SERVICE_DESK");
        assertThat(last(details.path("history")).path("note").asText()).isEqualTo("还是不行");
        assertThat(inbox(pm, id).path("total").asLong()).isEqualTo(1);
    }

    @Test
    void aCustomerRaisesOneTooAndClosesItByConfirmingTheAnswer() {
        Api customer = clients.as("customer");
        String id =
                raise(customer, "Where do I see the delivery dates?").path("id").asText();
        Api pm = clients.as("pm");
        pm.post("/api/tasks/" + onlyItem(pm, id).path("taskId").asText() + "/complete", Map.of("answer", "Progress."));
        customer.post(
                "/api/tasks/" + onlyItem(customer, id).path("taskId").asText() + "/complete",
                Map.of("confirmation", "confirm"));

        JsonNode ticket = customer.get("/api/tickets/" + id).json().path("ticket");
        assertThat(ticket.path("stage").asText()).isEqualTo("CLOSED");
        assertThat(ticket.path("closedAt").asText()).isNotBlank();
        assertThat(mine(customer)).contains(id);
    }

    @Test
    void aSupportRequestIsNotRoutedToAPartner() {
        Api.Response refused = clients.as("supplier-a")
                .post(
                        "/api/projects/" + project() + "/tickets",
                        Map.of(
                                "type",
                                "SUPPORT_REQUEST",
                                "title",
                                "Routed",
                                "routedOrganisationId",
                                jdbc.sql("select organisation_id from idn_user where username = 'supplier-a'")
                                        .query(UUID.class)
                                        .single()));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("routedOrganisationId", "service desk");
    }

    private JsonNode raise(Api as, String title) {
        Api.Response response = as.post(
                "/api/projects/" + project() + "/tickets",
                Map.of("type", "SUPPORT_REQUEST", "title", title, "description", "Details of " + title));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        raised.add(response.json().path("id").asText());
        return response.json();
    }

    private UUID project() {
        return jdbc.sql("select id from prj_project where name = 'Gearbox Housing Line'")
                .query(UUID.class)
                .single();
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

    private static List<String> mine(Api api) {
        List<String> ids = new java.util.ArrayList<>();
        api.get("/api/tickets?mine=true")
                .json()
                .forEach(t -> ids.add(t.path("id").asText()));
        return ids;
    }

    private static JsonNode last(JsonNode array) {
        return array.get(array.size() - 1);
    }
}
