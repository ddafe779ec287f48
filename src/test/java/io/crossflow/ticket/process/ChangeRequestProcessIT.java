package io.crossflow.ticket.process;

import static io.crossflow.ticket.process.ChangeRequest.APPROVAL_OUTCOME;
import static io.crossflow.ticket.process.ChangeRequest.APPROVE_SLA;
import static io.crossflow.ticket.process.ChangeRequest.APPROVE_TASK;
import static io.crossflow.ticket.process.ChangeRequest.ASSESS_REMINDER;
import static io.crossflow.ticket.process.ChangeRequest.ASSESS_SLA;
import static io.crossflow.ticket.process.ChangeRequest.ASSESS_TASK;
import static io.crossflow.ticket.process.ChangeRequest.CLOSED_END;
import static io.crossflow.ticket.process.ChangeRequest.COST_IMPACT;
import static io.crossflow.ticket.process.ChangeRequest.EFFORT_DAYS;
import static io.crossflow.ticket.process.ChangeRequest.IMPLEMENTATION_NOTE;
import static io.crossflow.ticket.process.ChangeRequest.IMPLEMENT_SLA;
import static io.crossflow.ticket.process.ChangeRequest.IMPLEMENT_TASK;
import static io.crossflow.ticket.process.ChangeRequest.NEW_DATES;
import static io.crossflow.ticket.process.ChangeRequest.REJECTED_END;
import static io.crossflow.ticket.process.ChangeRequest.SCOPE_CHANGE;
import static io.crossflow.ticket.process.ChangeRequest.SIGN_OFF_OUTCOME;
import static io.crossflow.ticket.process.ChangeRequest.SIGN_OFF_REMINDER;
import static io.crossflow.ticket.process.ChangeRequest.SIGN_OFF_SLA;
import static io.crossflow.ticket.process.ChangeRequest.SIGN_OFF_TASK;
import static io.crossflow.ticket.process.ChangeRequest.SLA_END;
import static io.crossflow.ticket.process.ChangeRequest.TRIAGE_OUTCOME;
import static io.crossflow.ticket.process.ChangeRequest.TRIAGE_SLA;
import static io.crossflow.ticket.process.ChangeRequest.TRIAGE_TASK;
import static io.crossflow.ticket.process.ChangeRequest.VERIFICATION_OUTCOME;
import static io.crossflow.ticket.process.ChangeRequest.VERIFY_SLA;
import static io.crossflow.ticket.process.ChangeRequest.VERIFY_TASK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crossflow.notification.NotificationRequested;
import io.crossflow.project.WorkItem;
import io.crossflow.shared.InvalidInputException;
import io.crossflow.testing.IntegrationTest;
import io.crossflow.ticket.NewTicket;
import io.crossflow.ticket.StageChange;
import io.crossflow.ticket.Ticket;
import io.crossflow.ticket.TicketChanged;
import io.crossflow.ticket.TicketType;
import io.crossflow.workflow.CandidateGroups;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Every path of {@code change-request}: change requests raised through {@code Tickets} on the demo
 * project "Gearbox Housing Line" against fresh work items of partner "Precision Parts Ltd"; the
 * project's customer is "Northwind Motors". Timers fire by executing their jobs.
 */
@IntegrationTest
@RecordApplicationEvents
class ChangeRequestProcessIT extends TicketProcessFixture {

    @Autowired
    ApplicationEvents events;

    @BeforeEach
    void signIn() {
        setUp();
    }

    @Test
    void changeWithNewDatesIsAssessedApprovedSignedOffAppliedReworkedAndClosed() {
        WorkItem item = supplierAItem("Process test: housings, batch 2");
        Raised cr = raise(engineer, change(item));

        assertThat(cr.ticket().number()).matches(gearbox.key() + "-CR-\\d+");
        assertThat(cr.ticket().routedOrganisationId())
                .as("routed to the item's partner")
                .isEqualTo(partner);
        BpmnAwareTests.assertThat(cr.instance()).isWaitingAtExactly(TRIAGE_TASK);
        BpmnAwareTests.assertThat(task(cr, TRIAGE_TASK))
                .hasCandidateGroup(CandidateGroups.projectRole(gearbox.id(), "MANAGER"));
        Ticket triage = ticket(cr);
        assertThat(triage.stage()).isEqualTo("TRIAGE");
        assertThat(triage.stageDueAt())
                .isBetween(
                        Instant.now().plus(47, ChronoUnit.HOURS), Instant.now().plus(49, ChronoUnit.HOURS));
        assertThat(task(cr, TRIAGE_TASK).getDueDate()).isNotNull();

        complete(cr, TRIAGE_TASK, pm, Map.of(TRIAGE_OUTCOME, "accept"));

        BpmnAwareTests.assertThat(task(cr, ASSESS_TASK)).hasCandidateGroup(CandidateGroups.organisation(partner));
        LocalDate start = item.plannedStart().plusDays(7);
        LocalDate end = item.plannedEnd().plusDays(10);
        complete(cr, ASSESS_TASK, supplierA, assessment(item.id() + " " + start + " " + end, 0));

        BpmnAwareTests.assertThat(cr.instance()).isWaitingAtExactly(APPROVE_TASK);
        BpmnAwareTests.assertThat(cr.instance()).variables().containsEntry("customerSignOffRequired", true);
        assertThat(ticket(cr).customerVisible())
                .as("dates change: the customer signs off")
                .isTrue();
        complete(cr, APPROVE_TASK, pm, Map.of(APPROVAL_OUTCOME, "approve"));

        BpmnAwareTests.assertThat(task(cr, SIGN_OFF_TASK))
                .hasCandidateGroup(CandidateGroups.organisation(customerOrganisation));
        assertThat(workItem(item).plannedEnd()).as("not before sign-off").isEqualTo(item.plannedEnd());
        complete(cr, SIGN_OFF_TASK, customer, Map.of(SIGN_OFF_OUTCOME, "approve"));

        WorkItem moved = workItem(item);
        assertThat(moved.plannedStart()).isEqualTo(start);
        assertThat(moved.plannedEnd()).isEqualTo(end);
        BpmnAwareTests.assertThat(task(cr, IMPLEMENT_TASK))
                .hasCandidateGroup(CandidateGroups.projectRole(gearbox.id(), "MEMBER"));
        complete(cr, IMPLEMENT_TASK, engineer, Map.of(IMPLEMENTATION_NOTE, "Fixtures adapted"));
        complete(cr, VERIFY_TASK, pm, Map.of(VERIFICATION_OUTCOME, "rework"));
        BpmnAwareTests.assertThat(cr.instance()).isWaitingAtExactly(IMPLEMENT_TASK);
        complete(cr, IMPLEMENT_TASK, engineer, Map.of(IMPLEMENTATION_NOTE, "Fixtures adapted, second try"));
        complete(cr, VERIFY_TASK, pm, Map.of(VERIFICATION_OUTCOME, "verified"));

        BpmnAwareTests.assertThat(cr.instance())
                .hasPassedInOrder(
                        TRIAGE_TASK,
                        ASSESS_TASK,
                        APPROVE_TASK,
                        SIGN_OFF_TASK,
                        "ApplyChange",
                        IMPLEMENT_TASK,
                        VERIFY_TASK,
                        IMPLEMENT_TASK,
                        VERIFY_TASK,
                        CLOSED_END)
                .hasNotPassed(REJECTED_END, SLA_END)
                .isEnded();
        Ticket closed = ticket(cr);
        assertThat(closed.stage()).isEqualTo("CLOSED");
        assertThat(closed.closedAt()).isNotNull();
        assertThat(closed.stageDueAt()).isNull();
        assertThat(details(cr).history())
                .extracting(StageChange::stage)
                .containsExactly(
                        "RAISED",
                        "TRIAGE",
                        "IMPACT_ASSESSMENT",
                        "INTERNAL_APPROVAL",
                        "CUSTOMER_SIGN_OFF",
                        "IMPLEMENTATION",
                        "VERIFICATION",
                        "IMPLEMENTATION",
                        "VERIFICATION",
                        "CLOSED");
        assertThat(details(cr).history())
                .extracting(StageChange::actorId)
                .containsExactly(
                        engineer.id(),
                        engineer.id(),
                        pm.id(),
                        supplierA.id(),
                        pm.id(),
                        customer.id(),
                        engineer.id(),
                        pm.id(),
                        engineer.id(),
                        pm.id());
        assertThat(events.stream(TicketChanged.class)
                        .filter(e -> e.ticketId().equals(cr.ticket().id())))
                .extracting(TicketChanged::stage)
                .containsExactly(
                        "RAISED",
                        "TRIAGE",
                        "IMPACT_ASSESSMENT",
                        "INTERNAL_APPROVAL",
                        "CUSTOMER_SIGN_OFF",
                        "IMPLEMENTATION",
                        "VERIFICATION",
                        "IMPLEMENTATION",
                        "VERIFICATION",
                        "CLOSED");
        assertThat(reporterNotifications(cr)).hasSize(9);
        assertThat(timers(cr)).isEmpty();
    }

    @Test
    void changeThatLeavesTheCustomerUnaffectedSkipsTheSignOff() {
        WorkItem item = supplierAItem("Process test: housings, batch 3");
        Raised cr = raise(engineer, change(item));
        complete(cr, TRIAGE_TASK, pm, Map.of(TRIAGE_OUTCOME, "accept"));
        complete(cr, ASSESS_TASK, supplierA, assessment("", 0));
        complete(cr, APPROVE_TASK, pm, Map.of(APPROVAL_OUTCOME, "approve"));

        BpmnAwareTests.assertThat(cr.instance())
                .isWaitingAtExactly(IMPLEMENT_TASK)
                .hasNotPassed(SIGN_OFF_TASK);
        assertThat(ticket(cr).customerVisible()).isFalse();
        assertThat(workItem(item).plannedEnd()).isEqualTo(item.plannedEnd());
        complete(cr, IMPLEMENT_TASK, engineer, Map.of(IMPLEMENTATION_NOTE, "Done"));
        complete(cr, VERIFY_TASK, pm, Map.of(VERIFICATION_OUTCOME, "verified"));
        BpmnAwareTests.assertThat(cr.instance()).hasPassed(CLOSED_END).isEnded();
    }

    @Test
    void scopeOrPriceChangeAlsoNeedsTheCustomersSignOff() {
        Raised cr = raise(engineer, change(supplierAItem("Process test: housings, batch 4")));
        complete(cr, TRIAGE_TASK, pm, Map.of(TRIAGE_OUTCOME, "accept"));
        Map<String, Object> priced = assessment("", 1200);
        complete(cr, ASSESS_TASK, supplierA, priced);
        complete(cr, APPROVE_TASK, pm, Map.of(APPROVAL_OUTCOME, "approve"));

        BpmnAwareTests.assertThat(cr.instance()).isWaitingAtExactly(SIGN_OFF_TASK);
    }

    @Test
    void triageRejectsTheChangeAndTheReporterIsTold() {
        Raised cr = raise(customer, change(null));

        complete(cr, TRIAGE_TASK, pm, Map.of(TRIAGE_OUTCOME, "reject"));

        assertRejected(cr, TRIAGE_TASK);
        assertThat(cr.ticket().routedOrganisationId()).isNull();
    }

    @Test
    void managersRejectTheAssessedChange() {
        Raised cr = raise(engineer, change(supplierAItem("Process test: housings, batch 5")));
        complete(cr, TRIAGE_TASK, pm, Map.of(TRIAGE_OUTCOME, "accept"));
        complete(cr, ASSESS_TASK, supplierA, assessment("", 0));

        complete(cr, APPROVE_TASK, pm, Map.of(APPROVAL_OUTCOME, "reject"));

        assertRejected(cr, APPROVE_TASK);
    }

    @Test
    void customerRejectsTheSignOffAndThePlanStaysAsItWas() {
        WorkItem item = supplierAItem("Process test: housings, batch 6");
        Raised cr = raise(engineer, change(item));
        complete(cr, TRIAGE_TASK, pm, Map.of(TRIAGE_OUTCOME, "accept"));
        complete(
                cr,
                ASSESS_TASK,
                supplierA,
                assessment(item.id() + " - " + item.plannedEnd().plusDays(3), 0));
        complete(cr, APPROVE_TASK, pm, Map.of(APPROVAL_OUTCOME, "approve"));

        complete(cr, SIGN_OFF_TASK, customer, Map.of(SIGN_OFF_OUTCOME, "reject"));

        assertRejected(cr, SIGN_OFF_TASK);
        assertThat(workItem(item).plannedEnd()).isEqualTo(item.plannedEnd());
    }

    @Test
    void assessmentWithDatesForAnItemTheChangeDoesNotAffectIsRefused() {
        WorkItem item = supplierAItem("Process test: housings, batch 7");
        WorkItem other = supplierAItem("Process test: unrelated item");
        Raised cr = raise(engineer, change(item));
        complete(cr, TRIAGE_TASK, pm, Map.of(TRIAGE_OUTCOME, "accept"));

        assertThatThrownBy(() ->
                        complete(cr, ASSESS_TASK, supplierA, assessment(other.id() + " 2030-01-01 2030-02-01", 0)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> complete(cr, ASSESS_TASK, supplierA, assessment(item.id() + " soon later", 0)))
                .isInstanceOf(InvalidInputException.class);

        BpmnAwareTests.assertThat(cr.instance()).isWaitingAtExactly(ASSESS_TASK);
        assertThat(workItem(other).plannedEnd()).isEqualTo(other.plannedEnd());
    }

    @Test
    void everyStagesSlaTimerMarksTheTicketBreachedTellsTheManagersAndKeepsTheStageOpen() {
        WorkItem item = supplierAItem("Process test: housings, batch 8");
        Raised cr = raise(engineer, change(item));

        breach(cr, TRIAGE_SLA, TRIAGE_TASK, "TRIAGE");
        complete(cr, TRIAGE_TASK, pm, Map.of(TRIAGE_OUTCOME, "accept"));
        assertThat(ticket(cr).slaBreached())
                .as("a new stage starts within its SLA")
                .isFalse();
        breach(cr, ASSESS_SLA, ASSESS_TASK, "IMPACT_ASSESSMENT");
        complete(
                cr,
                ASSESS_TASK,
                supplierA,
                assessment(item.id() + " - " + item.plannedEnd().plusDays(1), 0));
        breach(cr, APPROVE_SLA, APPROVE_TASK, "INTERNAL_APPROVAL");
        complete(cr, APPROVE_TASK, pm, Map.of(APPROVAL_OUTCOME, "approve"));
        breach(cr, SIGN_OFF_SLA, SIGN_OFF_TASK, "CUSTOMER_SIGN_OFF");
        complete(cr, SIGN_OFF_TASK, customer, Map.of(SIGN_OFF_OUTCOME, "approve"));
        breach(cr, IMPLEMENT_SLA, IMPLEMENT_TASK, "IMPLEMENTATION");
        complete(cr, IMPLEMENT_TASK, engineer, Map.of(IMPLEMENTATION_NOTE, "Late, but done"));
        breach(cr, VERIFY_SLA, VERIFY_TASK, "VERIFICATION");
        complete(cr, VERIFY_TASK, pm, Map.of(VERIFICATION_OUTCOME, "verified"));

        BpmnAwareTests.assertThat(cr.instance()).hasPassed(SLA_END, CLOSED_END).isEnded();
        assertThat(events.stream(NotificationRequested.class)
                        .filter(n -> n.type().equals("TICKET_SLA_BREACHED"))
                        .filter(n -> n.link().endsWith(cr.ticket().id().toString())))
                .hasSize(6)
                .allSatisfy(n -> assertThat(n.candidateGroups())
                        .containsExactly(CandidateGroups.projectRole(gearbox.id(), "MANAGER")));
    }

    @Test
    void assessorAndCustomerThatDoNotAnswerAreRemindedThenTheManagersAreTold() {
        WorkItem item = supplierAItem("Process test: housings, batch 9");
        Raised cr = raise(engineer, change(item));
        complete(cr, TRIAGE_TASK, pm, Map.of(TRIAGE_OUTCOME, "accept"));

        remindedThenEscalated(cr, ASSESS_TASK, ASSESS_REMINDER, ASSESS_SLA, "supplier-a");
        complete(
                cr,
                ASSESS_TASK,
                supplierA,
                assessment(item.id() + " - " + item.plannedEnd().plusDays(2), 0));
        complete(cr, APPROVE_TASK, pm, Map.of(APPROVAL_OUTCOME, "approve"));

        remindedThenEscalated(cr, SIGN_OFF_TASK, SIGN_OFF_REMINDER, SIGN_OFF_SLA, "customer");
        complete(cr, SIGN_OFF_TASK, customer, Map.of(SIGN_OFF_OUTCOME, "approve"));

        BpmnAwareTests.assertThat(cr.instance())
                .hasPassed("AssessmentReminded", "SignOffReminded")
                .isWaitingAtExactly(IMPLEMENT_TASK);
    }

    @Test
    void assessorAndCustomerAnsweringInTimeAreNeitherRemindedNorEscalated() {
        WorkItem item = supplierAItem("Process test: housings, batch 10");
        Raised cr = raise(engineer, change(item));
        complete(cr, TRIAGE_TASK, pm, Map.of(TRIAGE_OUTCOME, "accept"));
        String assess = task(cr, ASSESS_TASK).getId();
        assertThat(ticket(cr).stageDueAt())
                .as("the reminder is no SLA: the stage is due when the managers are told")
                .isAfter(Instant.now()
                        .plus(workflowSettings.outsideEscalationAfter())
                        .minus(1, ChronoUnit.HOURS));
        complete(
                cr,
                ASSESS_TASK,
                supplierA,
                assessment(item.id() + " - " + item.plannedEnd().plusDays(3), 0));
        complete(cr, APPROVE_TASK, pm, Map.of(APPROVAL_OUTCOME, "approve"));
        String signOff = task(cr, SIGN_OFF_TASK).getId();
        complete(cr, SIGN_OFF_TASK, customer, Map.of(SIGN_OFF_OUTCOME, "approve"));

        BpmnAwareTests.assertThat(cr.instance())
                .hasNotPassed(ASSESS_REMINDER, ASSESS_SLA, SIGN_OFF_REMINDER, SIGN_OFF_SLA, SLA_END)
                .isWaitingAtExactly(IMPLEMENT_TASK);
        assertThat(List.of(assess, signOff))
                .allSatisfy(task ->
                        assertThat(probe().recipients("task-reminder:" + task)).isEmpty());
        assertThat(ticket(cr).slaBreached()).isFalse();
    }

    /** The outside party's open step: reminded (linked to the task), then its SLA tells the managers. */
    private void remindedThenEscalated(Raised cr, String taskKey, String reminderId, String slaId, String waitingUser) {
        var probe = probe();
        String instance = cr.instance().getId();
        String task = task(cr, taskKey).getId();
        probe.at(workflowSettings.outsideReminderAfter(), () -> {
            assertThat(probe.dueTimers(instance)).as(taskKey).containsExactly(reminderId);
            BpmnAwareTests.execute(probe.timer(instance, reminderId));
        });
        assertThat(probe.recipients("task-reminder:" + task))
                .as("%s: the waiting party, linked to the task", taskKey)
                .contains(waitingUser + " /inbox/" + task)
                .noneMatch(r -> r.startsWith("pm "));
        assertThat(ticket(cr).slaBreached()).as("reminded, not yet breached").isFalse();
        probe.at(workflowSettings.outsideEscalationAfter(), () -> {
            assertThat(probe.dueTimers(instance)).as(taskKey).containsExactly(slaId);
            BpmnAwareTests.execute(probe.timer(instance, slaId));
        });
        assertThat(ticket(cr).slaBreached()).isTrue();
        assertThat(events.stream(NotificationRequested.class)
                        .filter(n -> n.type().equals("TICKET_SLA_BREACHED"))
                        .filter(n -> n.link().endsWith(cr.ticket().id().toString()))
                        .reduce((first, second) -> second))
                .hasValueSatisfying(n -> assertThat(n.candidateGroups())
                        .containsExactly(CandidateGroups.projectRole(gearbox.id(), "MANAGER")));
        BpmnAwareTests.assertThat(cr.instance()).isWaitingAtExactly(taskKey);
    }

    private void breach(Raised cr, String timerId, String taskKey, String stage) {
        Job timer = timer(cr, timerId);
        assertThat(timer.getDuedate()).as("armed for the stage's SLA").isAfter(new java.util.Date());
        assertThat(ticket(cr).slaBreached()).isFalse();

        BpmnAwareTests.execute(timer);

        Ticket breached = ticket(cr);
        assertThat(breached.stage()).isEqualTo(stage);
        assertThat(breached.slaBreached()).isTrue();
        BpmnAwareTests.assertThat(cr.instance()).hasPassed(timerId).isWaitingAtExactly(taskKey);
        assertThat(timer(cr, timerId)).as("fired once").isNull();
    }

    private void assertRejected(Raised cr, String gate) {
        BpmnAwareTests.assertThat(cr.instance())
                .hasPassedInOrder(gate, "RejectChange", REJECTED_END)
                .hasNotPassed(CLOSED_END, "ApplyChange")
                .isEnded();
        Ticket rejected = ticket(cr);
        assertThat(rejected.stage()).isEqualTo("REJECTED");
        assertThat(rejected.closedAt()).isNotNull();
        assertThat(reporterNotifications(cr))
                .last()
                .satisfies(n -> assertThat(n.params()).containsEntry("stage", "REJECTED"));
        assertThat(events.stream(TicketChanged.class)
                        .filter(e -> e.ticketId().equals(cr.ticket().id())))
                .last()
                .satisfies(e -> assertThat(e.stage()).isEqualTo("REJECTED"));
        assertThat(timers(cr)).isEmpty();
    }

    private List<NotificationRequested> reporterNotifications(Raised cr) {
        return events.stream(NotificationRequested.class)
                .filter(n -> n.type().equals("TICKET_STAGE_CHANGED"))
                .filter(n -> n.link().endsWith(cr.ticket().id().toString()))
                .filter(n -> n.userIds().equals(java.util.Set.of(cr.ticket().reporterUserId())))
                .toList();
    }

    private static NewTicket change(WorkItem item) {
        return new NewTicket(
                TicketType.CHANGE_REQUEST,
                "Move the housing deliveries",
                "The customer's line starts later",
                item == null ? List.of() : List.of(item.id()),
                null);
    }

    private static Map<String, Object> assessment(String newDates, int cost) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(EFFORT_DAYS, 3);
        variables.put(COST_IMPACT, cost);
        variables.put(SCOPE_CHANGE, false);
        variables.put(NEW_DATES, newDates);
        return variables;
    }

    private WorkItem workItem(WorkItem item) {
        return workItems.find(engineer.tenantId(), item.id()).orElseThrow();
    }
}
