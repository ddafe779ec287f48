package io.crossflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.crossflow.testing.IntegrationTest;
import io.crossflow.testing.TestClients;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/** Camunda's engine REST API has no authentication of its own, so it is not mounted at all (docs/adr/0002). */
@IntegrationTest
class EngineRestIT {

    @Autowired
    TestClients clients;

    @Test
    void engineRestIsNotThereForAnonymousCallers() {
        var response = clients.anonymous().get("/engine-rest/task");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.body()).doesNotContain("taskDefinitionKey");
    }

    @ParameterizedTest
    @ValueSource(strings = {"operator", "admin", "engineer", "supplier-a", "customer"})
    void engineRestIsNotThereForSignedInUsers(String username) {
        var tasks = clients.as(username).get("/engine-rest/task");
        var definitions = clients.as(username).get("/engine-rest/process-definition");

        assertThat(tasks.status()).isEqualTo(404);
        assertThat(definitions.status()).isEqualTo(404);
    }

    @Test
    void cockpitsOwnEngineApiRefusesAnonymousCallers() {
        var response = clients.anonymous().get("/camunda/api/engine/engine/default/task");

        assertThat(response.status()).isEqualTo(401);
    }
}
