package io.crossflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crossflow.testing.IntegrationTest;
import io.crossflow.workflow.HostileModels.Hostile;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The engine-level guard: every model that names a class or a script, deployed straight through
 * RepositoryService (around the validator), is refused by the engine, and the class it names is
 * never instantiated.
 */
@IntegrationTest
class ModelGuardIT {

    @Autowired
    RepositoryService repository;

    static Stream<Hostile> classesAndScripts() {
        return HostileModels.engineRefused().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("classesAndScripts")
    void theEngineRefusesItAroundTheValidator(Hostile model) {
        String key = ProcessModelFixture.freshKey();
        int instances = GuardProbe.INSTANCES.get();
        long deployments = repository.createDeploymentQuery().count();

        assertThatThrownBy(() -> deploy(key, model.xml(key)))
                .as(model.name())
                .isInstanceOf(ParseException.class)
                .hasMessageContaining("The engine refuses")
                .hasMessageContaining("never run in Crossflow's processes");

        assertThat(GuardProbe.INSTANCES.get())
                .as("%s instantiated %s", model, GuardProbe.NAME)
                .isEqualTo(instances);
        assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
        assertThat(repository
                        .createProcessDefinitionQuery()
                        .processDefinitionKey(key)
                        .count())
                .isZero();
    }

    @Test
    void aPlainModelStillDeploysThroughTheRepository() {
        // the control: the refusals above are the guard's, not a deployment path that fails anyway
        String key = ProcessModelFixture.freshKey();
        Deployment deployment = deploy(key, ProcessModelFixture.model(key, ProcessModelFixture.TASK));
        try {
            assertThat(repository
                            .createProcessDefinitionQuery()
                            .processDefinitionKey(key)
                            .count())
                    .isEqualTo(1);
        } finally {
            repository.deleteDeployment(deployment.getId(), true);
        }
    }

    @Test
    void ourOwnModelsWereDeployedPastTheGuard() {
        for (String key :
                new String[] {"approval", "change-request", "issue-escalation", "supplier-order", "work-package-handoff"
                }) {
            assertThat(repository
                            .createProcessDefinitionQuery()
                            .processDefinitionKey(key)
                            .count())
                    .as(key)
                    .isPositive();
        }
    }

    private Deployment deploy(String key, String xml) {
        return repository
                .createDeployment()
                .name("model-guard-test")
                .addInputStream(key + ".bpmn", new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
                .deploy();
    }
}
