package io.crossflow.ticket.process;

import static io.crossflow.ticket.process.IssueEscalation.CLOSED_END;
import static io.crossflow.ticket.process.IssueEscalation.CONFIRMATION;
import static io.crossflow.ticket.process.IssueEscalation.CONFIRM_TASK;
import static io.crossflow.ticket.process.IssueEscalation.ESCALATE_LEVEL_1;
import static io.crossflow.ticket.process.IssueEscalation.ESCALATE_LEVEL_2;
import static io.crossflow.ticket.process.IssueEscalation.ESCALATE_MANAGER;
import static io.crossflow.ticket.process.IssueEscalation.LEVEL_1_SLA;
import static io.crossflow.ticket.process.IssueEscalation.LEVEL_1_TASK;
import static io.crossflow.ticket.process.IssueEscalation.LEVEL_2_SLA;
import static io.crossflow.ticket.process.IssueEscalation.LEVEL_2_TASK;
import static io.crossflow.ticket.process.IssueEscalation.MANAGER_TASK;
import static io.crossflow.ticket.process.IssueEscalation.OUTCOME;
import static io.crossflow.ticket.process.IssueEscalation.RESOLUTION;
import static io.crossflow.ticket.process.IssueEscalation.TRIAGE_SLA;
import static io.crossflow.ticket.process.IssueEscalation.TRIAGE_TASK;
import static org.assertj.core.api.Assertions.assertThat;

import io.crossflow.notification.NotificationRequested;
import io.crossflow.testing.IntegrationTest;
import io.crossflow.ticket.NewTicket;
import io.crossflow.ticket.StageChange;
import io.crossflow.ticket.TicketChanged;
import io.crossflow.ticket.TicketType;
import io.crossflow.workflow.CandidateGroups;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Every path of {@code issue-escalation} on the demo project "Gearbox Housing Line": complaints of
 * its customer and issues routed to partner "Precision Parts Ltd"; timers fire by executing their jobs.
 */
@IntegrationTest
@RecordApplicationEvents
class IssueEscalationProcessIT extends TicketProcessFixture {

    @Autowired
    ApplicationEvents events;

    @BeforeEach
    void signIn() {
        setUp();
    }

    @Test
    void untouchedComplaintClimbsTheLadderOnTimersAndEachLevelIsNotifiedOnce() {
        Raised complaint = raise(customer, complaint());
        assertThat(complaint.ticket().number()).matches(gearbox.key() + "-CO-\\d+");
        BpmnAwareTests.assertThat(task(complaint, TRIAGE_TASK))
                .hasCandidateGroup(CandidateGroups.projectRole(gearbox.id(), "MEMBER"));
        assertThat(escalations(complaint)).isEmpty();

        BpmnAwareTests.execute(timer(complaint, TRIAGE_SLA));

        BpmnAwareTests.assertThat(complaint.instance())
                .hasPassed(TRIAGE_SLA, ESCALATE_LEVEL_1)
                .isWaitingAtExactly(LEVEL_1_TASK);
        BpmnAwareTests.assertThat(task(complaint, LEVEL_1_TASK))
                .hasCandidateGroup(CandidateGroups.projectRole(gearbox.id(), "MEMBER"));
        assertThat(ticket(complaint).stage()).isEqualTo("LEVEL_1");

        BpmnAwareTests.execute(timer(complaint, LEVEL_1_SLA));

        BpmnAwareTests.assertThat(complaint.instance()).isWaitingAtExactly(LEVEL_2_TASK);
        assertThat(ticket(complaint).stage()).isEqualTo("LEVEL_2");

        BpmnAwareTests.execute(timer(complaint, LEVEL_2_SLA));

        BpmnAwareTests.assertThat(complaint.instance())
                .hasPassed(ESCALATE_MANAGER)
                .isWaitingAtExactly(MANAGER_TASK);
        BpmnAwareTests.assertThat(task(complaint, MANAGER_TASK))
                .hasCandidateGroup(CandidateGroups.projectRole(gearbox.id(), "MANAGER"));
        assertThat(ticket(complaint).stage()).isEqualTo("MANAGER");
        assertThat(timers(complaint)).as("the managers are the last level").isEmpty();
        assertThat(escalations(complaint))
                .extracting(NotificationRequested::dedupeKey)
                .containsExactly(key(complaint, "level-1"), key(complaint, "level-2"), key(complaint, "manager"));
        assertThat(escalations(complaint))
                .extracting(NotificationRequested::candidateGroups)
                .containsExactly(
                        Set.of(CandidateGroups.projectRole(gearbox.id(), "MEMBER")),
                        Set.of(CandidateGroups.projectRole(gearbox.id(), "MEMBER")),
                        Set.of(CandidateGroups.projectRole(gearbox.id(), "MANAGER")));
        assertThat(details(complaint).history())
                .filteredOn(c -> !c.stage().equals("RAISED") && !c.stage().equals("TRIAGE"))
                .extracting(StageChange::actorId)
                .as("timers moved it")
                .containsOnlyNulls();

        complete(complaint, MANAGER_TASK, pm, Map.of(RESOLUTION, "Replacement batch shipped"));
        BpmnAwareTests.assertThat(task(complaint, CONFIRM_TASK))
                .hasCandidateUser(customer.id().toString());
        complete(complaint, CONFIRM_TASK, customer, Map.of(CONFIRMATION, "confirm"));

        BpmnAwareTests.assertThat(complaint.instance()).hasPassed(CLOSED_END).isEnded();
        assertThat(ticket(complaint).stage()).isEqualTo("CLOSED");
        assertThat(escalations(complaint)).hasSize(3);
    }

    @Test
    void triageResolvesTheIssueAndTheReporterConfirms() {
        Raised issue =
                raise(supplierA, new NewTicket(TicketType.ISSUE, "Drawing rev. C missing", null, List.of(), null));
        assertThat(issue.ticket().number()).matches(gearbox.key() + "-IS-\\d+");

        complete(issue, TRIAGE_TASK, engineer, Map.of(OUTCOME, "resolve", RESOLUTION, "Uploaded rev. C"));
        BpmnAwareTests.assertThat(task(issue, CONFIRM_TASK))
                .hasCandidateUser(supplierA.id().toString());
        complete(issue, CONFIRM_TASK, supplierA, Map.of(CONFIRMATION, "confirm"));

        BpmnAwareTests.assertThat(issue.instance())
                .hasPassedInOrder(TRIAGE_TASK, CONFIRM_TASK, CLOSED_END)
                .hasNotPassed(ESCALATE_LEVEL_1, LEVEL_1_TASK)
                .isEnded();
        assertThat(escalations(issue)).isEmpty();
        assertThat(events.stream(TicketChanged.class)
                        .filter(e -> e.ticketId().equals(issue.ticket().id())))
                .extracting(TicketChanged::stage)
                .containsExactly("RAISED", "TRIAGE", "AWAITING_CONFIRMATION", "CLOSED");
    }

    @Test
    void handlersEscalateByHandAndAReopenedIssueReturnsToLevel1WithoutNotifyingItAgain() {
        Raised issue = raise(
                engineer,
                new NewTicket(TicketType.ISSUE, "Porosity in castings", "Batch 1 shows porosity", List.of(), partner));

        complete(issue, TRIAGE_TASK, engineer, Map.of(OUTCOME, "escalate"));
        BpmnAwareTests.assertThat(task(issue, LEVEL_1_TASK)).hasCandidateGroup(CandidateGroups.organisation(partner));
        complete(issue, LEVEL_1_TASK, supplierA, Map.of(OUTCOME, "escalate"));
        complete(issue, LEVEL_2_TASK, engineer, Map.of(OUTCOME, "resolve", RESOLUTION, "Changed the die temperature"));
        complete(issue, CONFIRM_TASK, engineer, Map.of(CONFIRMATION, "reopen"));

        BpmnAwareTests.assertThat(issue.instance()).isWaitingAtExactly(LEVEL_1_TASK);
        assertThat(escalations(issue))
                .extracting(NotificationRequested::dedupeKey)
                .containsExactly(key(issue, "level-1"), key(issue, "level-2"));
        complete(issue, LEVEL_1_TASK, supplierA, Map.of(OUTCOME, "resolve", RESOLUTION, "Sorted out the batch"));
        complete(issue, CONFIRM_TASK, engineer, Map.of(CONFIRMATION, "confirm"));

        BpmnAwareTests.assertThat(issue.instance())
                .hasPassedInOrder(
                        TRIAGE_TASK,
                        ESCALATE_LEVEL_1,
                        LEVEL_1_TASK,
                        ESCALATE_LEVEL_2,
                        LEVEL_2_TASK,
                        CONFIRM_TASK,
                        LEVEL_1_TASK,
                        CONFIRM_TASK,
                        CLOSED_END)
                .isEnded();
        assertThat(escalations(issue)).hasSize(2);
        assertThat(details(issue).history())
                .extracting(StageChange::stage)
                .containsExactly(
                        "RAISED",
                        "TRIAGE",
                        "LEVEL_1",
                        "LEVEL_2",
                        "AWAITING_CONFIRMATION",
                        "LEVEL_1",
                        "AWAITING_CONFIRMATION",
                        "CLOSED");
    }

    @Test
    void levelTwoHandsTheIssueToTheManagers() {
        Raised issue = raise(engineer, new NewTicket(TicketType.ISSUE, "Fixture broken", null, List.of(), null));
        complete(issue, TRIAGE_TASK, engineer, Map.of(OUTCOME, "escalate"));
        complete(issue, LEVEL_1_TASK, engineer, Map.of(OUTCOME, "resolve", RESOLUTION, "Tightened"));
        complete(issue, CONFIRM_TASK, engineer, Map.of(CONFIRMATION, "reopen"));
        BpmnAwareTests.execute(timer(issue, LEVEL_1_SLA));

        complete(issue, LEVEL_2_TASK, engineer, Map.of(OUTCOME, "escalate"));

        BpmnAwareTests.assertThat(issue.instance()).hasPassed(ESCALATE_MANAGER).isWaitingAtExactly(MANAGER_TASK);
        assertThat(escalations(issue)).hasSize(3);
    }

    private List<NotificationRequested> escalations(Raised raised) {
        return events.stream(NotificationRequested.class)
                .filter(n -> n.type().equals("TICKET_ESCALATED"))
                .filter(n ->
                        n.dedupeKey().startsWith("ticket:" + raised.ticket().id() + ":"))
                .toList();
    }

    private static String key(Raised raised, String level) {
        return "ticket:" + raised.ticket().id() + ":" + level;
    }

    private static NewTicket complaint() {
        return new NewTicket(
                TicketType.COMPLAINT, "Housings arrived scratched", "12 of 40 housings are scratched", List.of(), null);
    }
}
