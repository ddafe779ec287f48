package io.crossflow.ticket.process;

import static io.crossflow.ticket.process.IssueEscalation.CLOSED_END;
import static io.crossflow.ticket.process.IssueEscalation.CONFIRMATION;
import static io.crossflow.ticket.process.IssueEscalation.CONFIRM_ESCALATION;
import static io.crossflow.ticket.process.IssueEscalation.CONFIRM_REMINDER;
import static io.crossflow.ticket.process.IssueEscalation.CONFIRM_TASK;
import static io.crossflow.ticket.process.IssueEscalation.ESCALATE_LEVEL_1;
import static io.crossflow.ticket.process.IssueEscalation.ESCALATE_LEVEL_2;
import static io.crossflow.ticket.process.IssueEscalation.ESCALATE_MANAGER;
import static io.crossflow.ticket.process.IssueEscalation.LEVEL_1_REMINDER;
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
import io.crossflow.ticket.TicketProperties;
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

    @Autowired
    TicketProperties ticketSettings;

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

    @Test
    void aPartnerAtLevel1IsRemindedBeforeItsSlaAndAReporterWhoDoesNotConfirmIsEscalated() {
        var probe = probe();
        Raised issue =
                raise(supplierA, new NewTicket(TicketType.ISSUE, "Coolant leak at cell 4", null, List.of(), partner));
        String instance = issue.instance().getId();
        complete(issue, TRIAGE_TASK, engineer, Map.of(OUTCOME, "escalate"));
        String level1 = task(issue, LEVEL_1_TASK).getId();

        probe.at(ticketSettings.issueReminderAfter(), () -> {
            assertThat(probe.dueTimers(instance))
                    .as("reminded before level 1's SLA")
                    .containsExactly(LEVEL_1_REMINDER);
            BpmnAwareTests.execute(probe.timer(instance, LEVEL_1_REMINDER));
        });
        assertThat(probe.recipients("task-reminder:" + level1))
                .as("the routed partner's users, linked to the task")
                .contains("supplier-a /inbox/" + level1)
                .noneMatch(r -> r.startsWith("pm "));
        BpmnAwareTests.assertThat(issue.instance()).isWaitingAtExactly(LEVEL_1_TASK);
        assertThat(ticket(issue).stage()).isEqualTo("LEVEL_1");
        probe.at(java.time.Duration.ofDays(2), () -> {
            assertThat(probe.dueTimers(instance)).containsExactly(LEVEL_1_SLA);
            BpmnAwareTests.execute(probe.timer(instance, LEVEL_1_SLA));
        });
        BpmnAwareTests.assertThat(issue.instance())
                .as("level 1's escalation is the next level")
                .isWaitingAtExactly(LEVEL_2_TASK);
        complete(issue, LEVEL_2_TASK, engineer, Map.of(OUTCOME, "resolve", RESOLUTION, "New seal fitted"));

        String confirm = task(issue, CONFIRM_TASK).getId();
        probe.at(ticketSettings.issueReminderAfter(), () -> {
            assertThat(probe.dueTimers(instance)).containsExactly(CONFIRM_REMINDER);
            BpmnAwareTests.execute(probe.timer(instance, CONFIRM_REMINDER));
        });
        assertThat(probe.recipients("task-reminder:" + confirm))
                .as("the reporter, linked to the task")
                .containsExactly("supplier-a /inbox/" + confirm);
        assertThat(probe.recipients("task-escalated:" + confirm)).isEmpty();
        probe.at(workflowSettings.outsideEscalationAfter(), () -> {
            assertThat(probe.dueTimers(instance)).containsExactly(CONFIRM_ESCALATION);
            BpmnAwareTests.execute(probe.timer(instance, CONFIRM_ESCALATION));
        });
        assertThat(probe.recipients("task-escalated:" + confirm))
                .as("the project's managers, linked to the project")
                .contains("pm /projects/" + gearbox.id())
                .noneMatch(r -> r.startsWith("supplier-a "));
        BpmnAwareTests.assertThat(issue.instance())
                .hasPassed(LEVEL_1_REMINDER, CONFIRM_REMINDER, CONFIRM_ESCALATION, "ConfirmationEscalated")
                .isWaitingAtExactly(CONFIRM_TASK);

        complete(issue, CONFIRM_TASK, supplierA, Map.of(CONFIRMATION, "confirm"));
        BpmnAwareTests.assertThat(issue.instance()).hasPassed(CLOSED_END).isEnded();
    }

    @Test
    void aPartnerAndAReporterAnsweringInTimeAreNeitherRemindedNorEscalated() {
        var probe = probe();
        Raised issue =
                raise(supplierA, new NewTicket(TicketType.ISSUE, "Label printer offline", null, List.of(), partner));
        complete(issue, TRIAGE_TASK, engineer, Map.of(OUTCOME, "escalate"));
        String level1 = task(issue, LEVEL_1_TASK).getId();
        complete(issue, LEVEL_1_TASK, supplierA, Map.of(OUTCOME, "resolve", RESOLUTION, "Restarted"));
        String confirm = task(issue, CONFIRM_TASK).getId();
        assertThat(probe.timer(issue.instance().getId(), CONFIRM_ESCALATION))
                .as("armed while the reporter decides")
                .isNotNull();
        complete(issue, CONFIRM_TASK, supplierA, Map.of(CONFIRMATION, "confirm"));

        BpmnAwareTests.assertThat(issue.instance())
                .hasNotPassed(LEVEL_1_REMINDER, LEVEL_1_SLA, CONFIRM_REMINDER, CONFIRM_ESCALATION)
                .hasPassed(CLOSED_END)
                .isEnded();
        assertThat(List.of(level1, confirm)).allSatisfy(task -> {
            assertThat(probe.recipients("task-reminder:" + task)).isEmpty();
            assertThat(probe.recipients("task-escalated:" + task)).isEmpty();
        });
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
