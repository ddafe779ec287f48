package io.crossflow.ticket.process;

import static io.crossflow.ticket.process.SupportRequest.ANSWER;
import static io.crossflow.ticket.process.SupportRequest.ANSWER_REMINDER;
import static io.crossflow.ticket.process.SupportRequest.ANSWER_TASK;
import static io.crossflow.ticket.process.SupportRequest.BREACH_REPORTED_END;
import static io.crossflow.ticket.process.SupportRequest.CLOSED_END;
import static io.crossflow.ticket.process.SupportRequest.CONFIRMATION;
import static io.crossflow.ticket.process.SupportRequest.CONFIRM_TASK;
import static io.crossflow.ticket.process.SupportRequest.FIRST_RESPONSE_SLA;
import static io.crossflow.ticket.process.SupportRequest.REPLY;
import static io.crossflow.ticket.process.SupportRequest.REPLY_WINDOW;
import static io.crossflow.ticket.process.SupportRequest.RESOLUTION_BREACH_REPORTED_END;
import static io.crossflow.ticket.process.SupportRequest.RESOLUTION_SLA;
import static org.assertj.core.api.Assertions.assertThat;

import io.crossflow.notification.NotificationRequested;
import io.crossflow.testing.IntegrationTest;
import io.crossflow.ticket.NewTicket;
import io.crossflow.ticket.StageChange;
import io.crossflow.ticket.TicketType;
import io.crossflow.workflow.CandidateGroups;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Every path of {@code support-request} on the demo project: the service desk (the tenant's
 * managers) answers, the requester confirms or replies; timers fire by executing their jobs.
 */
@IntegrationTest
@RecordApplicationEvents
class SupportRequestProcessIT extends TicketProcessFixture {

    @Autowired
    ApplicationEvents events;

    @BeforeEach
    void signIn() {
        setUp();
    }

    @Test
    void theServiceDeskAnswersAndTheRequesterConfirms() {
        Instant before = Instant.now();
        Raised request = raise(supplierA, support("How do we upload a QC report?"));
        assertThat(request.ticket().number()).matches(gearbox.key() + "-SR-\\d+");
        BpmnAwareTests.assertThat(task(request, ANSWER_TASK))
                .hasCandidateGroup(CandidateGroups.tenantRole(gearbox.tenantId(), "MANAGER"));
        assertThat(ticket(request).stage()).isEqualTo("WITH_SERVICE_DESK");
        assertThat(ticket(request).stageDueAt())
                .as("first response due in a day")
                .isBetween(before.plus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(1)));
        assertThat(task(request, ANSWER_TASK).getDueDate()).isNotNull();

        complete(request, ANSWER_TASK, pm, Map.of(ANSWER, "Open the supplier order and attach it to the QC step."));
        BpmnAwareTests.assertThat(task(request, CONFIRM_TASK))
                .hasCandidateUser(supplierA.id().toString());
        complete(request, CONFIRM_TASK, supplierA, Map.of(CONFIRMATION, "confirm"));

        BpmnAwareTests.assertThat(request.instance())
                .hasPassedInOrder(ANSWER_TASK, CONFIRM_TASK, CLOSED_END)
                .isEnded();
        assertThat(details(request).history())
                .extracting(StageChange::stage)
                .containsExactly("RAISED", "WITH_SERVICE_DESK", "AWAITING_REQUESTER", "CLOSED");
        assertThat(details(request).history())
                .filteredOn(c -> c.stage().equals("AWAITING_REQUESTER"))
                .extracting(StageChange::note)
                .containsExactly("Open the supplier order and attach it to the QC step.");
    }

    @Test
    void aReplyReturnsTheRequestToTheServiceDeskWithTheReply() {
        Raised request = raise(customer, support("Where is the delivery schedule?"));
        complete(request, ANSWER_TASK, pm, Map.of(ANSWER, "In the progress view."));
        complete(request, CONFIRM_TASK, customer, Map.of(CONFIRMATION, "reply", REPLY, "我找不到它"));

        BpmnAwareTests.assertThat(request.instance()).isWaitingAtExactly(ANSWER_TASK);
        assertThat(details(request).history())
                .filteredOn(c -> c.stage().equals("WITH_SERVICE_DESK"))
                .extracting(StageChange::note)
                .containsExactly(null, "我找不到它");

        complete(request, ANSWER_TASK, pm, Map.of(ANSWER, "Menu Progress, then Milestones."));
        complete(request, CONFIRM_TASK, customer, Map.of(CONFIRMATION, "confirm"));
        BpmnAwareTests.assertThat(request.instance())
                .hasPassedInOrder(ANSWER_TASK, CONFIRM_TASK, ANSWER_TASK, CONFIRM_TASK, CLOSED_END)
                .isEnded();
    }

    @Test
    void aLateFirstResponseMarksTheRequestBreachedAndItStaysWithTheServiceDesk() {
        Raised request = raise(supplierA, support("Cannot open the drawing"));

        BpmnAwareTests.execute(timer(request, FIRST_RESPONSE_SLA));

        BpmnAwareTests.assertThat(request.instance())
                .hasPassed(FIRST_RESPONSE_SLA, BREACH_REPORTED_END)
                .isWaitingAtExactly(ANSWER_TASK);
        assertThat(ticket(request).slaBreached()).isTrue();
        assertThat(events.stream(NotificationRequested.class)
                        .filter(n -> n.type().equals("TICKET_SLA_BREACHED"))
                        .filter(n -> n.dedupeKey()
                                .startsWith("ticket:" + request.ticket().id() + ":")))
                .hasSize(1);
        complete(request, ANSWER_TASK, pm, Map.of(ANSWER, "Use the viewer."));
        assertThat(ticket(request).stage()).isEqualTo("AWAITING_REQUESTER");
    }

    @Test
    void aRequestOpenPastItsResolutionTimeIsReportedAndGoesOn() {
        Raised request = raise(supplierA, support("Export fails"));

        BpmnAwareTests.execute(timer(request, RESOLUTION_SLA));

        BpmnAwareTests.assertThat(request.instance())
                .hasPassed(RESOLUTION_SLA, RESOLUTION_BREACH_REPORTED_END)
                .isWaitingAtExactly(ANSWER_TASK);
        assertThat(events.stream(NotificationRequested.class)
                        .filter(n -> n.type().equals("TICKET_RESOLUTION_BREACHED"))
                        .filter(n -> n.dedupeKey()
                                .equals("ticket:" + request.ticket().id() + ":resolution")))
                .singleElement()
                .satisfies(n -> assertThat(n.candidateGroups())
                        .contains(CandidateGroups.tenantRole(gearbox.tenantId(), "TENANT_ADMIN")));
    }

    @Test
    void aRequesterWhoDoesNotReplyHasTheRequestClosed() {
        Raised request = raise(supplierA, support("Login page slow"));
        complete(request, ANSWER_TASK, pm, Map.of(ANSWER, "Fixed."));

        BpmnAwareTests.execute(timer(request, REPLY_WINDOW));

        BpmnAwareTests.assertThat(request.instance())
                .hasPassed(REPLY_WINDOW, CLOSED_END)
                .isEnded();
        assertThat(ticket(request).stage()).isEqualTo("CLOSED");
    }

    @Test
    void aRequesterWhoDoesNotConfirmIsRemindedAndLaterTheRequestCloses() {
        var probe = probe();
        Raised request = raise(customer, support("Where is the delivery note?"));
        String instance = request.instance().getId();
        complete(request, ANSWER_TASK, pm, Map.of(ANSWER, "Under Documents of the milestone."));
        String confirm = task(request, CONFIRM_TASK).getId();

        probe.at(workflowSettings.outsideReminderAfter(), () -> {
            assertThat(probe.dueTimers(instance)).containsExactly(ANSWER_REMINDER);
            BpmnAwareTests.execute(probe.timer(instance, ANSWER_REMINDER));
        });
        assertThat(probe.recipients("task-reminder:" + confirm))
                .as("the requester, linked to the task")
                .containsExactly("customer /inbox/" + confirm);
        BpmnAwareTests.assertThat(request.instance())
                .hasPassed(ANSWER_REMINDER, "AnswerReminded")
                .isWaitingAtExactly(CONFIRM_TASK);
        assertThat(ticket(request).stage()).isEqualTo("AWAITING_REQUESTER");

        probe.at(Duration.ofDays(7), () -> {
            assertThat(probe.dueTimers(instance)).contains(REPLY_WINDOW);
            BpmnAwareTests.execute(probe.timer(instance, REPLY_WINDOW));
        });
        BpmnAwareTests.assertThat(request.instance())
                .as("the wait ends: the window closes the request")
                .hasPassed(REPLY_WINDOW, CLOSED_END)
                .isEnded();
    }

    @Test
    void aRequesterWhoConfirmsInTimeIsNotReminded() {
        Raised request = raise(customer, support("Which format for drawings?"));
        complete(request, ANSWER_TASK, pm, Map.of(ANSWER, "PDF or STEP."));
        String confirm = task(request, CONFIRM_TASK).getId();
        assertThat(ticket(request).stageDueAt())
                .as("the reminder is no SLA: the window's seven days are")
                .isAfter(Instant.now().plus(Duration.ofDays(7)).minus(Duration.ofHours(1)));

        complete(request, CONFIRM_TASK, customer, Map.of(CONFIRMATION, "confirm"));

        BpmnAwareTests.assertThat(request.instance())
                .hasNotPassed(ANSWER_REMINDER, REPLY_WINDOW)
                .hasPassed(CLOSED_END)
                .isEnded();
        assertThat(probe().recipients("task-reminder:" + confirm)).isEmpty();
    }

    private static NewTicket support(String title) {
        return new NewTicket(TicketType.SUPPORT_REQUEST, title, "Details: " + title, List.of(), null);
    }
}
