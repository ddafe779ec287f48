package io.crossflow.ticket.process;

import io.crossflow.identity.CurrentUser;
import io.crossflow.identity.Users;
import io.crossflow.project.Project;
import io.crossflow.project.ProjectAccess;
import io.crossflow.project.WorkItem;
import io.crossflow.project.WorkItems;
import io.crossflow.testing.OutsideWaitProbe;
import io.crossflow.testing.ProcessTestSession;
import io.crossflow.ticket.NewTicket;
import io.crossflow.ticket.Ticket;
import io.crossflow.ticket.TicketDetails;
import io.crossflow.ticket.Tickets;
import io.crossflow.workflow.WorkflowProperties;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Shared steps of the ticket process tests: the demo project "Gearbox Housing Line" and its
 * people, tickets raised through {@link Tickets}, tasks completed as their assignees would (claim,
 * then complete), timers fired by executing their jobs. {@link ProcessTestSession} signs in and cleans up.
 */
abstract class TicketProcessFixture {

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService taskService;

    @Autowired
    ManagementService management;

    @Autowired
    Tickets tickets;

    @Autowired
    WorkItems workItems;

    @Autowired
    ProjectAccess access;

    @Autowired
    Users users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    WorkflowProperties workflowSettings;

    CurrentUser engineer;
    CurrentUser pm;
    CurrentUser customer;
    CurrentUser supplierA;
    Project gearbox;
    UUID partner;
    UUID customerOrganisation;

    @RegisterExtension
    final ProcessTestSession session = new ProcessTestSession("engineer");

    void setUp() {
        engineer = session.user();
        pm = user("pm");
        customer = user("customer");
        supplierA = user("supplier-a");
        gearbox = session.demoProject();
        partner = session.organisation("Precision Parts Ltd");
        customerOrganisation = customer.organisationId();
    }

    CurrentUser user(String username) {
        return users.currentUserByUsername(username).orElseThrow();
    }

    WorkItem supplierAItem(String title) {
        return workItems.create(
                access.standing(engineer, gearbox.id()),
                new WorkItems.NewWorkItem(
                        title,
                        null,
                        null,
                        partner,
                        LocalDate.now(),
                        LocalDate.now().plusDays(21),
                        null,
                        false));
    }

    Raised raise(CurrentUser reporter, NewTicket request) {
        Ticket ticket = tickets.raise(reporter, gearbox.id(), request);
        ProcessInstance instance = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(ticket.id().toString())
                .singleResult();
        session.track(instance.getId());
        return new Raised(ticket, instance);
    }

    Task task(Raised raised, String taskKey) {
        return BpmnAwareTests.task(taskKey, raised.instance());
    }

    void complete(Raised raised, String taskKey, CurrentUser by, Map<String, Object> variables) {
        Task task = task(raised, taskKey);
        taskService.claim(task.getId(), by.id().toString());
        taskService.complete(task.getId(), variables);
    }

    Job timer(Raised raised, String timerId) {
        return management
                .createJobQuery()
                .processInstanceId(raised.instance().getId())
                .activityId(timerId)
                .timers()
                .singleResult();
    }

    List<Job> timers(Raised raised) {
        return management
                .createJobQuery()
                .processInstanceId(raised.instance().getId())
                .timers()
                .list();
    }

    /** The engine clock moved past the outside waits' timers, and who was told. */
    OutsideWaitProbe probe() {
        return new OutsideWaitProbe(management, jdbc);
    }

    TicketDetails details(Raised raised) {
        return tickets.get(engineer, raised.ticket().id());
    }

    Ticket ticket(Raised raised) {
        return details(raised).ticket();
    }

    record Raised(Ticket ticket, ProcessInstance instance) {}
}
