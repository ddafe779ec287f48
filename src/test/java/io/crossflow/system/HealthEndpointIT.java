package io.crossflow.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.crossflow.notification.NotificationRequested;
import io.crossflow.notification.NotificationTypes;
import io.crossflow.notification.internal.OutboxDispatcher;
import io.crossflow.testing.IntegrationTest;
import io.crossflow.testing.TestClients;
import io.crossflow.testing.TestMailServer;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class HealthEndpointIT {

    private static final TestMailServer MAIL = TestMailServer.get();

    @Autowired
    TestClients clients;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    OutboxDispatcher dispatcher;

    @Autowired
    MeterRegistry meters;

    @AfterEach
    void mailServerIsUpAgain() {
        MAIL.start();
    }

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
        JsonNode components = health.json().path("components");
        assertThat(components.path("db").path("status").asText()).isEqualTo("UP");
        assertThat(components.path("processEngine").path("status").asText()).isEqualTo("UP");
        assertThat(components.path("outbox").path("status").asText()).isEqualTo("UP");
        assertThat(components.has("mail"))
                .as("mail is a channel behind the retrying outbox, not something the node needs to serve")
                .isFalse();
    }

    @Test
    void partnerSeesOnlyUp() {
        var health = clients.as("supplier-a").get("/actuator/health");

        assertThat(health.json().has("components")).isFalse();
        assertThat(health.json().path("status").asText()).isEqualTo("UP");
    }

    /** Issue 9, item 5: the SMTP server down made the node DOWN (503), and a load balancer would drop it. */
    @Test
    void unreachableMailServerLeavesTheNodeUpAndShowsTheMailBacklog() {
        MAIL.stop();
        String key = "health-backlog-" + UUID.randomUUID();
        requestNotification(key);
        var pass = dispatcher.dispatchDue();
        assertThat(pass.failed()).as("the mail could not be sent").isPositive();

        var anonymous = clients.anonymous().get("/actuator/health");
        assertThat(anonymous.status()).isEqualTo(200);
        assertThat(anonymous.body()).isEqualTo("{\"status\":\"UP\"}");

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            var health = clients.as("admin").get("/actuator/health");
            assertThat(health.status()).isEqualTo(200);
            JsonNode outbox = health.json().path("components").path("outbox");
            assertThat(outbox.path("status").asText()).isEqualTo("UP");
            JsonNode email = outbox.path("details").path("EMAIL");
            assertThat(email.path("pending").asLong()).isPositive();
            assertThat(Duration.parse(email.path("oldestPendingAge").asText())).isGreaterThanOrEqualTo(Duration.ZERO);
            assertThat(pendingGauge("EMAIL")).isPositive();
        });
        assertThat(meters.find("crossflow.outbox.oldest.age")
                        .tag("channel", "EMAIL")
                        .gauge())
                .isNotNull();
    }

    private double pendingGauge(String channel) {
        Gauge gauge =
                meters.find("crossflow.outbox.pending").tag("channel", channel).gauge();
        assertThat(gauge)
                .as("gauge crossflow.outbox.pending{channel=" + channel + "}")
                .isNotNull();
        return gauge.value();
    }

    private void requestNotification(String key) {
        UUID tenant = jdbc.sql("select id from ten_tenant where slug = 'demo'")
                .query(UUID.class)
                .single();
        UUID engineer = jdbc.sql("select id from idn_user where username = 'engineer'")
                .query(UUID.class)
                .single();
        new TransactionTemplate(transactionManager)
                .executeWithoutResult(status -> events.publishEvent(new NotificationRequested(
                        tenant,
                        Set.of(engineer),
                        Set.of(),
                        Set.of(),
                        "TEST_" + NotificationTypes.GENERIC,
                        Map.of("title", "Backlog " + key, "text", "Body of " + key),
                        "/test/" + key,
                        key)));
    }
}
