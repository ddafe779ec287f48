package io.crossflow.system.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crossflow.system.SystemProperties;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class ConnectionBudgetTest {

    static final SystemProperties.Events EVENTS =
            new SystemProperties.Events(4, 1000, Duration.ofMinutes(1), Duration.ofMinutes(1), Duration.ofDays(1));

    @Test
    void theDefaultsFitTheDefaultPool() {
        MockEnvironment env = new MockEnvironment()
                .withProperty("server.tomcat.threads.max", "24")
                .withProperty("camunda.bpm.job-execution.max-pool-size", "4")
                .withProperty("crossflow.document.extraction.threads", "2");

        ConnectionBudget budget = ConnectionBudget.of(env, EVENTS);

        assertThat(budget.required()).isEqualTo(24 + 4 + 5 + 1 + 3 + ConnectionBudget.RESERVE);
        assertThatCode(() -> budget.check(40)).doesNotThrowAnyException();
    }

    @Test
    void aPoolSmallerThanTheThreadsThatMayHoldAConnectionIsRefusedAtStart() {
        // Tomcat's own default of 200 request threads against the old pool of 20: what froze a node
        ConnectionBudget budget = ConnectionBudget.of(new MockEnvironment(), EVENTS);

        assertThatThrownBy(() -> budget.check(20))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("pool-size is 20")
                .hasMessageContaining("200 request");
    }

    @Test
    void aStoppedJobExecutorHoldsNoConnection() {
        MockEnvironment env = new MockEnvironment()
                .withProperty("server.tomcat.threads.max", "24")
                .withProperty("camunda.bpm.job-execution.enabled", "false");

        assertThat(ConnectionBudget.of(env, EVENTS).jobThreads()).isZero();
    }

    @Test
    void resubmissionTakesPublicationsOldEnoughToBeStuckAndYoungEnoughToBeWorthIt() {
        Instant now = Instant.parse("2026-12-03T12:00:00Z");
        EventResubmission.Window window = EventResubmission.Window.of(now, EVENTS);

        assertThat(window.due(now.minusSeconds(10))).as("still in flight").isFalse();
        assertThat(window.due(now.minusSeconds(61))).isTrue();
        assertThat(window.due(now.minus(Duration.ofHours(23)))).isTrue();
        assertThat(window.due(now.minus(Duration.ofHours(25))))
                .as("past the cap")
                .isFalse();
    }
}
