package io.crossflow.testing;

import io.crossflow.identity.CurrentUser;
import io.crossflow.identity.Organisations;
import io.crossflow.identity.Users;
import io.crossflow.project.Project;
import io.crossflow.project.Projects;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * What every process test needs around each test, in the shared context:
 *
 * <ul>
 *   <li>camunda-bpm-assert bound to the engine, and reset afterwards (it keeps the engine in a
 *       ThreadLocal);
 *   <li>the engine signed in as a demo user of its tenant, as a request would be: the engine then
 *       sees only that tenant's definitions, which the coverage library needs, since it looks a
 *       model up by its key alone;
 *   <li>the process instances a test {@link #track tracks} deleted if the test left them running,
 *       so they never show up in other tests' inboxes.
 * </ul>
 *
 * Register it as {@code @RegisterExtension final ProcessTestSession session = new
 * ProcessTestSession("engineer");} in an {@link IntegrationTest}.
 */
public final class ProcessTestSession implements BeforeEachCallback, AfterEachCallback {

    /** The demo project every process test works in. */
    public static final String DEMO_PROJECT = "Gearbox Housing Line";

    private final String username;
    private final List<String> started = new ArrayList<>();
    private ApplicationContext spring;
    private CurrentUser user;

    public ProcessTestSession(String username) {
        this.username = username;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        spring = SpringExtension.getApplicationContext(context);
        BpmnAwareTests.init(spring.getBean(ProcessEngine.class));
        user = spring.getBean(Users.class).currentUserByUsername(username).orElseThrow();
        spring.getBean(IdentityService.class)
                .setAuthentication(
                        user.id().toString(), List.of(), List.of(user.tenantId().toString()));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        RuntimeService runtime = spring.getBean(RuntimeService.class);
        try {
            started.stream()
                    .filter(id -> runtime.createProcessInstanceQuery()
                                    .processInstanceId(id)
                                    .count()
                            > 0)
                    .forEach(id -> runtime.deleteProcessInstance(id, "test finished"));
        } finally {
            started.clear();
            spring.getBean(IdentityService.class).clearAuthentication();
            BpmnAwareTests.reset();
        }
    }

    /** The signed-in demo user. */
    public CurrentUser user() {
        return user;
    }

    /** The demo project, as the signed-in user sees it. */
    public Project demoProject() {
        return spring.getBean(Projects.class).visibleTo(user).stream()
                .filter(p -> p.name().equals(DEMO_PROJECT))
                .findFirst()
                .orElseThrow();
    }

    /** An organisation of the user's tenant by name. */
    public UUID organisation(String name) {
        return spring.getBean(Organisations.class)
                .findByName(user.tenantId(), name)
                .orElseThrow()
                .id();
    }

    /** Deletes the instance after the test if it is still running; returns the id. */
    public String track(String processInstanceId) {
        started.add(processInstanceId);
        return processInstanceId;
    }
}
