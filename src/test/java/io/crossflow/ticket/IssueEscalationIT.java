package io.crossflow.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.crossflow.notification.NotificationRequested;
import io.crossflow.testing.Api;
import io.crossflow.testing.IntegrationTest;
import io.crossflow.testing.TestClients;
import io.crossflow.ticket.process.IssueEscalation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * A complaint the customer raises through the API and nobody touches: the engine's timers (their
 * jobs executed here, as the job executor would once they are due) walk it up the escalation
 * ladder, and each level is notified exactly once.
 */
@IntegrationTest
@RecordApplicationEvents
class IssueEscalationIT {

    @Autowired
    TestClients clients;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService management;

    @Autowired
    ApplicationEvents events;

    @Test
    void untouchedComplaintClimbsTheLadderAndEachLevelIsNotifiedExactlyOnce() {
        UUID project = jdbc.sql("select id from prj_project where name = 'Gearbox Housing Line'")
                .query(UUID.class)
                .single();
        Api customer = clients.as("customer");
        Api.Response raised = customer.post(
                "/api/projects/" + project + "/tickets",
                Map.of("type", "COMPLAINT", "title", "Housings arrived scratched"));
        assertThat(raised.status()).as(raised.toString()).isEqualTo(201);
        String ticket = raised.json().path("id").asText();
        assertThat(raised.json().path("number").asText()).matches("PRJ-\\d+-CO-\\d+");
        String instance = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(ticket)
                .singleResult()
                .getId();

        // each level's SLA timer climbs the ladder (level 1 also has a reminder, which does not)
        Map<String, String> climbs = new LinkedHashMap<>();
        climbs.put(IssueEscalation.TRIAGE_SLA, "LEVEL_1");
        climbs.put(IssueEscalation.LEVEL_1_SLA, "LEVEL_2");
        climbs.put(IssueEscalation.LEVEL_2_SLA, "MANAGER");
        for (var step : climbs.entrySet()) {
            String expected = step.getValue();
            Job timer = management
                    .createJobQuery()
                    .processInstanceId(instance)
                    .activityId(step.getKey())
                    .timers()
                    .singleResult();
            assertThat(timer).as("the SLA timer %s", step.getKey()).isNotNull();
            management.executeJob(timer.getId());
            JsonNode details = customer.get("/api/tickets/" + ticket).json();
            assertThat(details.path("ticket").path("stage").asText()).isEqualTo(expected);
        }
        assertThat(management.createJobQuery().processInstanceId(instance).count())
                .as("the managers are the last level")
                .isZero();

        List<NotificationRequested> escalations = events.stream(NotificationRequested.class)
                .filter(n -> n.type().equals("TICKET_ESCALATED"))
                .filter(n -> n.dedupeKey().startsWith("ticket:" + ticket + ":"))
                .toList();
        assertThat(escalations)
                .extracting(NotificationRequested::dedupeKey)
                .containsExactly(
                        "ticket:" + ticket + ":level-1",
                        "ticket:" + ticket + ":level-2",
                        "ticket:" + ticket + ":manager");
        assertThat(escalations.get(2).candidateGroups()).containsExactly("project:" + project + ":MANAGER");
        assertThat(events.stream(NotificationRequested.class)
                        .filter(n -> n.type().equals("TICKET_STAGE_CHANGED"))
                        .filter(n -> n.link().equals("/tickets/" + ticket)))
                .as("the reporter hears of every level")
                .hasSize(3);
        JsonNode history = customer.get("/api/tickets/" + ticket).json().path("history");
        assertThat(history).hasSize(5);
        assertThat(history.get(4).hasNonNull("actorId")).as("a timer moved it").isFalse();

        runtime.deleteProcessInstance(instance, "test finished");
    }
}
