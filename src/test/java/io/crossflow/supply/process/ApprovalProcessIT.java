package io.crossflow.supply.process;

import static org.assertj.core.api.Assertions.assertThat;

import io.crossflow.identity.CurrentUser;
import io.crossflow.notification.NotificationRequested;
import io.crossflow.project.Project;
import io.crossflow.supply.ApprovalDecided;
import io.crossflow.supply.Approvals;
import io.crossflow.testing.IntegrationTest;
import io.crossflow.testing.ProcessTestSession;
import io.crossflow.workflow.CandidateGroups;
import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Every path of {@code approval}: one, two and three levels picked by the decision table, approval
 * through every level, rejection at the first and at a later level. Approvals are started through
 * {@link Approvals} in the demo project "Gearbox Housing Line".
 */
@IntegrationTest
@RecordApplicationEvents
class ApprovalProcessIT {

    @Autowired
    ProcessEngine processEngine;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService taskService;

    @Autowired
    Approvals approvals;

    @Autowired
    ApplicationEvents events;

    @RegisterExtension
    final ProcessTestSession session = new ProcessTestSession("engineer");

    private CurrentUser engineer;
    private Project gearbox;

    @BeforeEach
    void findTheDemoProject() {
        engineer = session.user();
        gearbox = session.demoProject();
    }

    @Test
    void smallPurchaseIsApprovedByTheProjectManagersAlone() {
        ProcessInstance approval = start("PURCHASE", "2500");

        BpmnAwareTests.assertThat(approval)
                .hasPassed(Approval.DECIDE_LEVELS_TASK)
                .isWaitingAtExactly(Approval.APPROVE_TASK);
        assertThat(variable(approval, Approval.APPROVAL_LEVELS)).isEqualTo(1);
        Task level1 = BpmnAwareTests.task(Approval.APPROVE_TASK, approval);
        BpmnAwareTests.assertThat(level1).hasCandidateGroup(CandidateGroups.projectRole(gearbox.id(), "MANAGER"));
        assertThat(level1.getName()).isEqualTo("Approve (level 1 of 1)");

        decide(approval, "approve");

        BpmnAwareTests.assertThat(approval)
                .hasPassed(Approval.APPROVED_END)
                .hasNotPassed(Approval.REJECTED_END)
                .isEnded();
        assertThat(decided(approval)).isEqualTo(decision(approval, "PURCHASE", true, 1));
        assertThat(events.stream(NotificationRequested.class))
                .anyMatch(
                        n -> n.type().equals("APPROVAL_GRANTED") && n.userIds().contains(engineer.id()));
    }

    @Test
    void largerPurchaseNeedsTheTenantsManagersAfterTheProjectManagers() {
        ProcessInstance approval = start("PURCHASE", "25000");
        assertThat(variable(approval, Approval.APPROVAL_LEVELS)).isEqualTo(2);

        decide(approval, "approve");

        BpmnAwareTests.assertThat(approval).isWaitingAtExactly(Approval.APPROVE_TASK);
        Task level2 = BpmnAwareTests.task(Approval.APPROVE_TASK, approval);
        BpmnAwareTests.assertThat(level2).hasCandidateGroup(CandidateGroups.tenantRole(engineer.tenantId(), "MANAGER"));
        assertThat(level2.getName()).isEqualTo("Approve (level 2 of 2)");

        decide(approval, "approve");

        BpmnAwareTests.assertThat(approval).hasPassed(Approval.APPROVED_END).isEnded();
        assertThat(historicCount(approval, Approval.APPROVE_TASK)).isEqualTo(2);
        assertThat(decided(approval)).isEqualTo(decision(approval, "PURCHASE", true, 2));
    }

    @Test
    void largeBudgetShiftGoesUpToTheTenantAdmins() {
        ProcessInstance approval = start("BUDGET", "80000");
        assertThat(variable(approval, Approval.APPROVAL_LEVELS)).isEqualTo(3);
        decide(approval, "approve");
        decide(approval, "approve");

        BpmnAwareTests.assertThat(BpmnAwareTests.task(Approval.APPROVE_TASK, approval))
                .hasCandidateGroup(CandidateGroups.tenantRole(engineer.tenantId(), "TENANT_ADMIN"));
        decide(approval, "approve");

        BpmnAwareTests.assertThat(approval).hasPassed(Approval.APPROVED_END).isEnded();
        assertThat(historicCount(approval, Approval.APPROVE_TASK)).isEqualTo(3);
        assertThat(decided(approval)).isEqualTo(decision(approval, "BUDGET", true, 3));
    }

    @Test
    void rejectionAtTheFirstLevelEndsTheApprovalRejected() {
        ProcessInstance approval = start("CHANGE", "90000");

        decide(approval, "reject");

        BpmnAwareTests.assertThat(approval)
                .hasPassed(Approval.REJECTED_END)
                .hasNotPassed(Approval.APPROVED_END)
                .isEnded();
        assertThat(historicCount(approval, Approval.APPROVE_TASK)).isEqualTo(1);
        assertThat(decided(approval)).isEqualTo(decision(approval, "CHANGE", false, 1));
        assertThat(events.stream(NotificationRequested.class))
                .anyMatch(n -> n.type().equals("APPROVAL_REJECTED"));
    }

    @Test
    void rejectionAtALaterLevelEndsItRejectedDespiteEarlierApprovals() {
        ProcessInstance approval = start("PURCHASE", "250000");
        decide(approval, "approve");

        decide(approval, "reject");

        BpmnAwareTests.assertThat(approval)
                .hasPassed(Approval.REJECTED_END)
                .hasNotPassed(Approval.APPROVED_END)
                .isEnded();
        assertThat(historicCount(approval, Approval.APPROVE_TASK)).isEqualTo(2);
        assertThat(decided(approval)).isEqualTo(decision(approval, "PURCHASE", false, 2));
    }

    private ProcessInstance start(String type, String amount) {
        String id = approvals.start(
                engineer,
                gearbox.id(),
                UUID.randomUUID().toString(),
                type,
                new BigDecimal(amount),
                "Process test: " + type + " " + amount);
        session.track(id);
        return runtime.createProcessInstanceQuery().processInstanceId(id).singleResult();
    }

    private void decide(ProcessInstance approval, String decision) {
        taskService.complete(
                BpmnAwareTests.task(Approval.APPROVE_TASK, approval).getId(),
                Map.of(Approval.DECISION, decision, Approval.COMMENT, "Process test"));
    }

    private Object variable(ProcessInstance approval, String name) {
        return runtime.getVariable(approval.getId(), name);
    }

    private long historicCount(ProcessInstance approval, String activityId) {
        return processEngine
                .getHistoryService()
                .createHistoricActivityInstanceQuery()
                .processInstanceId(approval.getId())
                .activityId(activityId)
                .count();
    }

    private ApprovalDecided decided(ProcessInstance approval) {
        return events.stream(ApprovalDecided.class)
                .filter(e -> e.businessKey().equals(approval.getBusinessKey()))
                .findFirst()
                .orElseThrow();
    }

    private ApprovalDecided decision(ProcessInstance approval, String type, boolean approved, int level) {
        return new ApprovalDecided(engineer.tenantId(), gearbox.id(), approval.getBusinessKey(), type, approved, level);
    }
}
