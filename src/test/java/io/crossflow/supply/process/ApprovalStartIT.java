package io.crossflow.supply.process;

import static org.assertj.core.api.Assertions.assertThat;

import io.crossflow.identity.CurrentUser;
import io.crossflow.inbox.ProcessRequests;
import io.crossflow.project.BudgetLine;
import io.crossflow.project.BudgetLines;
import io.crossflow.project.ProjectAccess;
import io.crossflow.supply.ApprovalDecided;
import io.crossflow.supply.SupplierOrder;
import io.crossflow.supply.SupplierOrders;
import io.crossflow.testing.IntegrationTest;
import io.crossflow.testing.ProcessTestSession;
import io.crossflow.workflow.CandidateGroups;
import io.crossflow.workflow.ProcessVariables;
import io.crossflow.workflow.StartedInstance;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The start paths of {@code approval} through its start event and start form
 * ({@code approval-request}): on its own, from a budget line and from a supplier order of the
 * project; each runs the decision table with the form's type and amount.
 */
@IntegrationTest
@RecordApplicationEvents
class ApprovalStartIT {

    @Autowired
    ProcessRequests requests;

    @Autowired
    BudgetLines budgetLines;

    @Autowired
    SupplierOrders supplierOrders;

    @Autowired
    ProjectAccess access;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService taskService;

    @Autowired
    ApplicationEvents events;

    @Autowired
    JdbcClient jdbc;

    @RegisterExtension
    final ProcessTestSession session = new ProcessTestSession("pm");

    @Test
    void onItsOwnTheStartFormsTypeAndAmountPickTheLevels() {
        ProcessInstance approval = start(null, "PURCHASE", 25000);

        BpmnAwareTests.assertThat(approval)
                .hasPassed("ApprovalRequested", Approval.DECIDE_LEVELS_TASK)
                .isWaitingAtExactly(Approval.APPROVE_TASK);
        assertThat(approval.getBusinessKey()).isNull();
        assertThat(runtime.getVariable(approval.getId(), Approval.APPROVAL_LEVELS))
                .isEqualTo(2);
        assertThat(runtime.getVariable(approval.getId(), ProcessVariables.STARTED_BY))
                .isEqualTo(session.user().id().toString());
        Task level1 = BpmnAwareTests.task(Approval.APPROVE_TASK, approval);
        BpmnAwareTests.assertThat(level1)
                .hasCandidateGroup(
                        CandidateGroups.projectRole(session.demoProject().id(), "MANAGER"));

        decide(approval, "reject");

        BpmnAwareTests.assertThat(approval).hasPassed(Approval.REJECTED_END).isEnded();
        assertThat(events.stream(ApprovalDecided.class))
                .anyMatch(e ->
                        e.businessKey() == null && !e.approved() && e.type().equals("PURCHASE"));
    }

    @Test
    void fromABudgetLineTheLineIsTheBusinessKeyAndTheDecisionNamesIt() {
        CurrentUser pm = session.user();
        BudgetLine line = budgetLines.add(
                access.standing(pm, session.demoProject().id()),
                new BudgetLines.NewBudgetLine(
                        "Tooling", "Approval start test", "CNY", new BigDecimal("5000"), null, null));

        ProcessInstance approval =
                start(new ProcessRequests.Link(ProcessRequests.LinkType.BUDGET_LINE, line.id()), "BUDGET", 5000);

        assertThat(approval.getBusinessKey()).isEqualTo(line.id().toString());
        assertThat(runtime.getVariable(approval.getId(), Approval.APPROVAL_LEVELS))
                .as("a budget shift below 20,000 needs two levels")
                .isEqualTo(2);
        decide(approval, "approve");
        decide(approval, "approve");
        BpmnAwareTests.assertThat(approval).hasPassed(Approval.APPROVED_END).isEnded();
        assertThat(events.stream(ApprovalDecided.class))
                .anyMatch(e -> line.id().toString().equals(e.businessKey()) && e.approved() && e.level() == 2);
    }

    @Test
    void fromASupplierOrderTheOrderIsTheBusinessKey() {
        CurrentUser pm = session.user();
        SupplierOrder order = supplierOrders.place(
                pm,
                session.demoProject().id(),
                new SupplierOrders.NewSupplierOrder(
                        session.organisation("Precision Parts Ltd"),
                        "Approval start order",
                        List.of(jdbc.sql("select id from prj_work_item where title = ? order by created_at limit 1")
                                .param("Machined housings, batch 1")
                                .query(UUID.class)
                                .single()),
                        null));
        session.track(runtime
                .createProcessInstanceQuery()
                .processInstanceBusinessKey(order.id().toString())
                .processDefinitionKey("supplier-order")
                .list()
                .stream()
                .findFirst()
                .map(ProcessInstance::getId)
                .orElse("none"));

        ProcessInstance approval =
                start(new ProcessRequests.Link(ProcessRequests.LinkType.SUPPLIER_ORDER, order.id()), "PURCHASE", 900);

        assertThat(approval.getBusinessKey()).isEqualTo(order.id().toString());
        BpmnAwareTests.assertThat(approval).isWaitingAtExactly(Approval.APPROVE_TASK);
        decide(approval, "approve");
        BpmnAwareTests.assertThat(approval).hasPassed(Approval.APPROVED_END).isEnded();
    }

    private ProcessInstance start(ProcessRequests.Link link, String type, int amount) {
        StartedInstance started = requests.start(
                session.user(),
                Approval.PROCESS_KEY,
                new ProcessRequests.StartRequest(
                        session.demoProject().id(),
                        link,
                        Map.of("subject", "Start path " + UUID.randomUUID(), "type", type, "amount", amount)));
        session.track(started.id());
        ProcessInstance instance = runtime.createProcessInstanceQuery()
                .processInstanceId(started.id())
                .singleResult();
        return instance;
    }

    private void decide(ProcessInstance approval, String decision) {
        taskService.complete(
                BpmnAwareTests.task(Approval.APPROVE_TASK, approval).getId(),
                Map.of(Approval.DECISION, decision, Approval.COMMENT, "Process test"));
    }
}
