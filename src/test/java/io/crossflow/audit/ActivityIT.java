package io.crossflow.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.crossflow.testing.Api;
import io.crossflow.testing.IntegrationTest;
import io.crossflow.testing.TestClients;
import io.crossflow.ticket.TicketChanged;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The audit trail read as a project's activity, by every kind of participant. */
@IntegrationTest
class ActivityIT {

    @Autowired
    TestClients clients;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    String project;
    UUID supplierA;
    UUID supplierB;
    UUID customer;

    @BeforeEach
    void project() {
        Api pm = clients.as("pm");
        supplierA = organisation("Precision Parts Ltd");
        supplierB = organisation("Rapid Castings Co");
        customer = organisation("Northwind Motors");
        Api.Response created = pm.post("/api/projects", Map.of("name", "Activity " + UUID.randomUUID()));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        project = created.json().path("id").asText();
        join(supplierA, "SUPPLIER");
        join(supplierB, "SUPPLIER");
        join(customer, "CUSTOMER");
        Api.Response member = pm.post(
                "/api/projects/" + project + "/members", Map.of("userId", userId("engineer"), "role", "MEMBER"));
        assertThat(member.status()).as(member.toString()).isEqualTo(201);
    }

    @Test
    void recordsWhoChangedWhatNewestFirst() {
        String item = workItem("Housing drawings", supplierA, false);
        Api pm = clients.as("pm");
        JsonNode current = pm.get("/api/work-items/" + item).json();
        Api.Response renamed = pm.patch(
                "/api/work-items/" + item,
                Map.of("version", current.path("version").asInt(), "title", "Housing drawings rev B"));
        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);

        List<JsonNode> entries = about(pm, item);

        assertThat(entries).extracting(e -> e.path("action").asText()).containsExactly("UPDATED", "CREATED");
        JsonNode update = entries.get(0);
        assertThat(update.path("objectType").asText()).isEqualTo("WORK_ITEM");
        assertThat(update.path("actorId").asText()).isEqualTo(userId("pm").toString());
        assertThat(update.path("changes").path("title").path("from").asText()).isEqualTo("Housing drawings");
        assertThat(update.path("changes").path("title").path("to").asText()).isEqualTo("Housing drawings rev B");
        assertThat(update.path("at").asText()).isNotBlank();
        assertThat(about(clients.as("engineer"), item))
                .as("internal members see all")
                .hasSize(2);
    }

    @Test
    void partnersSeeOnlyEntriesAboutTheirOwnOrganisationsObjects() {
        String mine = workItem("Machined covers", supplierA, false);
        String theirs = workItem("Cast covers", supplierB, false);
        String internal = workItem("Internal review", null, false);

        Api a = clients.as("supplier-a");
        assertThat(about(a, mine)).hasSize(1);
        assertThat(about(a, theirs)).isEmpty();
        assertThat(about(a, internal)).isEmpty();
        assertThat(about(clients.as("supplier-b"), theirs)).hasSize(1);
        assertThat(about(clients.as("supplier-b"), mine)).isEmpty();
        assertThat(about(clients.as("customer"), mine)).isEmpty();
    }

    @Test
    void customersSeeMilestonesAndTheirOwnTicketsOnly() {
        String milestone = workItem("Prototype accepted", null, true);
        UUID ownTicket = ticket(customer, Set.of());
        UUID partnerTicket = ticket(supplierA, Set.of(supplierB));

        Api c = clients.as("customer");
        assertThat(about(c, milestone)).hasSize(1);
        assertThat(about(c, ownTicket.toString())).hasSize(1);
        assertThat(about(c, partnerTicket.toString())).isEmpty();
        assertThat(about(clients.as("supplier-a"), milestone)).isEmpty();
        assertThat(about(clients.as("supplier-a"), partnerTicket.toString()))
                .as("the reporter's organisation")
                .hasSize(1);
        assertThat(about(clients.as("supplier-b"), partnerTicket.toString()))
                .as("routed to")
                .hasSize(1);
        assertThat(about(clients.as("supplier-b"), ownTicket.toString())).isEmpty();
        JsonNode raised = about(clients.as("pm"), ownTicket.toString()).get(0);
        assertThat(raised.path("action").asText()).isEqualTo("RAISED");
        assertThat(raised.path("changes").path("stage").path("to").asText()).isEqualTo("TRIAGE");
    }

    @Test
    void tasksAreRecordedWithTheirActorAndShownToTheOrganisationTheyAreOfferedTo() {
        String item = workItem("Bearing seats", supplierA, false);
        Api engineer = clients.as("engineer");
        assertThat(engineer.post("/api/work-items/" + item + "/handoff", Map.of())
                        .status())
                .isEqualTo(201);
        String task = jdbc.sql("select task_id from inbox_item where business_key = ?")
                .param(item)
                .query(String.class)
                .single();
        Api a = clients.as("supplier-a");
        assertThat(a.post("/api/tasks/" + task + "/complete", Map.of("decision", "accept"))
                        .status())
                .isEqualTo(204);

        List<JsonNode> entries = about(a, task);
        assertThat(entries).extracting(e -> e.path("action").asText()).contains("COMPLETED", "ASSIGNED", "CREATED");
        JsonNode completed = entries.get(0);
        assertThat(completed.path("action").asText()).isEqualTo("COMPLETED");
        assertThat(completed.path("actorId").asText())
                .isEqualTo(userId("supplier-a").toString());
        assertThat(entries.get(entries.size() - 1).path("actorId").isMissingNode())
                .as("the process created the task")
                .isTrue();
        assertThat(about(clients.as("supplier-b"), task)).isEmpty();
        assertThat(about(clients.as("pm"), item))
                .as("the hand-off moved the work item; a process did that")
                .anySatisfy(e -> assertThat(e.path("action").asText()).isEqualTo("HANDOFF"));
    }

    @Test
    void theFeedNamesWhoDidWhatToWhichObjectInTheReadersLanguage() {
        String item = workItem("Machined housings", supplierA, false);
        assertThat(clients.as("engineer")
                        .post("/api/work-items/" + item + "/handoff", Map.of())
                        .status())
                .isEqualTo(201);
        String task = jdbc.sql("select task_id from inbox_item where business_key = ?")
                .param(item)
                .query(String.class)
                .single();
        assertThat(clients.as("supplier-a")
                        .post("/api/tasks/" + task + "/complete", Map.of("decision", "accept"))
                        .status())
                .isEqualTo(204);

        Api.Response english = clients.as("pm").speaking("en").get(activity(0, 200));
        assertThat(english.status()).as(english.toString()).isEqualTo(200);
        JsonNode page = english.json();
        JsonNode accepted = about(clients.as("pm"), item).stream()
                .filter(e -> e.path("action").asText().equals("HANDOFF"))
                .filter(e -> e.path("changes")
                        .path("handoffStatus")
                        .path("to")
                        .asText()
                        .equals("ACCEPTED"))
                .findFirst()
                .orElseThrow();
        assertThat(accepted.path("actorId").asText())
                .as("the partner who accepted is the actor, not the process")
                .isEqualTo(userId("supplier-a").toString());
        JsonNode names = page.path("names");
        assertThat(names.path(userId("supplier-a").toString()).asText()).isEqualTo("Sam Supplier A");
        assertThat(names.path(item).asText()).isEqualTo("Machined housings");
        assertThat(names.path(supplierA.toString()).asText()).isEqualTo("Precision Parts Ltd");
        assertThat(names.path(customer.toString()).asText())
                .as("a participant named by its entry")
                .isEqualTo("Northwind Motors");
        assertThat(names.path(userId("engineer").toString()).asText()).isEqualTo("Erik Engineer");
        assertThat(names.path(task).asText()).isEqualTo("Accept work package");
        assertThat(page.path("organisations")
                        .path(userId("supplier-a").toString())
                        .asText())
                .as("people outside the host company come with their organisation")
                .isEqualTo("Precision Parts Ltd");
        assertThat(page.path("organisations").has(userId("engineer").toString()))
                .isFalse();

        JsonNode chinese =
                clients.as("pm").speaking("zh-CN").get(activity(0, 200)).json();
        assertThat(chinese.path("names").path(task).asText()).isEqualTo("接收工作包");
    }

    @Test
    void aPartnerLearnsNoOtherPartnersNamesFromTheFeed() {
        String item = workItem("Covers, second source", supplierB, false);
        Api pm = clients.as("pm");
        JsonNode current = pm.get("/api/work-items/" + item).json();
        Api.Response moved = pm.patch(
                "/api/work-items/" + item,
                Map.of("version", current.path("version").asInt(), "assigneeOrganisationId", supplierA));
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);

        JsonNode page = clients.as("supplier-a").get(activity(0, 200)).json();
        assertThat(about(clients.as("supplier-a"), item))
                .as("the re-assignment to supplier A names supplier B's id")
                .anySatisfy(e -> assertThat(e.path("changes")
                                .path("assigneeOrganisationId")
                                .path("from")
                                .asText())
                        .isEqualTo(supplierB.toString()));
        assertThat(page.path("names").path(supplierA.toString()).asText()).isEqualTo("Precision Parts Ltd");
        assertThat(page.path("names").has(supplierB.toString()))
                .as("another partner stays unnamed")
                .isFalse();
        assertThat(page.path("names").path(userId("pm").toString()).asText())
                .as("the host company's people are named")
                .isNotBlank();
        assertThat(pm.get(activity(0, 200))
                        .json()
                        .path("names")
                        .path(supplierB.toString())
                        .asText())
                .isEqualTo("Rapid Castings Co");
    }

    @Test
    void membershipChangesAreRecorded() {
        JsonNode joined = about(clients.as("pm"), customer.toString()).get(0);
        assertThat(joined.path("objectType").asText()).isEqualTo("PARTICIPANT");
        assertThat(joined.path("changes").path("role").path("to").asText()).isEqualTo("CUSTOMER");
        assertThat(about(clients.as("supplier-a"), supplierA.toString())).hasSize(1);
        assertThat(about(clients.as("supplier-a"), customer.toString())).isEmpty();
    }

    @Test
    void savingABaselineIsRecordedForInternalEyesOnly() {
        Api pm = clients.as("pm");
        assertThat(pm.post("/api/projects/" + project + "/work-items", Map.of("title", "Baselined item"))
                        .status())
                .isEqualTo(201);
        assertThat(pm.post("/api/projects/" + project + "/baseline").status()).isEqualTo(200);

        assertThat(about(pm, project)).anySatisfy(e -> {
            assertThat(e.path("objectType").asText()).isEqualTo("PLAN");
            assertThat(e.path("action").asText()).isEqualTo("BASELINE_SAVED");
            assertThat(e.path("changes").path("itemCount").path("to").asInt()).isEqualTo(1);
            assertThat(e.path("actorId").asText()).isEqualTo(userId("pm").toString());
        });
        assertThat(about(clients.as("supplier-a"), project)).isEmpty();
        assertThat(about(clients.as("customer"), project)).isEmpty();
    }

    @Test
    void dependencyAndBudgetChangesAreRecordedForInternalEyesOnly() {
        Api pm = clients.as("pm");
        String first = pm.post("/api/projects/" + project + "/work-items", Map.of("title", "First"))
                .json()
                .path("id")
                .asText();
        String second = pm.post(
                        "/api/projects/" + project + "/work-items",
                        Map.of("title", "Second", "assigneeOrganisationId", supplierA))
                .json()
                .path("id")
                .asText();
        assertThat(pm.post("/api/work-items/" + second + "/dependencies", Map.of("predecessorId", first))
                        .status())
                .isEqualTo(201);
        assertThat(pm.delete("/api/work-items/" + second + "/dependencies/" + first)
                        .status())
                .isEqualTo(204);
        Api.Response line = pm.post(
                "/api/projects/" + project + "/budget-lines",
                Map.of("category", "Tooling", "currency", "EUR", "planned", "1200.00"));
        assertThat(line.status()).as(line.toString()).isEqualTo(201);
        String lineId = line.json().path("id").asText();
        assertThat(pm.patch(
                                "/api/projects/" + project + "/budget-lines/" + lineId,
                                Map.of("version", 0, "actual", "300.50"))
                        .status())
                .isEqualTo(200);

        assertThat(about(pm, second))
                .filteredOn(e -> e.path("objectType").asText().equals("DEPENDENCY"))
                .extracting(e -> e.path("action").asText())
                .containsExactly("REMOVED", "ADDED");
        List<JsonNode> budget = about(pm, lineId);
        assertThat(budget).extracting(e -> e.path("action").asText()).containsExactly("UPDATED", "CREATED");
        assertThat(budget.get(0).path("changes").path("actual").path("to").decimalValue())
                .isEqualByComparingTo("300.50");
        assertThat(about(clients.as("supplier-a"), lineId)).isEmpty();
        assertThat(about(clients.as("supplier-a"), second))
                .noneMatch(e -> e.path("objectType").asText().equals("DEPENDENCY"));
    }

    @Test
    void outsidersGet404AndPagingIsChecked() {
        assertThat(clients.as("other-pm").get(activity(0, 10)).status()).isEqualTo(404);
        assertThat(clients.as("operator").get(activity(0, 10)).status()).isEqualTo(404);
        assertThat(clients.anonymous().get(activity(0, 10)).status()).isEqualTo(401);
        assertThat(clients.as("pm").get(activity(0, 0)).status()).isEqualTo(400);
        assertThat(clients.as("pm").get(activity(-1, 10)).status()).isEqualTo(400);
        JsonNode first = clients.as("pm").get(activity(0, 1)).json();
        JsonNode second = clients.as("pm").get(activity(1, 1)).json();
        assertThat(first.path("items")).hasSize(1);
        assertThat(second.path("items")).hasSize(1);
        assertThat(first.path("items").get(0).path("id").asLong())
                .isGreaterThan(second.path("items").get(0).path("id").asLong());
    }

    @Test
    void theTrailIsAppendOnly() {
        assertThatThrownBy(() -> jdbc.sql("update aud_event set action = 'FORGED' where project_id = ?")
                        .param(UUID.fromString(project))
                        .update())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from aud_event where project_id = ?")
                        .param(UUID.fromString(project))
                        .update())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("append-only");
        assertThat(about(clients.as("pm"), customer.toString())).hasSize(1);
    }

    @Test
    void aRolledBackChangeLeavesNoEntry() {
        UUID ticket = UUID.randomUUID();
        transactions.executeWithoutResult(status -> {
            events.publishEvent(ticketChanged(ticket, supplierA, Set.of()));
            status.setRollbackOnly();
        });
        assertThat(about(clients.as("pm"), ticket.toString())).isEmpty();
    }

    private UUID ticket(UUID reporterOrganisation, Set<UUID> routed) {
        UUID ticket = UUID.randomUUID();
        transactions.executeWithoutResult(
                status -> events.publishEvent(ticketChanged(ticket, reporterOrganisation, routed)));
        return ticket;
    }

    private TicketChanged ticketChanged(UUID ticket, UUID reporterOrganisation, Set<UUID> routed) {
        return new TicketChanged(
                tenant(),
                UUID.fromString(project),
                ticket,
                "ACT-1-CR-1",
                "CHANGE_REQUEST",
                "TRIAGE",
                null,
                null,
                null,
                reporterOrganisation,
                routed,
                false,
                Instant.now());
    }

    private String activity(int page, int size) {
        return "/api/projects/" + project + "/activity?page=" + page + "&size=" + size;
    }

    /** The caller's entries about one object, newest first. */
    private List<JsonNode> about(Api api, String objectId) {
        Api.Response response = api.get(activity(0, 200));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        List<JsonNode> entries = new ArrayList<>();
        response.json().path("items").forEach(e -> {
            if (e.path("objectId").asText().equals(objectId)) {
                entries.add(e);
            }
        });
        return entries;
    }

    private String workItem(String title, UUID organisation, boolean milestone) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("milestone", milestone);
        body.put("plannedEnd", LocalDate.now().plusDays(10).toString());
        if (organisation != null) {
            body.put("assigneeOrganisationId", organisation);
        }
        Api.Response created = clients.as("pm").post("/api/projects/" + project + "/work-items", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().path("id").asText();
    }

    private void join(UUID organisation, String role) {
        Api.Response joined = clients.as("pm")
                .post(
                        "/api/projects/" + project + "/participants",
                        Map.of("organisationId", organisation, "role", role));
        assertThat(joined.status()).as(joined.toString()).isEqualTo(201);
    }

    private UUID organisation(String name) {
        return jdbc.sql("select id from idn_organisation where name = ?")
                .param(name)
                .query(UUID.class)
                .single();
    }

    private UUID userId(String username) {
        return jdbc.sql("select id from idn_user where username = ?")
                .param(username)
                .query(UUID.class)
                .single();
    }

    private UUID tenant() {
        return jdbc.sql("select tenant_id from prj_project where id = ?")
                .param(UUID.fromString(project))
                .query(UUID.class)
                .single();
    }
}
