package io.crossflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.crossflow.testing.IntegrationTest;
import io.crossflow.testing.TestClients;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class HealthEndpointIT {

    @Autowired
    TestClients clients;

    @Test
    void anonymousCallerSeesOnlyUp() {
        var health = clients.anonymous().get("/actuator/health");

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body()).isEqualTo("{\"status\":\"UP\"}");
    }

    @Test
    void tenantAdminSeesTheComponents() {
        var health = clients.as("admin").get("/actuator/health");

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().path("components").path("db").path("status").asText())
                .isEqualTo("UP");
    }

    @Test
    void partnerSeesOnlyUp() {
        var health = clients.as("supplier-a").get("/actuator/health");

        assertThat(health.json().has("components")).isFalse();
        assertThat(health.json().path("status").asText()).isEqualTo("UP");
    }
}
