package io.crossflow.supply.process;

import static io.crossflow.supply.process.SupplierOrderProcess.CONFIRMATION_ESCALATION_TIMER;
import static io.crossflow.supply.process.SupplierOrderProcess.CONFIRMATION_REMINDER_TIMER;
import static io.crossflow.supply.process.SupplierOrderProcess.CONFIRM_TASK;
import static io.crossflow.supply.process.SupplierOrderProcess.DELIVERED_END;
import static io.crossflow.supply.process.SupplierOrderProcess.EQUIPMENT_FAILURE_END;
import static io.crossflow.supply.process.SupplierOrderProcess.EQUIPMENT_FAILURE_START;
import static io.crossflow.supply.process.SupplierOrderProcess.MATERIAL_SHORTAGE_END;
import static io.crossflow.supply.process.SupplierOrderProcess.MATERIAL_SHORTAGE_START;
import static io.crossflow.supply.process.SupplierOrderProcess.QC_REPORT_ESCALATION_TIMER;
import static io.crossflow.supply.process.SupplierOrderProcess.QC_REPORT_REFERENCE;
import static io.crossflow.supply.process.SupplierOrderProcess.QC_REPORT_REMINDER_TIMER;
import static io.crossflow.supply.process.SupplierOrderProcess.QC_REPORT_TASK;
import static io.crossflow.supply.process.SupplierOrderProcess.QC_REVIEW_OUTCOME;
import static io.crossflow.supply.process.SupplierOrderProcess.QC_REVIEW_TASK;
import static io.crossflow.supply.process.SupplierOrderProcess.SHIPMENT_ESCALATION_TIMER;
import static io.crossflow.supply.process.SupplierOrderProcess.SHIPMENT_REFERENCE;
import static io.crossflow.supply.process.SupplierOrderProcess.SHIPMENT_REMINDER_TIMER;
import static io.crossflow.supply.process.SupplierOrderProcess.SHIP_TASK;
import static io.crossflow.supply.process.SupplierOrderProcess.SUPPLIER_REMINDED_END;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crossflow.document.DocumentType;
import io.crossflow.document.DocumentUploads;
import io.crossflow.document.TargetType;
import io.crossflow.identity.CurrentUser;
import io.crossflow.identity.IntegrationCaller;
import io.crossflow.identity.IntegrationReach;
import io.crossflow.identity.Users;
import io.crossflow.notification.NotificationRequested;
import io.crossflow.project.Project;
import io.crossflow.project.ProjectAccess;
import io.crossflow.project.WorkItem;
import io.crossflow.project.WorkItemFlags;
import io.crossflow.project.WorkItemStatus;
import io.crossflow.project.WorkItems;
import io.crossflow.shared.ConflictException;
import io.crossflow.shared.InvalidInputException;
import io.crossflow.shared.NotFoundException;
import io.crossflow.supply.SupplierOrder;
import io.crossflow.supply.SupplierOrderStatus;
import io.crossflow.supply.SupplierOrders;
import io.crossflow.supply.SupplyDisruption;
import io.crossflow.testing.IntegrationTest;
import io.crossflow.testing.OutsideWaitProbe;
import io.crossflow.testing.ProcessTestSession;
import io.crossflow.workflow.CandidateGroups;
import io.crossflow.workflow.WorkflowProperties;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Every path, message and timer of {@code supplier-order}: orders placed through
 * {@link SupplierOrders} in the demo project "Gearbox Housing Line" with partner "Precision Parts
 * Ltd", for a fresh work item and a fresh milestone; tasks completed as their forms would.
 */
@IntegrationTest
@RecordApplicationEvents
class SupplierOrderProcessIT {

    @Autowired
    ProcessEngine processEngine;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService taskService;

    @Autowired
    ManagementService management;

    @Autowired
    SupplierOrders orders;

    @Autowired
    WorkItems workItems;

    @Autowired
    WorkItemFlags flags;

    @Autowired
    io.crossflow.supply.SupplyDisruptions disruptions;

    @Autowired
    ProjectAccess access;

    @Autowired
    Users users;

    @Autowired
    ApplicationEvents events;

    @Autowired
    DocumentUploads uploads;

    @Autowired
    WorkflowProperties settings;

    @Autowired
    JdbcClient jdbc;

    @RegisterExtension
    final ProcessTestSession session = new ProcessTestSession("engineer");

    private CurrentUser engineer;
    private Project gearbox;
    private UUID supplier;

    @BeforeEach
    void findTheDemoProject() {
        engineer = session.user();
        gearbox = session.demoProject();
        supplier = session.organisation("Precision Parts Ltd");
    }

    @Test
    void supplierConfirmsReportsQcAndShipsWhileTheMilestoneMovesToDone() {
        Order order = place();

        BpmnAwareTests.assertThat(order.instance()).isWaitingAtExactly(CONFIRM_TASK);
        assertThat(order.instance().getTenantId()).isEqualTo(engineer.tenantId().toString());
        BpmnAwareTests.assertThat(BpmnAwareTests.task(CONFIRM_TASK, order.instance()))
                .hasCandidateGroup(CandidateGroups.organisation(supplier))
                .isNotAssigned();

        complete(order, CONFIRM_TASK, Map.of("confirmationNote", "Ships in two weeks"));
        assertThat(order().status()).isEqualTo(SupplierOrderStatus.CONFIRMED);
        assertThat(milestone(order).progress()).isEqualTo(25);
        assertThat(milestone(order).status()).isEqualTo(WorkItemStatus.IN_PROGRESS);
        BpmnAwareTests.assertThat(BpmnAwareTests.task(QC_REPORT_TASK, order.instance()))
                .hasCandidateGroup(CandidateGroups.organisation(supplier));

        complete(order, QC_REPORT_TASK, Map.of(QC_REPORT_REFERENCE, "DOC-QC-17", "qcNote", "All within tolerance"));
        assertThat(order().status()).isEqualTo(SupplierOrderStatus.QC_SUBMITTED);
        assertThat(order().qcReportReference()).isEqualTo("DOC-QC-17");
        assertThat(milestone(order).progress()).isEqualTo(50);
        BpmnAwareTests.assertThat(BpmnAwareTests.task(QC_REVIEW_TASK, order.instance()))
                .hasCandidateGroup(CandidateGroups.projectRole(gearbox.id(), "MANAGER"));

        complete(order, QC_REVIEW_TASK, Map.of(QC_REVIEW_OUTCOME, "approve"));
        assertThat(order().status()).isEqualTo(SupplierOrderStatus.QC_APPROVED);
        assertThat(milestone(order).progress()).isEqualTo(75);
        BpmnAwareTests.assertThat(BpmnAwareTests.task(SHIP_TASK, order.instance()))
                .hasCandidateGroup(CandidateGroups.organisation(supplier));

        complete(order, SHIP_TASK, Map.of(SHIPMENT_REFERENCE, "DHL 1234567890"));

        BpmnAwareTests.assertThat(order.instance())
                .hasPassedInOrder(CONFIRM_TASK, QC_REPORT_TASK, QC_REVIEW_TASK, SHIP_TASK, DELIVERED_END)
                .hasNotPassed(CONFIRMATION_REMINDER_TIMER, MATERIAL_SHORTAGE_START, EQUIPMENT_FAILURE_START)
                .isEnded();
        SupplierOrder shipped = order();
        assertThat(shipped.status()).isEqualTo(SupplierOrderStatus.SHIPPED);
        assertThat(shipped.shipmentReference()).isEqualTo("DHL 1234567890");
        WorkItem milestone = milestone(order);
        assertThat(milestone.progress()).isEqualTo(100);
        assertThat(milestone.status()).isEqualTo(WorkItemStatus.DONE);
        // the day the demo tenant (Asia/Shanghai) is in, not the JVM's or the database's
        assertThat(milestone.actualEnd()).isEqualTo(LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")));
    }

    @Test
    void qcReportStepCannotCompleteWithoutADocumentReference() {
        Order order = place();
        complete(order, CONFIRM_TASK, Map.of());
        String task = BpmnAwareTests.task(QC_REPORT_TASK, order.instance()).getId();

        for (Map<String, Object> without : List.<Map<String, Object>>of(Map.of(), Map.of(QC_REPORT_REFERENCE, "  "))) {
            assertThatThrownBy(() -> taskService.complete(task, without))
                    .rootCause()
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.fieldErrors())
                                    .extracting(InvalidInputException.FieldError::field)
                                    .containsExactly(QC_REPORT_REFERENCE));
        }

        BpmnAwareTests.assertThat(order.instance()).isWaitingAtExactly(QC_REPORT_TASK);
        assertThat(order().status()).isEqualTo(SupplierOrderStatus.CONFIRMED);
        assertThatThrownBy(() -> taskService.complete(task, Map.of(QC_REPORT_REFERENCE, "DOC-QC-17")))
                .as("a reference without a QC_REPORT document attached to the task")
                .rootCause()
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors())
                                .extracting(InvalidInputException.FieldError::field)
                                .containsExactly("documents"));
        BpmnAwareTests.assertThat(order.instance()).isWaitingAtExactly(QC_REPORT_TASK);
        complete(order, QC_REPORT_TASK, Map.of(QC_REPORT_REFERENCE, "https://docs.example/qc/17"));
        BpmnAwareTests.assertThat(order.instance()).isWaitingAtExactly(QC_REVIEW_TASK);
    }

    @Test
    void rejectedQcReportGoesBackToTheSupplierForANewOne() {
        Order order = place();
        complete(order, CONFIRM_TASK, Map.of());
        complete(order, QC_REPORT_TASK, Map.of(QC_REPORT_REFERENCE, "DOC-QC-1"));

        complete(order, QC_REVIEW_TASK, Map.of(QC_REVIEW_OUTCOME, "reject", "qcReviewComment", "Hardness missing"));

        BpmnAwareTests.assertThat(order.instance()).isWaitingAtExactly(QC_REPORT_TASK);
        assertThat(order().status()).isEqualTo(SupplierOrderStatus.QC_REJECTED);
        BpmnAwareTests.assertThat(BpmnAwareTests.task(QC_REPORT_TASK, order.instance()))
                .hasCandidateGroup(CandidateGroups.organisation(supplier));

        complete(order, QC_REPORT_TASK, Map.of(QC_REPORT_REFERENCE, "DOC-QC-2"));
        assertThat(order().qcReportReference()).isEqualTo("DOC-QC-2");
        complete(order, QC_REVIEW_TASK, Map.of(QC_REVIEW_OUTCOME, "approve"));
        complete(order, SHIP_TASK, Map.of(SHIPMENT_REFERENCE, "UPS 1Z999"));

        BpmnAwareTests.assertThat(order.instance())
                .hasPassedInOrder(QC_REPORT_TASK, QC_REVIEW_TASK, "RecordQcRejected", QC_REPORT_TASK, QC_REVIEW_TASK)
                .hasPassed(DELIVERED_END)
                .isEnded();
        assertThat(historicCount(order, QC_REPORT_TASK)).isEqualTo(2);
    }

    @Test
    void unconfirmedOrderRemindsTheSupplierAndKeepsWaiting() {
        Order order = place();
        Job reminder = management
                .createJobQuery()
                .processInstanceId(order.instance().getId())
                .activityId(CONFIRMATION_REMINDER_TIMER)
                .timers()
                .singleResult();
        assertThat(reminder.getDuedate()).isInTheFuture();

        BpmnAwareTests.execute(reminder);

        BpmnAwareTests.assertThat(order.instance())
                .hasPassed(CONFIRMATION_REMINDER_TIMER, SUPPLIER_REMINDED_END)
                .isWaitingAtExactly(CONFIRM_TASK);
        assertThat(events.stream(NotificationRequested.class))
                .filteredOn(n -> n.type().equals("SUPPLIER_ORDER_CONFIRMATION_DUE"))
                .singleElement()
                .satisfies(n -> {
                    assertThat(n.organisationIds()).containsExactly(supplier);
                    assertThat(n.params()).containsEntry("orderNumber", order().number());
                });
        complete(order, CONFIRM_TASK, Map.of());
        BpmnAwareTests.assertThat(order.instance()).isWaitingAtExactly(QC_REPORT_TASK);
    }

    @Test
    void aSupplierThatDoesNotAnswerIsRemindedAtEveryStepAndThenTheManagersAreTold() {
        Order order = place();
        OutsideWaitProbe probe = new OutsideWaitProbe(management, jdbc);
        String instance = order.instance().getId();

        String confirm = BpmnAwareTests.task(CONFIRM_TASK, order.instance()).getId();
        probe.at(settings.outsideReminderAfter(), () -> {
            assertThat(probe.dueTimers(instance)).containsExactly(CONFIRMATION_REMINDER_TIMER);
            BpmnAwareTests.execute(probe.timer(instance, CONFIRMATION_REMINDER_TIMER));
        });
        assertThat(probe.recipients("supplier-order-confirmation-due:" + order.orderId()))
                .as("the supplier's users, with the order they can open")
                .contains("supplier-a /portal/supplier-orders/" + order.orderId())
                .noneMatch(r -> r.startsWith("pm "));
        assertThat(probe.recipients("task-escalated:" + confirm)).isEmpty();
        probe.at(settings.outsideEscalationAfter(), () -> {
            assertThat(probe.dueTimers(instance)).containsExactly(CONFIRMATION_ESCALATION_TIMER);
            BpmnAwareTests.execute(probe.timer(instance, CONFIRMATION_ESCALATION_TIMER));
        });
        assertThat(probe.recipients("task-escalated:" + confirm))
                .as("the project's managers, linked to the project")
                .contains("pm /projects/" + gearbox.id())
                .noneMatch(r -> r.startsWith("supplier-a "));
        BpmnAwareTests.assertThat(order.instance())
                .hasPassed(CONFIRMATION_REMINDER_TIMER, CONFIRMATION_ESCALATION_TIMER, "ConfirmationEscalated")
                .isWaitingAtExactly(CONFIRM_TASK);
        complete(order, CONFIRM_TASK, Map.of());

        remindedThenEscalated(order, QC_REPORT_TASK, QC_REPORT_REMINDER_TIMER, QC_REPORT_ESCALATION_TIMER);
        complete(order, QC_REPORT_TASK, Map.of(QC_REPORT_REFERENCE, "DOC-QC-late"));
        complete(order, QC_REVIEW_TASK, Map.of(QC_REVIEW_OUTCOME, "approve"));

        remindedThenEscalated(order, SHIP_TASK, SHIPMENT_REMINDER_TIMER, SHIPMENT_ESCALATION_TIMER);
        complete(order, SHIP_TASK, Map.of(SHIPMENT_REFERENCE, "TRACK-late"));

        BpmnAwareTests.assertThat(order.instance())
                .hasPassed("QcReportReminded", "QcReportEscalated", "ShipmentReminded", "ShipmentEscalated")
                .hasPassed(DELIVERED_END)
                .isEnded();
        assertThat(order().status()).isEqualTo(SupplierOrderStatus.SHIPPED);
    }

    @Test
    void aSupplierThatAnswersInTimeIsNeitherRemindedNorEscalated() {
        Order order = place();
        OutsideWaitProbe probe = new OutsideWaitProbe(management, jdbc);
        List<String> steps = new java.util.ArrayList<>();

        steps.add(BpmnAwareTests.task(CONFIRM_TASK, order.instance()).getId());
        complete(order, CONFIRM_TASK, Map.of());
        steps.add(BpmnAwareTests.task(QC_REPORT_TASK, order.instance()).getId());
        complete(order, QC_REPORT_TASK, Map.of(QC_REPORT_REFERENCE, "DOC-QC-on-time"));
        complete(order, QC_REVIEW_TASK, Map.of(QC_REVIEW_OUTCOME, "approve"));
        steps.add(BpmnAwareTests.task(SHIP_TASK, order.instance()).getId());
        assertThat(probe.timer(order.instance().getId(), SHIPMENT_REMINDER_TIMER))
                .as("armed while the supplier ships")
                .isNotNull();
        complete(order, SHIP_TASK, Map.of(SHIPMENT_REFERENCE, "TRACK-on-time"));

        BpmnAwareTests.assertThat(order.instance())
                .hasNotPassed(
                        CONFIRMATION_REMINDER_TIMER,
                        CONFIRMATION_ESCALATION_TIMER,
                        QC_REPORT_REMINDER_TIMER,
                        QC_REPORT_ESCALATION_TIMER,
                        SHIPMENT_REMINDER_TIMER,
                        SHIPMENT_ESCALATION_TIMER)
                .isEnded();
        assertThat(probe.recipients("supplier-order-confirmation-due:" + order.orderId()))
                .isEmpty();
        assertThat(steps).allSatisfy(task -> {
            assertThat(probe.recipients("task-reminder:" + task)).isEmpty();
            assertThat(probe.recipients("task-escalated:" + task)).isEmpty();
        });
    }

    /** The supplier's open step: reminded (its users, linked to the task), then the managers told. */
    private void remindedThenEscalated(Order order, String taskKey, String reminderId, String escalationId) {
        OutsideWaitProbe probe = new OutsideWaitProbe(management, jdbc);
        String instance = order.instance().getId();
        String task = BpmnAwareTests.task(taskKey, order.instance()).getId();
        probe.at(settings.outsideReminderAfter(), () -> {
            assertThat(probe.dueTimers(instance)).as(taskKey).containsExactly(reminderId);
            BpmnAwareTests.execute(probe.timer(instance, reminderId));
        });
        assertThat(probe.recipients("task-reminder:" + task))
                .as("%s: the supplier's users, linked to the task", taskKey)
                .contains("supplier-a /inbox/" + task)
                .noneMatch(r -> r.startsWith("pm "));
        assertThat(probe.recipients("task-escalated:" + task)).isEmpty();
        probe.at(settings.outsideEscalationAfter(), () -> {
            assertThat(probe.dueTimers(instance)).as(taskKey).containsExactly(escalationId);
            BpmnAwareTests.execute(probe.timer(instance, escalationId));
        });
        assertThat(probe.recipients("task-escalated:" + task))
                .as("%s: the project's managers, linked to the project", taskKey)
                .contains("pm /projects/" + gearbox.id())
                .noneMatch(r -> r.startsWith("supplier-a "));
        BpmnAwareTests.assertThat(order.instance()).isWaitingAtExactly(taskKey);
    }

    @Test
    void materialShortageFlagsTheOrdersWorkItemsAndAlertsTheirOwnersWithoutStoppingTheOrder() {
        Order order = place();
        complete(order, CONFIRM_TASK, Map.of());

        SupplierOrder.Disruption disruption = orders.reportDisruption(
                erp(engineer), order().number(), SupplyDisruption.MATERIAL_SHORTAGE, "No aluminium until 12 May");

        BpmnAwareTests.assertThat(order.instance())
                .hasPassed(MATERIAL_SHORTAGE_START, "FlagMaterialShortageWorkItems", MATERIAL_SHORTAGE_END)
                .hasNotPassed(EQUIPMENT_FAILURE_START)
                .isWaitingAtExactly(QC_REPORT_TASK);
        WorkItem item = workItems.find(engineer.tenantId(), order.workItemId()).orElseThrow();
        assertThat(item.status()).isEqualTo(WorkItemStatus.BLOCKED);
        assertThat(flags.reason(engineer.tenantId(), order.workItemId()))
                .contains("Material shortage on supplier order " + order().number() + ": No aluminium until 12 May");
        assertThat(order().disruptions()).containsExactly(disruption);
        assertThat(events.stream(NotificationRequested.class))
                .filteredOn(n -> n.type().equals("SUPPLY_DISRUPTION"))
                .singleElement()
                .satisfies(n -> {
                    assertThat(n.organisationIds()).containsExactly(supplier);
                    assertThat(n.candidateGroups())
                            .containsExactly(CandidateGroups.projectRole(gearbox.id(), "MANAGER"));
                    assertThat(n.dedupeKey()).isEqualTo("supply-disruption:" + disruption.id());
                });
    }

    @Test
    void equipmentFailureIsHandledTheSameWayAndAgainForEachReport() {
        Order order = place();

        orders.reportDisruption(
                erp(engineer), order.orderId().toString(), SupplyDisruption.EQUIPMENT_FAILURE, "Press 4 down");
        orders.reportDisruption(
                erp(engineer), order().number().toLowerCase(), SupplyDisruption.EQUIPMENT_FAILURE, null);

        BpmnAwareTests.assertThat(order.instance())
                .hasPassed(EQUIPMENT_FAILURE_START, "AlertEquipmentFailureOwners", EQUIPMENT_FAILURE_END)
                .hasNotPassed(MATERIAL_SHORTAGE_START)
                .isWaitingAtExactly(CONFIRM_TASK);
        assertThat(historicCount(order, EQUIPMENT_FAILURE_END)).isEqualTo(2);
        assertThat(flags.reason(engineer.tenantId(), order.workItemId()))
                .contains("Equipment failure on supplier order " + order().number());
        assertThat(order().disruptions()).hasSize(2);
        assertThat(events.stream(NotificationRequested.class))
                .filteredOn(n -> n.type().equals("SUPPLY_DISRUPTION"))
                .hasSize(2);
    }

    @Test
    void disruptionOfAnUnknownOrFinishedOrderChangesNothing() {
        assertThatThrownBy(() ->
                        orders.reportDisruption(erp(engineer), "SO-999999999", SupplyDisruption.MATERIAL_SHORTAGE, "?"))
                .isInstanceOf(NotFoundException.class);
        CurrentUser otherTenant = users.currentUserByUsername("other-pm").orElseThrow();
        Order order = place();
        assertThatThrownBy(() -> orders.reportDisruption(
                        erp(otherTenant), order.orderId().toString(), SupplyDisruption.MATERIAL_SHORTAGE, "?"))
                .as("another tenant's order is unknown")
                .isInstanceOf(NotFoundException.class);
        runtime.deleteProcessInstance(order.instance().getId(), "cancelled");

        assertThatThrownBy(() -> orders.reportDisruption(
                        erp(engineer), order().number(), SupplyDisruption.MATERIAL_SHORTAGE, "late"))
                .isInstanceOf(ConflictException.class);

        assertThat(order().disruptions()).isEmpty();
        assertThat(workItems
                        .find(engineer.tenantId(), order.workItemId())
                        .orElseThrow()
                        .status())
                .isEqualTo(WorkItemStatus.TODO);
    }

    @Test
    void shippingEndsTheDisruptionAndUnblocksTheOrdersWorkItems() {
        Order order = place();
        complete(order, CONFIRM_TASK, Map.of());
        flags.reportProgress(engineer.tenantId(), order.workItemId(), 40);
        orders.reportDisruption(erp(engineer), order().number(), SupplyDisruption.MATERIAL_SHORTAGE, "No aluminium");
        assertThat(workItem(order).status()).isEqualTo(WorkItemStatus.BLOCKED);

        complete(order, QC_REPORT_TASK, Map.of(QC_REPORT_REFERENCE, "DOC-QC-18"));
        complete(order, QC_REVIEW_TASK, Map.of(QC_REVIEW_OUTCOME, "approve"));
        complete(order, SHIP_TASK, Map.of(SHIPMENT_REFERENCE, "DHL 42"));

        WorkItem unblocked = workItem(order);
        assertThat(unblocked.status()).as("started before: back in progress").isEqualTo(WorkItemStatus.IN_PROGRESS);
        assertThat(unblocked.flagReason()).isNull();
        assertThat(order().disruptions())
                .allSatisfy(d -> assertThat(d.resolvedAt()).isNotNull());
    }

    @Test
    void resolvedDisruptionUnblocksTheOrdersWorkItemsOnceAndAManualFlagOfAnotherItemStays() {
        Order order = place();
        orders.reportDisruption(erp(engineer), order().number(), SupplyDisruption.EQUIPMENT_FAILURE, "Press 4 down");
        assertThat(workItem(order).status()).isEqualTo(WorkItemStatus.BLOCKED);

        disruptions.resolve(erp(engineer), order().number(), "Press 4 repaired");

        WorkItem unblocked = workItem(order);
        assertThat(unblocked.status()).as("not started: back to do").isEqualTo(WorkItemStatus.TODO);
        assertThat(unblocked.flagReason()).isNull();
        assertThat(order().disruptions())
                .singleElement()
                .satisfies(d -> assertThat(d.resolvedAt()).isNotNull());
        assertThatThrownBy(() -> disruptions.resolve(erp(engineer), order().number(), "again"))
                .as("nothing open any more")
                .isInstanceOf(io.crossflow.shared.ConflictException.class);
        assertThatThrownBy(() -> disruptions.resolve(erp(engineer), "SO-999999999", null))
                .isInstanceOf(NotFoundException.class);
    }

    private WorkItem workItem(Order order) {
        return workItems.find(engineer.tenantId(), order.workItemId()).orElseThrow();
    }

    private SupplierOrder current;

    private Order place() {
        var standing = access.standing(engineer, gearbox.id());
        WorkItem item = workItems.create(
                standing,
                new WorkItems.NewWorkItem(
                        "Process test: castings for order",
                        null,
                        null,
                        supplier,
                        LocalDate.now(),
                        LocalDate.now().plusDays(21),
                        null,
                        false));
        WorkItem milestone = workItems.create(
                standing,
                new WorkItems.NewWorkItem(
                        "Process test: castings at the customer",
                        null,
                        null,
                        null,
                        LocalDate.now().plusDays(30),
                        LocalDate.now().plusDays(30),
                        null,
                        true));
        current = orders.place(
                engineer,
                gearbox.id(),
                new SupplierOrders.NewSupplierOrder(
                        supplier, "Process test order", List.of(item.id()), milestone.id()));
        session.track(current.processInstanceId());
        ProcessInstance instance = runtime.createProcessInstanceQuery()
                .processInstanceId(current.processInstanceId())
                .singleResult();
        return new Order(current.id(), item.id(), milestone.id(), instance);
    }

    private SupplierOrder order() {
        return orders.visible(engineer, current.id());
    }

    private WorkItem milestone(Order order) {
        return workItems.find(engineer.tenantId(), order.milestoneId()).orElseThrow();
    }

    private void complete(Order order, String taskKey, Map<String, Object> variables) {
        String task = BpmnAwareTests.task(taskKey, order.instance()).getId();
        if (taskKey.equals(QC_REPORT_TASK) && variables.containsKey(QC_REPORT_REFERENCE)) {
            attachQcReport(task);
        }
        taskService.complete(task, variables);
    }

    /** The supplier uploads a QC report to the task, as the step's model requires (crossflow:requiresDocument). */
    private void attachQcReport(String taskId) {
        CurrentUser supplierUser = users.currentUserByUsername("supplier-a").orElseThrow();
        try {
            uploads.upload(
                    supplierUser,
                    gearbox.id(),
                    new DocumentUploads.NewDocument(DocumentType.QC_REPORT, TargetType.TASK, taskId, null, null),
                    new java.io.ByteArrayInputStream("QC report".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                    "qc-report.txt");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private long historicCount(Order order, String activityId) {
        return processEngine
                .getHistoryService()
                .createHistoricActivityInstanceQuery()
                .processInstanceId(order.instance().getId())
                .activityId(activityId)
                .count();
    }

    private record Order(UUID orderId, UUID workItemId, UUID milestoneId, ProcessInstance instance) {}

    /** The tenant's ERP integration (an internal service user acts for every supplier), as the event endpoint hands it over. */
    private static IntegrationCaller erp(CurrentUser user) {
        return new IntegrationCaller(user, new IntegrationReach(user.tenantId(), null));
    }
}
