package io.crossflow.automation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.crossflow.identity.Users;
import io.crossflow.notification.NotificationRequested;
import io.crossflow.project.OverdueWorkItems;
import io.crossflow.project.WorkItemChanged;
import io.crossflow.project.WorkItemStatus;
import io.crossflow.project.WorkItems;
import io.crossflow.testing.Api;
import io.crossflow.testing.IntegrationTest;
import io.crossflow.testing.TestClients;
import io.crossflow.ticket.TicketChanged;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Automation rules through the HTTP API: they act once, after commit, and only when enabled and valid;
 * a failed action is retried, shown beside the rule, and given up after its last attempt. Rules run
 * on listener threads after the change committed, so the tests wait for their effects (Awaitility)
 * and, before asserting that something did not happen, for every hand-over to be done ({@link #settle}).
 */
@IntegrationTest
class AutomationRuleIT {

    static final Duration WAIT = Duration.ofSeconds(20);
    static final Duration POLL = Duration.ofMillis(20);

    @Autowired
    TestClients clients;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    ApplicationEventMulticaster multicaster;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    WorkItems workItems;

    @Autowired
    Users users;

    @Autowired
    OverdueWorkItems overdue;

    @Autowired
    IncompleteEventPublications incomplete;

    @Autowired
    AutomationProperties settings;

    Instant started;

    final List<Object> published = new CopyOnWriteArrayList<>();
    final ApplicationListener<ApplicationEvent> recorder = event -> {
        if (event instanceof PayloadApplicationEvent<?> payload) {
            published.add(payload.getPayload());
        }
    };

    String project;
    UUID supplierA;

    @BeforeEach
    void project() {
        started = Instant.now();
        multicaster.addApplicationListener(recorder);
        Api pm = clients.as("pm");
        supplierA = jdbc.sql("select id from idn_organisation where name = 'Precision Parts Ltd'")
                .query(UUID.class)
                .single();
        UUID customer = jdbc.sql("select id from idn_organisation where name = 'Northwind Motors'")
                .query(UUID.class)
                .single();
        Api.Response created = pm.post("/api/projects", Map.of("name", "Rules " + UUID.randomUUID()));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        project = created.json().path("id").asText();
        for (var participant :
                Map.of(supplierA, "SUPPLIER", customer, "CUSTOMER").entrySet()) {
            Api.Response joined = pm.post(
                    "/api/projects/" + project + "/participants",
                    Map.of("organisationId", participant.getKey(), "role", participant.getValue()));
            assertThat(joined.status()).as(joined.toString()).isEqualTo(201);
        }
        Api.Response member = pm.post(
                "/api/projects/" + project + "/members", Map.of("userId", userId("engineer"), "role", "MEMBER"));
        assertThat(member.status()).as(member.toString()).isEqualTo(201);
    }

    @AfterEach
    void stopRecording() {
        multicaster.removeApplicationListener(recorder);
    }

    @Test
    void aRuleFiresOnceAfterCommitEvenWhenTheEventIsDeliveredAgain() {
        String rule = rule(doneNotifiesManagers());
        String item = workItem(LocalDate.now().plusDays(5));

        assertThat(patch(item, Map.of("status", "DONE")).status()).isEqualTo(200);

        List<NotificationRequested> sent = awaitNotifications(rule, 1);
        assertThat(sent.get(0).candidateGroups()).containsExactly("project:" + project + ":MANAGER");
        assertThat(sent.get(0).params()).containsEntry("title", "Rule item");
        assertThat(sent.get(0).dedupeKey()).startsWith("rule:" + rule + ":");

        WorkItemChanged done = published.stream()
                .filter(WorkItemChanged.class::isInstance)
                .map(WorkItemChanged.class::cast)
                .filter(e -> e.workItemId().toString().equals(item) && e.changed("status"))
                .findFirst()
                .orElseThrow();
        transactions.executeWithoutResult(status -> events.publishEvent(done));
        settle();
        assertThat(notifications(rule)).as("the same event again").hasSize(1);
        assertThat(jdbc.sql("select count(*) from aut_processed_event where rule_id = ?")
                        .param(UUID.fromString(rule))
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void doneWorkNotifiesTheAssigneeOfItsSuccessor() {
        Map<String, Object> body = new HashMap<>(doneNotifiesManagers());
        body.put("action", Map.of("type", "NOTIFY", "recipients", List.of("SUCCESSOR_ASSIGNEES")));
        String rule = rule(body);
        Api pm = clients.as("pm");
        Api.Response design = pm.post(
                "/api/projects/" + project + "/work-items",
                Map.of(
                        "title",
                        "Design first",
                        "plannedEnd",
                        LocalDate.now().plusDays(3).toString()));
        assertThat(design.status()).as(design.toString()).isEqualTo(201);
        String first = design.json().path("id").asText();
        String next = workItem(LocalDate.now().plusDays(10)); // assigned to supplier A
        assertThat(pm.post("/api/work-items/" + next + "/dependencies", Map.of("predecessorId", first))
                        .status())
                .isEqualTo(201);

        assertThat(patch(first, Map.of("status", "DONE")).status()).isEqualTo(200);

        List<NotificationRequested> sent = awaitNotifications(rule, 1);
        assertThat(sent.get(0).organisationIds()).containsExactly(supplierA);
        assertThat(sent.get(0).params()).containsEntry("title", "Design first");
    }

    @Test
    void aRolledBackChangeFiresNothing() {
        String rule = rule(doneNotifiesManagers());
        String item = workItem(LocalDate.now().plusDays(5));

        transactions.executeWithoutResult(status -> {
            workItems.update(
                    users.currentUserByUsername("pm").orElseThrow(),
                    UUID.fromString(item),
                    new WorkItems.WorkItemChanges(
                            version(item), null, null, null, null, null, null, WorkItemStatus.DONE, null, null, null));
            status.setRollbackOnly();
        });
        String committed = workItem(LocalDate.now().plusDays(5));
        assertThat(patch(committed, Map.of("status", "DONE")).status()).isEqualTo(200);

        awaitNotifications(rule, 1);
        settle();
        assertThat(notifications(rule))
                .as("only the committed change notifies")
                .singleElement()
                .satisfies(n -> assertThat(n.dedupeKey()).contains(committed));
        assertThat(clients.as("pm")
                        .get("/api/work-items/" + item)
                        .json()
                        .path("status")
                        .asText())
                .isEqualTo("TODO");
    }

    @Test
    void aDisabledRuleDoesNotFire() {
        String rule = rule(doneNotifiesManagers());
        assertThat(clients.as("pm").post("/api/rules/" + rule + "/disable").status())
                .isEqualTo(204);
        String item = workItem(LocalDate.now().plusDays(5));

        assertThat(patch(item, Map.of("status", "DONE")).status()).isEqualTo(200);

        settle();
        assertThat(notifications(rule)).isEmpty();
        JsonNode listed = clients.as("engineer")
                .get("/api/projects/" + project + "/rules")
                .json();
        assertThat(listed).as("internal members read the rules").hasSize(1);
        assertThat(listed.get(0).path("enabled").asBoolean()).isFalse();
        assertThat(clients.as("engineer")
                        .post("/api/rules/" + rule + "/disable")
                        .status())
                .as("members cannot disable rules")
                .isEqualTo(403);
    }

    @Test
    void actionsOnTheWorkItemRunAfterCommitAsTheRulesAuthor() {
        Map<String, Object> rule = new HashMap<>();
        rule.put("name", "Started work is blocked until cleared");
        rule.put("trigger", "WORK_ITEM_STATUS_CHANGED");
        rule.put("conditions", List.of(Map.of("field", "status", "operator", "==", "value", "IN_PROGRESS")));
        rule.put("action", Map.of("type", "SET_STATUS", "status", "BLOCKED"));
        rule(rule);
        String item = workItem(LocalDate.now().plusDays(5));

        assertThat(patch(item, Map.of("status", "IN_PROGRESS")).status()).isEqualTo(200);

        awaitStatus(item, "BLOCKED");
        JsonNode latest = clients.as("pm")
                .get("/api/projects/" + project + "/activity?size=1")
                .json()
                .path("items")
                .get(0);
        assertThat(latest.path("changes").path("status").path("to").asText()).isEqualTo("BLOCKED");
        assertThat(latest.path("actorId").asText()).isEqualTo(userId("pm").toString());
    }

    @Test
    void complaintsAndOverdueWorkItemsTriggerTheirRules() {
        Map<String, Object> complaint = new HashMap<>();
        complaint.put("name", "Complaints go to the managers");
        complaint.put("trigger", "TICKET_CREATED");
        complaint.put("conditions", List.of(Map.of("field", "ticket.type", "operator", "==", "value", "COMPLAINT")));
        complaint.put("action", Map.of("type", "NOTIFY", "recipients", List.of("MANAGERS")));
        String complaintRule = rule(complaint);
        ticket("ISSUE");
        settle();
        assertThat(notifications(complaintRule)).isEmpty();
        ticket("COMPLAINT");
        awaitNotifications(complaintRule, 1);

        Map<String, Object> late = new HashMap<>();
        late.put("name", "Chase the assignee of late work");
        late.put("trigger", "WORK_ITEM_OVERDUE");
        late.put("action", Map.of("type", "NOTIFY", "recipients", List.of("ASSIGNEE")));
        String lateRule = rule(late);
        workItem(LocalDate.now().minusDays(1));
        overdue.publish(LocalDate.now());
        overdue.publish(LocalDate.now());
        awaitNotifications(lateRule, 1);
        settle();
        List<NotificationRequested> chased = notifications(lateRule);
        assertThat(chased).as("once per item and day").hasSize(1);
        assertThat(chased.get(0).organisationIds()).containsExactly(supplierA);
    }

    @Test
    void aFailedActionIsRetriedAndShownUntilItSucceedsWithoutRepeatingTheRulesThatDidNotFail() {
        UUID engineer = userId("engineer");
        assertThat(member(engineer, "MANAGER").status()).isEqualTo(201);
        Map<String, Object> blocking = new HashMap<>();
        blocking.put("name", "Started work is blocked until cleared");
        blocking.put("trigger", "WORK_ITEM_STATUS_CHANGED");
        blocking.put("conditions", List.of(Map.of("field", "status", "operator", "==", "value", "IN_PROGRESS")));
        blocking.put("action", Map.of("type", "SET_STATUS", "status", "BLOCKED"));
        Api.Response created = clients.as("engineer").post("/api/projects/" + project + "/rules", blocking);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String failing = created.json().path("id").asText();
        Map<String, Object> telling = new HashMap<>(doneNotifiesManagers());
        telling.put("conditions", List.of(Map.of("field", "status", "operator", "==", "value", "IN_PROGRESS")));
        String succeeding = rule(telling);
        String item = workItem(LocalDate.now().plusDays(5));
        leaveProject(engineer); // the failing rule's author can no longer change the item

        assertThat(patch(item, Map.of("status", "IN_PROGRESS")).status()).isEqualTo(200);

        JsonNode status = awaitRuleStatus(failing, s -> s.path("state").asText().equals("RETRYING"));
        assertThat(status.path("retrying").asInt()).isEqualTo(1);
        assertThat(status.path("lastFailure").path("message").asText()).isEqualTo("Work item not found");
        assertThat(status.path("lastFailure").path("attempts").asInt()).isEqualTo(1);
        assertThat(status.path("lastFailure").path("retried").asBoolean()).isTrue();
        assertThat(awaitNotifications(succeeding, 1)).hasSize(1);
        assertThat(ruleStatus(succeeding).path("state").asText()).isEqualTo("OK");
        assertThat(status(item)).isEqualTo("IN_PROGRESS");

        assertThat(member(engineer, "MANAGER").status()).isEqualTo(201);
        incomplete.resubmitIncompletePublications(p -> true);

        awaitStatus(item, "BLOCKED");
        JsonNode recovered =
                awaitRuleStatus(failing, s -> s.path("state").asText().equals("OK"));
        assertThat(recovered.path("done").asInt()).isEqualTo(1);
        assertThat(recovered.path("retrying").asInt()).isZero();
        assertThat(recovered.path("lastFailure").path("retried").asBoolean())
                .as("the failure stays visible, no longer retried")
                .isFalse();
        settle();
        assertThat(notifications(succeeding))
                .as("the rule that did not fail acted once")
                .hasSize(1);
        JsonNode activity = clients.as("pm")
                .get("/api/projects/" + project + "/activity?size=50")
                .json()
                .path("items");
        long blockedChanges = 0;
        for (JsonNode entry : activity) {
            if (entry.path("changes").path("status").path("to").asText().equals("BLOCKED")) {
                blockedChanges++;
            }
        }
        assertThat(blockedChanges)
                .as("the retried action changed the item once")
                .isEqualTo(1);
    }

    @Test
    void anActionThatKeepsFailingIsGivenUpAfterItsLastAttemptAndShownAsFailed() {
        UUID engineer = userId("engineer");
        assertThat(member(engineer, "MANAGER").status()).isEqualTo(201);
        Map<String, Object> blocking = new HashMap<>();
        blocking.put("name", "Done work is reopened");
        blocking.put("trigger", "WORK_ITEM_STATUS_CHANGED");
        blocking.put("conditions", List.of(Map.of("field", "status", "operator", "==", "value", "DONE")));
        blocking.put("action", Map.of("type", "SET_STATUS", "status", "TODO"));
        Api.Response created = clients.as("engineer").post("/api/projects/" + project + "/rules", blocking);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String rule = created.json().path("id").asText();
        String item = workItem(LocalDate.now().plusDays(5));
        leaveProject(engineer);

        assertThat(patch(item, Map.of("status", "DONE")).status()).isEqualTo(200);
        for (int attempt = 1; attempt < settings.maxAttempts(); attempt++) {
            int failed = attempt;
            awaitRuleStatus(rule, s -> s.path("lastFailure").path("attempts").asInt() == failed);
            incomplete.resubmitIncompletePublications(p -> true);
        }

        JsonNode status = awaitRuleStatus(rule, s -> s.path("state").asText().equals("FAILED"));
        assertThat(status.path("failed").asInt()).isEqualTo(1);
        assertThat(status.path("retrying").asInt()).isZero();
        assertThat(status.path("lastFailure").path("attempts").asInt()).isEqualTo(settings.maxAttempts());
        assertThat(status.path("lastFailure").path("retried").asBoolean()).isFalse();
        settle(); // given up: the hand-over is complete and is not resubmitted again
        incomplete.resubmitIncompletePublications(p -> true);
        settle();
        assertThat(ruleStatus(rule).path("lastFailure").path("attempts").asInt())
                .isEqualTo(settings.maxAttempts());
        assertThat(status(item)).isEqualTo("DONE");
    }

    @Test
    void anInvalidRuleAnswers400WithFieldErrors() {
        Map<String, Object> rule = new HashMap<>();
        rule.put("name", "Broken");
        rule.put("trigger", "WORK_ITEM_STATUS_CHANGED");
        rule.put(
                "conditions",
                List.of(
                        Map.of("field", "colour", "operator", "==", "value", "red"),
                        Map.of("field", "status", "operator", "=~", "value", "DONE"),
                        Map.of("field", "status", "operator", "==", "value", "FINISHED"),
                        Map.of("field", "title", "operator", ">", "value", "A")));
        rule.put("action", Map.of("type", "RUN_SCRIPT"));

        Api.Response refused = clients.as("pm").post("/api/projects/" + project + "/rules", rule);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(fields(refused))
                .containsExactly(
                        "conditions[0].field",
                        "conditions[1].operator",
                        "conditions[2].value",
                        "conditions[3].operator",
                        "action.type");

        rule.put("trigger", "TICKET_CREATED");
        rule.put("conditions", List.of());
        rule.put("action", Map.of("type", "SET_STATUS", "status", "DONE"));
        assertThat(fields(clients.as("pm").post("/api/projects/" + project + "/rules", rule)))
                .containsExactly("action.type");

        rule.put("trigger", "SOMETHING");
        rule.put("action", Map.of("type", "NOTIFY"));
        assertThat(fields(clients.as("pm").post("/api/projects/" + project + "/rules", rule)))
                .containsExactly("trigger", "action.recipients");
        assertThat(clients.as("pm").get("/api/projects/" + project + "/rules").json())
                .isEmpty();
    }

    @Test
    void onlyTheProjectsManagersCreateAndDisableRules() {
        String path = "/api/projects/" + project + "/rules";
        for (String role : List.of("supplier-a", "customer")) {
            Api api = clients.as(role);
            assertThat(api.post(path, doneNotifiesManagers()).status()).as(role).isEqualTo(403);
            assertThat(api.get(path).status()).as(role).isEqualTo(403);
        }
        Api other = clients.as("other-pm");
        assertThat(other.post(path, doneNotifiesManagers()).status()).isEqualTo(404);
        assertThat(other.get(path).status()).isEqualTo(404);

        String rule = rule(doneNotifiesManagers());
        assertThat(clients.as("supplier-a")
                        .post("/api/rules/" + rule + "/disable")
                        .status())
                .isEqualTo(404);
        assertThat(other.post("/api/rules/" + rule + "/disable").status()).isEqualTo(404);
        assertThat(clients.as("pm").get(path).json().get(0).path("enabled").asBoolean())
                .isTrue();
    }

    private Map<String, Object> doneNotifiesManagers() {
        Map<String, Object> rule = new HashMap<>();
        rule.put("name", "Done work goes to the managers");
        rule.put("trigger", "WORK_ITEM_STATUS_CHANGED");
        rule.put("conditions", List.of(Map.of("field", "status", "operator", "==", "value", "DONE")));
        rule.put("action", Map.of("type", "NOTIFY", "recipients", List.of("MANAGERS")));
        return rule;
    }

    private String rule(Map<String, Object> body) {
        Api.Response created = clients.as("pm").post("/api/projects/" + project + "/rules", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().path("id").asText();
    }

    /** Waits until every hand-over to the rules published since the test began is done. */
    private void settle() {
        await().atMost(WAIT)
                .pollInterval(POLL)
                .until(() -> jdbc.sql("""
                        select count(*) from event_publication
                         where listener_id like 'io.crossflow.automation.%' and publication_date >= ?
                        """)
                                .param(java.sql.Timestamp.from(started))
                                .query(Long.class)
                                .single()
                        == 0);
    }

    private List<NotificationRequested> awaitNotifications(String ruleId, int count) {
        await().atMost(WAIT)
                .pollInterval(POLL)
                .until(() -> notifications(ruleId).size() >= count);
        return notifications(ruleId);
    }

    private void awaitStatus(String item, String status) {
        await().atMost(WAIT).pollInterval(POLL).until(() -> status(item).equals(status));
    }

    private String status(String item) {
        return clients.as("pm")
                .get("/api/work-items/" + item)
                .json()
                .path("status")
                .asText();
    }

    private JsonNode ruleStatus(String ruleId) {
        for (JsonNode rule :
                clients.as("pm").get("/api/projects/" + project + "/rules").json()) {
            if (rule.path("id").asText().equals(ruleId)) {
                return rule.path("status");
            }
        }
        throw new AssertionError("rule " + ruleId + " is not listed");
    }

    private JsonNode awaitRuleStatus(String ruleId, java.util.function.Predicate<JsonNode> until) {
        await().atMost(WAIT).pollInterval(POLL).until(() -> until.test(ruleStatus(ruleId)));
        return ruleStatus(ruleId);
    }

    private Api.Response member(UUID user, String role) {
        return clients.as("pm").post("/api/projects/" + project + "/members", Map.of("userId", user, "role", role));
    }

    /** There is no API to remove a member yet: the row goes, as a removal would take it. */
    private void leaveProject(UUID user) {
        jdbc.sql("delete from prj_member where project_id = ? and user_id = ?")
                .params(UUID.fromString(project), user)
                .update();
    }

    private List<NotificationRequested> notifications(String ruleId) {
        return published.stream()
                .filter(NotificationRequested.class::isInstance)
                .map(NotificationRequested.class::cast)
                .filter(n -> n.dedupeKey().startsWith("rule:" + ruleId + ":"))
                .toList();
    }

    private String workItem(LocalDate plannedEnd) {
        Api.Response created = clients.as("pm")
                .post(
                        "/api/projects/" + project + "/work-items",
                        Map.of(
                                "title",
                                "Rule item",
                                "assigneeOrganisationId",
                                supplierA,
                                "plannedEnd",
                                plannedEnd.toString()));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().path("id").asText();
    }

    private Api.Response patch(String item, Map<String, Object> changes) {
        Map<String, Object> body = new HashMap<>(changes);
        body.put("version", version(item));
        return clients.as("pm").patch("/api/work-items/" + item, body);
    }

    private int version(String item) {
        return jdbc.sql("select version from prj_work_item where id = ?")
                .param(UUID.fromString(item))
                .query(Integer.class)
                .single();
    }

    private void ticket(String type) {
        UUID tenant = jdbc.sql("select tenant_id from prj_project where id = ?")
                .param(UUID.fromString(project))
                .query(UUID.class)
                .single();
        transactions.executeWithoutResult(status -> events.publishEvent(new TicketChanged(
                tenant,
                UUID.fromString(project),
                UUID.randomUUID(),
                "R-1-" + type,
                type,
                "TRIAGE",
                null,
                null,
                null,
                null,
                Set.of(),
                false,
                Instant.now())));
    }

    private UUID userId(String username) {
        return jdbc.sql("select id from idn_user where username = ?")
                .param(username)
                .query(UUID.class)
                .single();
    }

    private static List<String> fields(Api.Response response) {
        List<String> fields = new ArrayList<>();
        response.json().path("errors").forEach(e -> fields.add(e.path("field").asText()));
        return fields;
    }
}
