package io.crossflow.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.crossflow.identity.Capability;
import io.crossflow.identity.Users;
import io.crossflow.testing.Api;
import io.crossflow.testing.IntegrationTest;
import io.crossflow.testing.TestClients;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The inbox read model against the engine's own authorized task query, same data, same run
 * (docs/benchmarks.md). 100,000 open tasks spread over 500 partner organisations of one tenant;
 * one partner user, whose organisation holds 200 of them, asks for its first page.
 *
 * <p>The tasks are written with SQL in the shape the engine writes them (task, candidate-group
 * identity link, and the task authorization its default authorization provider grants the
 * candidate group) and the shape the read model writes; starting 100,000 process instances
 * would take most of the run and measure nothing more.
 */
@IntegrationTest
class InboxBench {

    static final int TASKS = Integer.getInteger("bench.tasks", 100_000);
    static final int ORGANISATIONS = Integer.getInteger("bench.organisations", 500);
    static final int INBOX_REQUESTS = Integer.getInteger("bench.inboxRequests", 400);
    static final int ENGINE_QUERIES = Integer.getInteger("bench.engineQueries", 12);
    static final int THREADS = 4;

    @Autowired
    TestClients clients;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Users users;

    @Autowired
    TaskService taskService;

    @Autowired
    IdentityService identityService;

    @Autowired
    ProcessEngineConfiguration engineConfiguration;

    @Test
    void inboxAgainstEngineAuthorizedQuery() throws Exception {
        Seed seed = seed();
        Api partner = Api.signIn(clients.baseUrl(), seed.username(), "bench-password");

        // the partner's own tasks, and only those
        Set<String> seen = new HashSet<>();
        int total = 0;
        for (int page = 0; ; page++) {
            JsonNode body = partner.get("/api/inbox?size=100&page=" + page).json();
            total = body.path("total").asInt();
            body.path("items").forEach(item -> seen.add(item.path("taskId").asText()));
            if (body.path("items").size() < 100) {
                break;
            }
        }
        assertThat(seen).as("the partner sees exactly its organisation's tasks").isEqualTo(seed.ownTasks());
        assertThat(total).isEqualTo(seed.ownTasks().size());

        for (int i = 0; i < 50; i++) {
            partner.get("/api/inbox?size=20");
        }
        long[] inbox = new long[INBOX_REQUESTS];
        for (int i = 0; i < INBOX_REQUESTS; i++) {
            long start = System.nanoTime();
            Api.Response response = partner.get("/api/inbox?size=20&page=" + (i % 10));
            inbox[i] = System.nanoTime() - start;
            assertThat(response.status()).isEqualTo(200);
        }
        double throughput = throughput(seed.username());

        long[] engine = engineQuery(seed);

        Result result = new Result(stats(inbox), stats(engine), throughput);
        report(result);
        assertThat(result.inbox().p95()).as("inbox p95 (ms)").isLessThan(25.0);
        assertThat(result.engine().p95() / result.inbox().p95())
                .as("engine p95 / inbox p95")
                .isGreaterThanOrEqualTo(100.0);
    }

    private long[] engineQuery(Seed seed) {
        long[] times = new long[ENGINE_QUERIES];
        boolean before = engineConfiguration.isAuthorizationEnabled();
        engineConfiguration.setAuthorizationEnabled(true);
        identityService.setAuthentication(
                seed.userId().toString(),
                List.of("org:" + seed.organisationId()),
                List.of(seed.tenantId().toString()));
        try {
            for (int i = -2; i < ENGINE_QUERIES; i++) {
                long start = System.nanoTime();
                List<Task> page =
                        taskService.createTaskQuery().orderByDueDate().asc().listPage(0, 20);
                long count = taskService.createTaskQuery().count();
                long elapsed = System.nanoTime() - start;
                assertThat(count).isEqualTo(seed.ownTasks().size());
                assertThat(page).allSatisfy(t -> assertThat(seed.ownTasks()).contains(t.getId()));
                if (i >= 0) {
                    times[i] = elapsed;
                }
            }
        } finally {
            identityService.clearAuthentication();
            engineConfiguration.setAuthorizationEnabled(before);
        }
        return times;
    }

    private double throughput(String username) throws Exception {
        List<Api> sessions = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            sessions.add(Api.signIn(clients.baseUrl(), username, "bench-password"));
        }
        int perThread = INBOX_REQUESTS / THREADS * 2;
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            long start = System.nanoTime();
            List<Future<?>> futures = new ArrayList<>();
            for (Api session : sessions) {
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < perThread; i++) {
                        assertThat(session.get("/api/inbox?size=20").status()).isEqualTo(200);
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
            return THREADS * perThread / ((System.nanoTime() - start) / 1e9);
        } finally {
            pool.shutdown();
        }
    }

    private Seed seed() {
        UUID tenant = jdbc.sql("select id from ten_tenant where slug = 'demo'")
                .query(UUID.class)
                .single();
        UUID project = jdbc.sql("select id from prj_project where tenant_id = ? order by created_at limit 1")
                .param(tenant)
                .query(UUID.class)
                .single();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("""
                        insert into idn_organisation (id, tenant_id, name, kind)
                        select gen_random_uuid(), ?, 'Bench partner ' || ? || '-' || g, 'PARTNER' from generate_series(0, ? - 1) g
                        """).params(tenant, suffix, ORGANISATIONS).update();
        List<UUID> organisations = jdbc.sql(
                        "select id from idn_organisation where name like ? order by (regexp_replace(name, '.*-', ''))::int")
                .param("Bench partner " + suffix + "-%")
                .query(UUID.class)
                .list();
        jdbc.sql("""
                        insert into prj_participant (project_id, tenant_id, organisation_id, role)
                        select ?, ?, id, 'SUPPLIER' from idn_organisation where name like ?
                        """).params(project, tenant, "Bench partner " + suffix + "-%").update();
        UUID own = organisations.get(0);
        String username = "bench-partner-" + suffix;
        UUID userId = users.create(new Users.NewUser(
                tenant,
                own,
                username,
                null,
                "Bench Partner",
                "bench-password",
                "en",
                Set.of(Capability.PARTNER_MEMBER),
                false));

        // organisation of task i: organisations[i % ORGANISATIONS]
        String orgArray = "array["
                + String.join(
                        ",",
                        organisations.stream().map(o -> "'" + o + "'::uuid").toList()) + "]";
        String taskOrg = "(" + orgArray + ")[(g % " + ORGANISATIONS + ") + 1]";
        jdbc.sql("""
                        insert into act_ru_task (id_, rev_, name_, priority_, create_time_, last_updated_, due_date_,
                                                 suspension_state_, tenant_id_, task_state_)
                        select 'bench-' || g, 1, 'Bench task ' || g, 50, now(), now(),
                               now() + ((g % 60) || ' days')::interval, 1, ?, 'Created'
                          from generate_series(0, ? - 1) g
                        """).params(tenant.toString(), TASKS).update();
        jdbc.sql("insert into act_ru_identitylink (id_, rev_, group_id_, type_, task_id_, tenant_id_) "
                        + "select 'bench-link-' || g, 1, 'org:' || " + taskOrg + ", 'candidate', 'bench-' || g, ? "
                        + "from generate_series(0, ? - 1) g")
                .params(tenant.toString(), TASKS)
                .update();
        jdbc.sql("insert into act_ru_authorization (id_, rev_, type_, group_id_, resource_type_, resource_id_, perms_) "
                        + "select 'bench-auth-' || g, 1, 1, 'org:' || " + taskOrg
                        + ", ?, 'bench-' || g, ? from generate_series(0, ? - 1) g")
                .params(
                        Resources.TASK.resourceType(),
                        Permissions.READ.getValue() | Permissions.UPDATE.getValue(),
                        TASKS)
                .update();
        seedInbox(tenant, project, taskOrg);
        jdbc.sql("analyze").update();

        Set<String> ownTasks = new HashSet<>(Arrays.asList(
                jdbc.sql("select task_id_ from act_ru_identitylink where group_id_ = ? and id_ like 'bench-link-%'")
                        .param("org:" + own)
                        .query(String.class)
                        .list()
                        .toArray(String[]::new)));
        return new Seed(tenant, own, userId, username, ownTasks);
    }

    /** The read model's rows for the same tasks, as the inbox module writes them. */
    private void seedInbox(UUID tenant, UUID project, String taskOrg) {
        jdbc.sql("""
                        insert into inbox_item (task_id, tenant_id, project_id, project_name, title, process_key, process_name,
                                                due, priority, created)
                        select 'bench-' || g, ?, ?, 'Bench project', 'Bench task ' || g, 'bench', 'Bench',
                               now() + ((g % 60) || ' days')::interval, 50, now()
                          from generate_series(0, ? - 1) g
                        """).params(tenant, project, TASKS).update();
        jdbc.sql("insert into inbox_candidate (task_id, tenant_id, candidate) select 'bench-' || g, ?, 'org:' || "
                        + taskOrg + " from generate_series(0, ? - 1) g")
                .params(tenant, TASKS)
                .update();
    }

    private static Stats stats(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Stats(
                sorted[(int) Math.floor(0.50 * (sorted.length - 1))] / 1e6,
                sorted[(int) Math.ceil(0.95 * (sorted.length - 1))] / 1e6,
                sorted.length);
    }

    private static void report(Result r) throws IOException {
        String text = String.format(
                Locale.ROOT,
                """
                Inbox benchmark: %d open tasks, %d partner organisations, partner sees %s tasks
                | query | runs | p50 ms | p95 ms |
                |---|---|---|---|
                | GET /api/inbox (read model, HTTP, page of 20 + total) | %d | %.2f | %.2f |
                | engine TaskQuery with authorization (page of 20 + count) | %d | %.1f | %.1f |
                inbox throughput, %d threads: %.0f requests/s
                engine p95 / inbox p95: %.0fx
                """,
                TASKS,
                ORGANISATIONS,
                TASKS / ORGANISATIONS,
                r.inbox().runs(),
                r.inbox().p50(),
                r.inbox().p95(),
                r.engine().runs(),
                r.engine().p50(),
                r.engine().p95(),
                THREADS,
                r.throughput(),
                r.engine().p95() / r.inbox().p95());
        System.out.println(text);
        Path out = Path.of("target/benchmarks/inbox.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, text);
    }

    record Seed(UUID tenantId, UUID organisationId, UUID userId, String username, Set<String> ownTasks) {}

    record Stats(double p50, double p95, int runs) {}

    record Result(Stats inbox, Stats engine, double throughput) {}
}
