package io.crossflow.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.crossflow.testing.Api;
import io.crossflow.testing.IntegrationTest;
import io.crossflow.testing.TestClients;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A change request through the API as the demo users: the customer raises it on a milestone of
 * "Gearbox Housing Line", the project manager triages it, supplier A assesses it, the project
 * manager approves it, the customer signs it off, and the milestone moves. Supplier B and the
 * manager of another tenant see none of it.
 */
@IntegrationTest
class ChangeRequestIT {

    @Autowired
    TestClients clients;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RuntimeService runtime;

    private final List<String> raisedTickets = java.util.Collections.synchronizedList(new ArrayList<>());

    @AfterEach
    void removeOpenTicketProcesses() {
        // open tickets' tasks would show up in the demo users' inboxes in other ITs
        for (String ticket : raisedTickets) {
            runtime.createProcessInstanceQuery()
                    .processInstanceBusinessKey(ticket)
                    .list()
                    .forEach(i -> runtime.deleteProcessInstance(i.getId(), "test finished"));
        }
    }

    @Test
    void customersChangeRequestIsTriagedAssessedApprovedSignedOffAndMovesTheMilestone() {
        UUID project = id("select id from prj_project where name = 'Gearbox Housing Line'");
        UUID supplierA = id("select id from idn_organisation where name = 'Precision Parts Ltd'");
        Api pm = clients.as("pm");
        Api customer = clients.as("customer");
        Api supplier = clients.as("supplier-a");
        LocalDate end = LocalDate.now().plusDays(30);
        JsonNode milestone = expect(
                        pm.post(
                                "/api/projects/" + project + "/work-items",
                                Map.of(
                                        "title",
                                        "Change IT: line acceptance " + UUID.randomUUID(),
                                        "plannedStart",
                                        end.toString(),
                                        "plannedEnd",
                                        end.toString(),
                                        "milestone",
                                        true)),
                        201)
                .json();
        String item = milestone.path("id").asText();

        JsonNode raised = expect(
                        customer.post(
                                "/api/projects/" + project + "/tickets",
                                Map.of(
                                        "type",
                                        "CHANGE_REQUEST",
                                        "title",
                                        "Acceptance two weeks later",
                                        "description",
                                        "Our line is not ready",
                                        "affectedWorkItemIds",
                                        List.of(item),
                                        "routedOrganisationId",
                                        supplierA)),
                        201)
                .json();
        String ticket = raised.path("id").asText();
        raisedTickets.add(ticket);
        assertThat(raised.path("number").asText()).matches("PRJ-\\d+-CR-\\d+");
        assertThat(raised.path("stage").asText()).isEqualTo("TRIAGE");
        assertThat(raised.path("sla").path("due").isNull()).isFalse();
        assertThat(raised.path("sla").path("breached").asBoolean()).isFalse();
        List<String> tasks = new ArrayList<>();

        String triage = openTask(pm, ticket);
        tasks.add(triage);
        expect(pm.post("/api/tasks/" + triage + "/complete", Map.of("triageOutcome", "accept")), 204);
        assertThat(stage(supplier, ticket))
                .as("the routed partner sees the ticket")
                .isEqualTo("IMPACT_ASSESSMENT");

        String assess = openTask(supplier, ticket);
        tasks.add(assess);
        JsonNode assessForm = expect(supplier.get("/api/tasks/" + assess), 200).json();
        assertThat(assessForm.path("variables").path("affectedWorkItems").asText())
                .contains(item);
        LocalDate newEnd = end.plusDays(14);
        expect(
                supplier.post(
                        "/api/tasks/" + assess + "/complete",
                        Map.of(
                                "effortDays",
                                2,
                                "costImpact",
                                0,
                                "scopeChange",
                                false,
                                "newDates",
                                item + " " + newEnd + " " + newEnd)),
                204);

        String approve = openTask(pm, ticket);
        tasks.add(approve);
        expect(pm.post("/api/tasks/" + approve + "/complete", Map.of("approvalOutcome", "approve")), 204);
        assertThat(customer.get("/api/work-items/" + item)
                        .json()
                        .path("plannedEnd")
                        .asText())
                .as("unchanged until the customer signs off")
                .isEqualTo(end.toString());

        String signOff = openTask(customer, ticket);
        tasks.add(signOff);
        expect(customer.post("/api/tasks/" + signOff + "/complete", Map.of("signOffOutcome", "approve")), 204);

        JsonNode moved = expect(customer.get("/api/work-items/" + item), 200).json();
        assertThat(moved.path("plannedStart").asText()).isEqualTo(newEnd.toString());
        assertThat(moved.path("plannedEnd").asText()).isEqualTo(newEnd.toString());
        assertThat(moved.path("baselineStart").asText())
                .as("an approved change re-baselines the items it moves")
                .isEqualTo(newEnd.toString());
        assertThat(moved.path("baselineEnd").asText()).isEqualTo(newEnd.toString());
        JsonNode details = expect(customer.get("/api/tickets/" + ticket), 200).json();
        assertThat(details.path("ticket").path("stage").asText()).isEqualTo("IMPLEMENTATION");
        List<String> stages = new ArrayList<>();
        details.path("history").forEach(h -> stages.add(h.path("stage").asText()));
        assertThat(stages)
                .containsExactly(
                        "RAISED",
                        "TRIAGE",
                        "IMPACT_ASSESSMENT",
                        "INTERNAL_APPROVAL",
                        "CUSTOMER_SIGN_OFF",
                        "IMPLEMENTATION");
        assertThat(details.path("history").get(2).path("actorName").asText()).contains("Wang");
        tasks.add(openTask(pm, ticket));

        assertThat(ids(customer.get("/api/tickets?mine=true").json())).contains(ticket);
        assertThat(ids(pm.get("/api/tickets?projectId=" + project).json())).contains(ticket);
        assertThat(ids(pm.get("/api/tickets?mine=true").json())).doesNotContain(ticket);
        for (String outsider : List.of("supplier-b", "other-pm")) {
            Api api = clients.as(outsider);
            assertThat(api.get("/api/tickets/" + ticket).status()).as(outsider).isEqualTo(404);
            assertThat(ids(api.get("/api/tickets").json())).as(outsider).doesNotContain(ticket);
            assertThat(api.get("/api/inbox?q=" + ticket).json().path("total").asLong())
                    .isZero();
            for (String task : tasks) {
                assertThat(api.get("/api/tasks/" + task).status())
                        .as(outsider + " task")
                        .isEqualTo(404);
            }
        }
    }

    @Test
    void ticketNumbersStayUniqueWhenRaisedConcurrently() throws Exception {
        UUID project = id("select id from prj_project where name = 'Gearbox Housing Line'");
        List<Thread> threads = new ArrayList<>();
        List<String> numbers = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < 6; i++) {
            Api api = clients.freshSession(i % 2 == 0 ? "engineer" : "supplier-a");
            Thread thread = new Thread(() -> {
                JsonNode ticket = expect(
                                api.post(
                                        "/api/projects/" + project + "/tickets",
                                        Map.of("type", "ISSUE", "title", "Concurrent issue")),
                                201)
                        .json();
                raisedTickets.add(ticket.path("id").asText());
                numbers.add(ticket.path("number").asText());
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(numbers).hasSize(6).doesNotHaveDuplicates().allMatch(n -> n.matches("PRJ-\\d+-IS-\\d+"));
    }

    @Test
    void invalidTicketsAreRefusedWithTheFieldsToCorrect() {
        UUID project = id("select id from prj_project where name = 'Gearbox Housing Line'");
        UUID internalItem = id("select id from prj_work_item where title = 'Design review of housing drawings'");
        Api customer = clients.as("customer");

        Api.Response untitled = customer.post("/api/projects/" + project + "/tickets", Map.of("type", "COMPLAINT"));
        Api.Response unseenItem = customer.post(
                "/api/projects/" + project + "/tickets",
                Map.of("type", "CHANGE_REQUEST", "title", "x", "affectedWorkItemIds", List.of(internalItem)));

        assertThat(untitled.status()).isEqualTo(400);
        assertThat(untitled.body()).contains("title");
        assertThat(unseenItem.status())
                .as("an item the customer does not see is no item")
                .isEqualTo(400);
        assertThat(unseenItem.body()).contains("affectedWorkItemIds");
    }

    private String openTask(Api api, String ticket) {
        JsonNode items = expect(api.get("/api/inbox?q=" + ticket), 200).json().path("items");
        assertThat(items).as("one open task of the ticket").hasSize(1);
        assertThat(items.get(0).hasNonNull("due"))
                .as("every stage has an SLA: the task is due")
                .isTrue();
        return items.get(0).path("taskId").asText();
    }

    private static String stage(Api api, String ticket) {
        return expect(api.get("/api/tickets/" + ticket), 200)
                .json()
                .path("ticket")
                .path("stage")
                .asText();
    }

    private static List<String> ids(JsonNode tickets) {
        List<String> ids = new ArrayList<>();
        tickets.forEach(t -> ids.add(t.path("id").asText()));
        return ids;
    }

    private UUID id(String sql) {
        return jdbc.sql(sql).query(UUID.class).single();
    }

    private static Api.Response expect(Api.Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        return response;
    }
}
