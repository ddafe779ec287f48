package io.crossflow.system.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.crossflow.testing.IntegrationTest;
import io.crossflow.testing.TestClients;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The container health check of docker/compose.yaml. */
@IntegrationTest
class HealthProbeIT {

    @Autowired
    TestClients clients;

    @Test
    void runningAppIsUp() {
        assertThat(HealthProbe.isUp(URI.create(clients.baseUrl() + "/actuator/health")))
                .isTrue();
    }

    @Test
    void nothingListeningIsNotUp() throws IOException {
        int freePort;
        try (ServerSocket socket = new ServerSocket(0)) {
            freePort = socket.getLocalPort();
        }
        assertThat(HealthProbe.isUp(URI.create("http://localhost:" + freePort + "/actuator/health")))
                .isFalse();
    }

    @Test
    void pageThatIsNotTheHealthEndpointIsNotUp() {
        assertThat(HealthProbe.isUp(URI.create(clients.baseUrl() + "/api/me"))).isFalse();
    }
}
