package io.crossflow.automation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import io.crossflow.notification.NotificationRequested;
import io.crossflow.testing.Api;
import io.crossflow.testing.IntegrationTest;
import io.crossflow.testing.TestClients;
import io.micrometer.core.instrument.MeterRegistry;
import java.lang.management.ManagementFactory;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 9, item 3 as the review found it: anyone who may raise tickets raises many at once in a
 * project with ticket rules. Every request must answer quickly, no thread may wait for a database
 * connection, and every rule must act exactly once on every ticket.
 */
@IntegrationTest
class AutomationConcurrencyIT {

    static final int TICKETS = 50;
    static final List<String> REPORTERS = List.of("pm", "engineer", "admin", "supplier-a", "supplier-b", "customer");
    static final Duration ANSWER_WITHIN = Duration.ofSeconds(2);

    @Autowired
    TestClients clients;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    MeterRegistry meters;

    @Autowired
    ApplicationEventMulticaster multicaster;

    final List<NotificationRequested> notified = new CopyOnWriteArrayList<>();
    final ApplicationListener<ApplicationEvent> recorder = event -> {
        if (event instanceof PayloadApplicationEvent<?> payload
                && payload.getPayload() instanceof NotificationRequested request) {
            notified.add(request);
        }
    };

    @BeforeEach
    void record() {
        multicaster.addApplicationListener(recorder);
    }

    @AfterEach
    void stopRecording() {
        multicaster.removeApplicationListener(recorder);
    }

    @Test
    void fiftyParallelTicketsUnderTwoTicketRulesAnswerFastAndEachRuleActsOnceOnEach() throws Exception {
        String project = project();
        UUID toManagers = rule(project, "Tickets go to the managers", "MANAGERS");
        UUID toMembers = rule(project, "Tickets go to the members", "MEMBERS");
        REPORTERS.forEach(clients::as); // signed in before the burst: the burst is ticket creations only
        warmUp(); // the first ticket of a JVM loads the process engine's classes: not what is measured
        HikariPoolMXBean pool = dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean();
        double timeoutsBefore = connectionTimeouts();

        AtomicInteger mostWaiting = new AtomicInteger();
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
        AtomicReference<String> whenMostWaited = new AtomicReference<>("never");
        sampler.scheduleAtFixedRate(
                () -> {
                    // Hikari counts every borrow in flight as "awaiting", also one that takes an idle
                    // connection a microsecond later: the pool ran dry only when no connection was idle
                    int waiting = pool.getIdleConnections() == 0 ? pool.getThreadsAwaitingConnection() : 0;
                    if (waiting > 0 && waiting > mostWaiting.getAndAccumulate(waiting, Math::max)) {
                        whenMostWaited.set("active " + pool.getActiveConnections() + ", idle "
                                + pool.getIdleConnections() + ", total " + pool.getTotalConnections());
                    }
                },
                0,
                1,
                TimeUnit.MILLISECONDS);
        List<Answer> answers = new ArrayList<>();
        ExecutorService callers = Executors.newFixedThreadPool(TICKETS);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Answer>> pending = new ArrayList<>();
            for (int i = 0; i < TICKETS; i++) {
                String reporter = REPORTERS.get(i % REPORTERS.size());
                Map<String, Object> ticket = Map.of(
                        "type", reporter.equals("customer") ? "COMPLAINT" : "ISSUE", "title", "Burst ticket " + i);
                pending.add(callers.submit(() -> {
                    go.await();
                    long start = System.nanoTime();
                    Api.Response response = clients.as(reporter).post("/api/projects/" + project + "/tickets", ticket);
                    return new Answer(reporter, response, Duration.ofNanos(System.nanoTime() - start));
                }));
            }
            go.countDown();
            for (Future<Answer> answer : pending) {
                answers.add(answer.get(90, TimeUnit.SECONDS));
            }
            await().atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(50))
                    .until(() -> acted(toManagers) + acted(toMembers) == 2 * TICKETS && incompleteHandovers() == 0);
        } finally {
            callers.shutdownNow();
            sampler.shutdownNow();
            sampler.awaitTermination(5, TimeUnit.SECONDS);
        }

        Duration allowed = answerWithin();
        System.out.printf(
                "Ticket burst: %d tickets, slowest answer %d ms (allowed %d ms), most threads waiting with no idle connection %d%n",
                TICKETS,
                answers.stream().mapToLong(a -> a.took().toMillis()).max().orElse(0),
                allowed.toMillis(),
                mostWaiting.get());
        assertThat(answers)
                .allSatisfy(a -> assertThat(a.response().status())
                        .as("%s: %s", a.reporter(), a.response())
                        .isEqualTo(201));
        assertThat(answers)
                .allSatisfy(a -> assertThat(a.took()).as(a.reporter()).isLessThan(allowed));
        assertThat(connectionTimeouts() - timeoutsBefore)
                .as("requests that gave up waiting for a connection")
                .isZero();
        assertThat(mostWaiting.get())
                .as("threads seen waiting while no connection was idle (pool then: %s)", whenMostWaited.get())
                .isZero();

        List<String> tickets = answers.stream()
                .map(a -> a.response().json().path("id").asText())
                .toList();
        for (UUID rule : List.of(toManagers, toMembers)) {
            List<NotificationRequested> requests = notified.stream()
                    .filter(n -> n.dedupeKey().startsWith("rule:" + rule + ":"))
                    .toList();
            assertThat(requests).as("notifications requested by rule %s", rule).hasSize(TICKETS);
            assertThat(requests.stream().map(n -> n.dedupeKey().split(":")[3]))
                    .as("one per ticket")
                    .containsExactlyInAnyOrderElementsOf(tickets);
            assertThat(jdbc.sql("select count(distinct dedupe_key) from ntf_outbox where dedupe_key like ?")
                            .param("rule:" + rule + ":%")
                            .query(Integer.class)
                            .single())
                    .as("outbox entries of rule %s", rule)
                    .isEqualTo(TICKETS);
        }
    }

    /**
     * The 2 s, on an otherwise idle machine of the project's kind. When other work shares the
     * cores (a developer's machine running several builds), the bound grows with the run queue: what
     * this test guards against is requests stalling on the pool (60 s), not a busy CPU.
     */
    private static Duration answerWithin() {
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        int cores = Runtime.getRuntime().availableProcessors();
        double factor = load <= cores ? 1 : load / cores;
        return Duration.ofMillis((long) (ANSWER_WITHIN.toMillis() * factor));
    }

    private void warmUp() throws SQLException {
        String quiet = project();
        Api.Response warm = clients.as("pm")
                .post("/api/projects/" + quiet + "/tickets", Map.of("type", "ISSUE", "title", "Warm-up"));
        assertThat(warm.status()).as(warm.toString()).isEqualTo(201);
    }

    private long acted(UUID rule) {
        return jdbc.sql("select count(*) from aut_processed_event where rule_id = ? and outcome = 'DONE'")
                .param(rule)
                .query(Long.class)
                .single();
    }

    /** Hand-overs to the rules not yet completed (the registry deletes completed ones). */
    private long incompleteHandovers() {
        return jdbc.sql("select count(*) from event_publication where listener_id like 'io.crossflow.automation.%'")
                .query(Long.class)
                .single();
    }

    private double connectionTimeouts() {
        return meters.find("hikaricp.connections.timeout").counters().stream()
                .mapToDouble(c -> c.count())
                .sum();
    }

    private String project() throws SQLException {
        Api pm = clients.as("pm");
        Api.Response created = pm.post("/api/projects", Map.of("name", "Ticket burst " + UUID.randomUUID()));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String project = created.json().path("id").asText();
        for (var participant : Map.of(
                        "Precision Parts Ltd",
                        "SUPPLIER",
                        "Rapid Castings Co",
                        "SUPPLIER",
                        "Northwind Motors",
                        "CUSTOMER")
                .entrySet()) {
            UUID organisation = jdbc.sql("select id from idn_organisation where name = ?")
                    .param(participant.getKey())
                    .query(UUID.class)
                    .single();
            Api.Response joined = pm.post(
                    "/api/projects/" + project + "/participants",
                    Map.of("organisationId", organisation, "role", participant.getValue()));
            assertThat(joined.status()).as(joined.toString()).isEqualTo(201);
        }
        for (String member : List.of("engineer", "admin")) {
            UUID user = jdbc.sql("select id from idn_user where username = ?")
                    .param(member)
                    .query(UUID.class)
                    .single();
            Api.Response added =
                    pm.post("/api/projects/" + project + "/members", Map.of("userId", user, "role", "MEMBER"));
            assertThat(added.status()).as(added.toString()).isEqualTo(201);
        }
        return project;
    }

    private UUID rule(String project, String name, String recipients) {
        Api.Response created = clients.as("pm")
                .post(
                        "/api/projects/" + project + "/rules",
                        Map.of(
                                "name",
                                name,
                                "trigger",
                                "TICKET_CREATED",
                                "action",
                                Map.of("type", "NOTIFY", "recipients", List.of(recipients))));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return UUID.fromString(created.json().path("id").asText());
    }

    record Answer(String reporter, Api.Response response, Duration took) {}
}
