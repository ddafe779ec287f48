package io.crossflow.project.process;

import static io.crossflow.project.process.WorkPackageHandoff.ACCEPTANCE_ESCALATION_TIMER;
import static io.crossflow.project.process.WorkPackageHandoff.ACCEPTANCE_REMINDER_TIMER;
import static io.crossflow.project.process.WorkPackageHandoff.ACCEPT_TASK;
import static io.crossflow.project.process.WorkPackageHandoff.DECISION;
import static io.crossflow.project.process.WorkPackageHandoff.DECLINE_REASON;
import static io.crossflow.project.process.WorkPackageHandoff.DELIVERABLE_REFERENCE;
import static io.crossflow.project.process.WorkPackageHandoff.DELIVERY_NOTE;
import static io.crossflow.project.process.WorkPackageHandoff.DELIVER_TASK;
import static io.crossflow.project.process.WorkPackageHandoff.FOLLOW_UP_OVERDUE_TASK;
import static io.crossflow.project.process.WorkPackageHandoff.OVERDUE_TIMER;
import static io.crossflow.project.process.WorkPackageHandoff.REMINDER_TIMER;
import static io.crossflow.project.process.WorkPackageHandoff.REVIEW_COMMENT;
import static io.crossflow.project.process.WorkPackageHandoff.REVIEW_OUTCOME;
import static io.crossflow.project.process.WorkPackageHandoff.REVIEW_TASK;
import static org.assertj.core.api.Assertions.assertThat;

import io.crossflow.identity.CurrentUser;
import io.crossflow.project.HandoffStatus;
import io.crossflow.project.Handoffs;
import io.crossflow.project.Project;
import io.crossflow.project.ProjectAccess;
import io.crossflow.project.WorkItem;
import io.crossflow.project.WorkItemStatus;
import io.crossflow.project.WorkItems;
import io.crossflow.project.WorkPackageOverdue;
import io.crossflow.project.WorkPackageReminderDue;
import io.crossflow.tenancy.Tenants;
import io.crossflow.testing.IntegrationTest;
import io.crossflow.testing.ProcessTestSession;
import io.crossflow.workflow.CandidateGroups;
import io.crossflow.workflow.WorkflowProperties;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Every path of {@code work-package-handoff}: hand-offs started through {@link Handoffs} for fresh
 * work items of the demo project "Gearbox Housing Line", assigned to partner "Precision Parts Ltd";
 * tasks completed as their forms would; timers driven by executing their jobs.
 */
@IntegrationTest
@RecordApplicationEvents
class WorkPackageHandoffProcessIT {

    private static final String DECLINED_END = "HandoffDeclined";
    private static final String DONE_END = "HandoffDone";
    private static final String REMINDED_END = "PartnerReminded";
    private static final String FOLLOWED_UP_END = "OverdueFollowedUp";

    @Autowired
    ProcessEngine processEngine;

    @Autowired
    Tenants tenants;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService taskService;

    @Autowired
    ManagementService management;

    @Autowired
    Handoffs handoffs;

    @Autowired
    WorkItems workItems;

    @Autowired
    ProjectAccess access;

    @Autowired
    WorkflowProperties settings;

    @Autowired
    ApplicationEvents events;

    @Autowired
    JdbcClient jdbc;

    @RegisterExtension
    final ProcessTestSession session = new ProcessTestSession("engineer");

    private CurrentUser engineer;
    private Project gearbox;
    private UUID partner;

    @BeforeEach
    void findTheDemoProject() {
        engineer = session.user();
        gearbox = session.demoProject();
        partner = session.organisation("Precision Parts Ltd");
    }

    @Test
    void partnerAcceptsDeliversAndManagerApprovesSoTheWorkItemIsDone() {
        Handoff handoff = startHandoff();

        BpmnAwareTests.assertThat(handoff.instance()).isWaitingAtExactly(ACCEPT_TASK);
        assertThat(handoff.instance().getTenantId())
                .isEqualTo(engineer.tenantId().toString());
        BpmnAwareTests.assertThat(task(handoff, ACCEPT_TASK))
                .hasCandidateGroup(CandidateGroups.organisation(partner))
                .isNotAssigned();
        assertThat(workItem(handoff).handoffStatus()).isEqualTo(HandoffStatus.OFFERED);

        complete(handoff, ACCEPT_TASK, Map.of(DECISION, "accept"));

        BpmnAwareTests.assertThat(handoff.instance()).isWaitingAtExactly(DELIVER_TASK);
        WorkItem accepted = workItem(handoff);
        assertThat(accepted.handoffStatus()).isEqualTo(HandoffStatus.ACCEPTED);
        assertThat(accepted.status()).isEqualTo(WorkItemStatus.IN_PROGRESS);
        BpmnAwareTests.assertThat(task(handoff, DELIVER_TASK))
                .hasCandidateGroup(CandidateGroups.organisation(partner))
                .hasDueDate(dueAt(handoff));

        complete(
                handoff,
                DELIVER_TASK,
                Map.of(DELIVERABLE_REFERENCE, "DOC-4711", DELIVERY_NOTE, "Batch 1, 40 housings"));

        BpmnAwareTests.assertThat(handoff.instance()).isWaitingAtExactly(REVIEW_TASK);
        assertThat(workItem(handoff).handoffStatus()).isEqualTo(HandoffStatus.DELIVERED);
        assertThat(timers(handoff)).as("the delivery task's timers go with it").isEmpty();
        BpmnAwareTests.assertThat(task(handoff, REVIEW_TASK))
                .hasCandidateGroup(CandidateGroups.projectRole(gearbox.id(), "MANAGER"));

        complete(handoff, REVIEW_TASK, Map.of(REVIEW_OUTCOME, "approve", REVIEW_COMMENT, "Fine work"));

        BpmnAwareTests.assertThat(handoff.instance())
                .hasPassedInOrder(ACCEPT_TASK, DELIVER_TASK, REVIEW_TASK, DONE_END)
                .hasNotPassed(DECLINED_END, REMINDER_TIMER, OVERDUE_TIMER)
                .isEnded();
        WorkItem done = workItem(handoff);
        assertThat(done.handoffStatus()).isEqualTo(HandoffStatus.APPROVED);
        assertThat(done.status()).isEqualTo(WorkItemStatus.DONE);
        assertThat(done.progress()).isEqualTo(100);
        assertThat(done.handoffActive()).isFalse();
    }

    @Test
    void partnerDeclinesSoTheWorkItemReturnsToThePlan() {
        Handoff handoff = startHandoff();

        complete(handoff, ACCEPT_TASK, Map.of(DECISION, "decline", DECLINE_REASON, "No capacity in May"));

        BpmnAwareTests.assertThat(handoff.instance())
                .hasPassed(DECLINED_END)
                .hasNotPassed(DELIVER_TASK)
                .isEnded();
        WorkItem declined = workItem(handoff);
        assertThat(declined.handoffStatus()).isEqualTo(HandoffStatus.DECLINED);
        assertThat(declined.status()).isEqualTo(WorkItemStatus.TODO);
        assertThat(declined.handoffActive()).isFalse();
    }

    @Test
    void reviewSendsTheDeliveryBackForReworkAndApprovesTheSecondOne() {
        Handoff handoff = startHandoff();
        complete(handoff, ACCEPT_TASK, Map.of(DECISION, "accept"));
        complete(handoff, DELIVER_TASK, Map.of(DELIVERABLE_REFERENCE, "DOC-1"));

        complete(handoff, REVIEW_TASK, Map.of(REVIEW_OUTCOME, "rework", REVIEW_COMMENT, "Burrs on the flange"));

        BpmnAwareTests.assertThat(handoff.instance()).isWaitingAtExactly(DELIVER_TASK);
        assertThat(workItem(handoff).handoffStatus()).isEqualTo(HandoffStatus.REWORK);
        assertThat(workItem(handoff).status()).isEqualTo(WorkItemStatus.IN_PROGRESS);
        BpmnAwareTests.assertThat(task(handoff, DELIVER_TASK))
                .hasCandidateGroup(CandidateGroups.organisation(partner))
                .hasDueDate(dueAt(handoff));
        assertThat(timers(handoff))
                .as("the delivery task is armed again")
                .extracting(Job::getDuedate)
                .containsExactlyInAnyOrder(reminderAt(handoff), dueAt(handoff));

        complete(handoff, DELIVER_TASK, Map.of(DELIVERABLE_REFERENCE, "DOC-2"));
        assertThat(workItem(handoff).handoffStatus()).isEqualTo(HandoffStatus.DELIVERED);
        complete(handoff, REVIEW_TASK, Map.of(REVIEW_OUTCOME, "approve"));

        BpmnAwareTests.assertThat(handoff.instance())
                .hasPassedInOrder(DELIVER_TASK, REVIEW_TASK, "RecordRework", DELIVER_TASK, REVIEW_TASK, DONE_END)
                .isEnded();
        assertThat(historicActivityCount(handoff, DELIVER_TASK)).isEqualTo(2);
        assertThat(workItem(handoff).status()).isEqualTo(WorkItemStatus.DONE);
        assertThat(workItem(handoff).handoffStatus()).isEqualTo(HandoffStatus.APPROVED);
    }

    @Test
    void partnerIsRemindedBeforeTheDueDateWithoutLosingTheDeliveryTask() {
        Handoff handoff = startHandoff();
        complete(handoff, ACCEPT_TASK, Map.of(DECISION, "accept"));
        Job reminder = timer(handoff, REMINDER_TIMER);
        assertThat(reminder.getDuedate())
                .as("not yet due: armed for the reminder date")
                .isEqualTo(reminderAt(handoff))
                .isAfter(new Date());
        assertThat(workItem(handoff).handoffRemindedAt()).isNull();

        BpmnAwareTests.execute(reminder);

        assertThat(workItem(handoff).handoffRemindedAt()).isNotNull();
        assertThat(events.stream(WorkPackageReminderDue.class))
                .containsExactly(
                        new WorkPackageReminderDue(engineer.tenantId(), gearbox.id(), handoff.workItemId(), partner));
        assertThat(events.stream(WorkPackageOverdue.class)).isEmpty();
        BpmnAwareTests.assertThat(handoff.instance())
                .hasPassed(REMINDER_TIMER, REMINDED_END)
                .isWaitingAtExactly(DELIVER_TASK);
        assertThat(timer(handoff, REMINDER_TIMER)).as("fired once").isNull();
        assertThat(timer(handoff, OVERDUE_TIMER)).as("still armed").isNotNull();

        complete(handoff, DELIVER_TASK, Map.of(DELIVERABLE_REFERENCE, "DOC-3"));
        complete(handoff, REVIEW_TASK, Map.of(REVIEW_OUTCOME, "approve"));

        BpmnAwareTests.assertThat(handoff.instance()).hasPassed(DONE_END).isEnded();
        assertThat(timers(handoff)).isEmpty();
    }

    @Test
    void overdueHandoffIsEscalatedToTheProjectManagersWhoFollowItUp() {
        Handoff handoff = startHandoff();
        complete(handoff, ACCEPT_TASK, Map.of(DECISION, "accept"));
        Job overdue = timer(handoff, OVERDUE_TIMER);
        assertThat(overdue.getDuedate()).as("not yet due").isEqualTo(dueAt(handoff));

        BpmnAwareTests.execute(overdue);

        assertThat(workItem(handoff).overdueEscalatedAt()).isNotNull();
        assertThat(events.stream(WorkPackageOverdue.class))
                .containsExactly(
                        new WorkPackageOverdue(engineer.tenantId(), gearbox.id(), handoff.workItemId(), partner));
        BpmnAwareTests.assertThat(handoff.instance()).isWaitingAtExactly(DELIVER_TASK, FOLLOW_UP_OVERDUE_TASK);
        BpmnAwareTests.assertThat(task(handoff, FOLLOW_UP_OVERDUE_TASK))
                .hasCandidateGroup(CandidateGroups.projectRole(gearbox.id(), "MANAGER"));

        complete(handoff, FOLLOW_UP_OVERDUE_TASK, Map.of("followUpNote", "Called the supplier: ships Friday"));

        BpmnAwareTests.assertThat(handoff.instance())
                .hasPassed(FOLLOWED_UP_END)
                .isNotEnded()
                .isWaitingAtExactly(DELIVER_TASK);
        complete(handoff, DELIVER_TASK, Map.of(DELIVERABLE_REFERENCE, "DOC-5"));
        complete(handoff, REVIEW_TASK, Map.of(REVIEW_OUTCOME, "approve"));
        BpmnAwareTests.assertThat(handoff.instance()).hasPassed(DONE_END).isEnded();
        assertThat(workItem(handoff).status()).isEqualTo(WorkItemStatus.DONE);
    }

    @Test
    void approvalEndsTheHandoffAndWithdrawsAnOpenOverdueFollowUp() {
        Handoff handoff = startHandoff();
        complete(handoff, ACCEPT_TASK, Map.of(DECISION, "accept"));
        BpmnAwareTests.execute(timer(handoff, OVERDUE_TIMER));
        complete(handoff, DELIVER_TASK, Map.of(DELIVERABLE_REFERENCE, "DOC-6"));

        complete(handoff, REVIEW_TASK, Map.of(REVIEW_OUTCOME, "approve"));

        BpmnAwareTests.assertThat(handoff.instance())
                .hasPassed(DONE_END)
                .hasNotPassed(FOLLOWED_UP_END)
                .isEnded();
        assertThat(taskService
                        .createTaskQuery()
                        .processInstanceId(handoff.instance().getId())
                        .count())
                .isZero();
        assertThat(workItem(handoff).status()).isEqualTo(WorkItemStatus.DONE);
    }

    @Test
    void partnerThatDoesNotAnswerIsRemindedAndLaterTheManagersAreTold() {
        Instant started = Instant.now();
        Handoff handoff = startHandoff();
        Job reminder = timer(handoff, ACCEPTANCE_REMINDER_TIMER);
        Job escalation = timer(handoff, ACCEPTANCE_ESCALATION_TIMER);
        assertThat(reminder.getDuedate().toInstant())
                .as("reminded after crossflow.workflow.outside-reminder-after")
                .isBetween(
                        started.plus(settings.outsideReminderAfter()),
                        Instant.now().plus(settings.outsideReminderAfter()));
        assertThat(escalation.getDuedate().toInstant())
                .as("escalated after crossflow.workflow.outside-escalation-after")
                .isBetween(
                        started.plus(settings.outsideEscalationAfter()),
                        Instant.now().plus(settings.outsideEscalationAfter()));
        String acceptTask = task(handoff, ACCEPT_TASK).getId();
        try {
            ClockUtil.setCurrentTime(Date.from(
                    Instant.now().plus(settings.outsideReminderAfter()).plus(Duration.ofMinutes(1))));
            assertThat(dueTimers(handoff)).as("only the reminder is due").containsExactly(ACCEPTANCE_REMINDER_TIMER);

            BpmnAwareTests.execute(reminder);

            assertThat(recipients("task-reminder:" + acceptTask))
                    .as("the partner's users, linked to the task they can open")
                    .contains("supplier-a /inbox/" + acceptTask)
                    .noneMatch(r -> r.startsWith("pm "));
            BpmnAwareTests.assertThat(handoff.instance())
                    .hasPassed(ACCEPTANCE_REMINDER_TIMER, "AcceptanceReminded")
                    .isWaitingAtExactly(ACCEPT_TASK);
            assertThat(recipients("task-escalated:" + acceptTask)).isEmpty();

            ClockUtil.setCurrentTime(Date.from(
                    Instant.now().plus(settings.outsideEscalationAfter()).plus(Duration.ofMinutes(1))));
            assertThat(dueTimers(handoff)).as("then the escalation").containsExactly(ACCEPTANCE_ESCALATION_TIMER);

            BpmnAwareTests.execute(escalation);

            assertThat(recipients("task-escalated:" + acceptTask))
                    .as("the project's managers, linked to the project")
                    .contains("pm /projects/" + gearbox.id())
                    .noneMatch(r -> r.startsWith("supplier-a "));
            BpmnAwareTests.assertThat(handoff.instance())
                    .hasPassed(ACCEPTANCE_ESCALATION_TIMER, "AcceptanceEscalated")
                    .isWaitingAtExactly(ACCEPT_TASK);
        } finally {
            ClockUtil.reset();
        }

        complete(handoff, ACCEPT_TASK, Map.of(DECISION, "accept"));

        assertThat(timers(handoff))
                .as("the accept step's timers go with it; the delivery's are armed")
                .extracting(Job::getDuedate)
                .containsExactlyInAnyOrder(reminderAt(handoff), dueAt(handoff));
    }

    @Test
    void partnerThatAcceptsInTimeIsNeitherRemindedNorEscalated() {
        Handoff handoff = startHandoff();
        String acceptTask = task(handoff, ACCEPT_TASK).getId();

        complete(handoff, ACCEPT_TASK, Map.of(DECISION, "accept"));

        assertThat(timer(handoff, ACCEPTANCE_REMINDER_TIMER)).isNull();
        assertThat(timer(handoff, ACCEPTANCE_ESCALATION_TIMER)).isNull();
        assertThat(recipients("task-reminder:" + acceptTask)).isEmpty();
        BpmnAwareTests.assertThat(handoff.instance())
                .hasNotPassed(ACCEPTANCE_REMINDER_TIMER, ACCEPTANCE_ESCALATION_TIMER);
    }

    /** "username link" of every in-app notification written for the dedupe key. */
    private List<String> recipients(String dedupeKey) {
        return jdbc.sql("""
                        select u.username || ' ' || coalesce(o.link, '-') from ntf_outbox o
                          join idn_user u on u.id = o.recipient_id
                         where o.dedupe_key = ? and o.channel = 'IN_APP' order by u.username
                        """).param(dedupeKey).query(String.class).list();
    }

    /** The timers of the instance that are due at the engine's current time. */
    private List<String> dueTimers(Handoff handoff) {
        return java.util.stream.Stream.of(
                        ACCEPTANCE_REMINDER_TIMER, ACCEPTANCE_ESCALATION_TIMER, REMINDER_TIMER, OVERDUE_TIMER)
                .filter(id -> management
                                .createJobQuery()
                                .processInstanceId(handoff.instance().getId())
                                .activityId(id)
                                .timers()
                                .executable()
                                .count()
                        > 0)
                .toList();
    }

    private Handoff startHandoff() {
        WorkItem item = workItems.create(
                access.standing(engineer, gearbox.id()),
                new WorkItems.NewWorkItem(
                        "Process test: machined housings, batch 1",
                        null,
                        null,
                        partner,
                        LocalDate.now(),
                        LocalDate.now().plusDays(21),
                        null,
                        false));
        LocalDate due = LocalDate.now().plusDays(10);
        Handoffs.Started handoff = handoffs.start(engineer, item.id(), due);
        session.track(handoff.processInstanceId());
        ProcessInstance instance = runtime.createProcessInstanceQuery()
                .processInstanceId(handoff.processInstanceId())
                .singleResult();
        return new Handoff(item.id(), due, instance);
    }

    private Task task(Handoff handoff, String taskKey) {
        return BpmnAwareTests.task(taskKey, handoff.instance());
    }

    private void complete(Handoff handoff, String taskKey, Map<String, Object> variables) {
        taskService.complete(task(handoff, taskKey).getId(), variables);
    }

    private Job timer(Handoff handoff, String timerId) {
        return management
                .createJobQuery()
                .processInstanceId(handoff.instance().getId())
                .activityId(timerId)
                .timers()
                .singleResult();
    }

    private List<Job> timers(Handoff handoff) {
        return management
                .createJobQuery()
                .processInstanceId(handoff.instance().getId())
                .timers()
                .list();
    }

    private long historicActivityCount(Handoff handoff, String activityId) {
        return processEngine
                .getHistoryService()
                .createHistoricActivityInstanceQuery()
                .processInstanceId(handoff.instance().getId())
                .activityId(activityId)
                .count();
    }

    private WorkItem workItem(Handoff handoff) {
        return workItems.find(engineer.tenantId(), handoff.workItemId()).orElseThrow();
    }

    /** End of the due day in the tenant's time zone, as {@link Handoffs} computes it. */
    private Date dueAt(Handoff handoff) {
        return Date.from(handoff.due().plusDays(1).atStartOfDay(zone()).toInstant());
    }

    /** The demo tenant's zone (Asia/Shanghai): its due days end there, not at midnight UTC. */
    private ZoneId zone() {
        return tenants.zone(engineer.tenantId());
    }

    private Date reminderAt(Handoff handoff) {
        return Date.from(handoff.due()
                .plusDays(1)
                .minus(settings.reminderLead())
                .atStartOfDay(zone())
                .toInstant());
    }

    private record Handoff(UUID workItemId, LocalDate due, ProcessInstance instance) {}
}
