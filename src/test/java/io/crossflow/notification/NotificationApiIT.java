package io.crossflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.crossflow.identity.Capability;
import io.crossflow.identity.Users;
import io.crossflow.notification.internal.OutboxDispatcher;
import io.crossflow.testing.Api;
import io.crossflow.testing.IntegrationTest;
import io.crossflow.testing.TestClients;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The caller's notification list, its unread count, marking read, and the live stream. */
@IntegrationTest
class NotificationApiIT {

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
    Users users;

    NotificationFixture fixture;
    UUID userId;
    String username;
    Api api;

    /** A new partner user nobody else notifies, so its counts are exact. */
    @BeforeEach
    void freshUser() {
        fixture =
                new NotificationFixture(clients, jdbc, new TransactionTemplate(transactionManager), events, dispatcher);
        username = "notify-" + UUID.randomUUID().toString().substring(0, 8);
        userId = users.create(new Users.NewUser(
                fixture.demoTenant(),
                fixture.organisation("Rapid Castings Co"),
                username,
                null,
                "Nora Notified",
                TestClients.PASSWORD,
                "en",
                Set.of(Capability.PARTNER_MEMBER),
                false));
        api = clients.freshSession(username);
    }

    @Test
    void listsCountsAndMarksTheCallersNotificationsRead() {
        notify("First");
        notify("Second");
        notify("Third");

        JsonNode page = api.get("/api/notifications").json();
        assertThat(page.path("total").asLong()).isEqualTo(3);
        assertThat(page.path("unread").asLong()).isEqualTo(3);
        assertThat(titles(page)).containsExactlyInAnyOrder("First", "Second", "Third");
        assertThat(unreadCount()).isEqualTo(3);

        String first = idOf(page, "First");
        assertThat(api.post("/api/notifications/" + first + "/read", null).status())
                .isEqualTo(204);
        assertThat(unreadCount()).isEqualTo(2);
        JsonNode unread = api.get("/api/notifications?unread=true").json();
        assertThat(titles(unread)).containsExactlyInAnyOrder("Second", "Third");
        JsonNode read = api.get("/api/notifications").json();
        assertThat(read.path("items").findValues("readAt")).as("one read").hasSize(1);

        JsonNode secondPage = api.get("/api/notifications?page=1&size=2").json();
        assertThat(secondPage.path("items")).hasSize(1);
        assertThat(secondPage.path("total").asLong()).isEqualTo(3);

        assertThat(api.post("/api/notifications/read-all", null).status()).isEqualTo(204);
        assertThat(unreadCount()).isZero();
        assertThat(api.get("/api/notifications?unread=true")
                        .json()
                        .path("total")
                        .asLong())
                .isZero();
    }

    @Test
    void anotherUsersNotificationAnswers404() {
        notify("Private");
        String id = idOf(api.get("/api/notifications").json(), "Private");

        for (String other : List.of("supplier-b", "pm", "other-pm")) {
            Api.Response response = clients.as(other).post("/api/notifications/" + id + "/read", null);
            assertThat(response.status()).as(other).isEqualTo(404);
            assertThat(response.json().path("detail").asText()).isEqualTo("Notification not found");
        }
        assertThat(api.post("/api/notifications/" + UUID.randomUUID() + "/read", null)
                        .status())
                .isEqualTo(404);
        assertThat(unreadCount()).as("still unread").isEqualTo(1);
    }

    @Test
    void invalidPagingAnswers400() {
        assertThat(api.get("/api/notifications?size=1000").status()).isEqualTo(400);
        assertThat(api.get("/api/notifications?page=-1").status()).isEqualTo(400);
    }

    @Test
    void streamPushesNewNotificationsAndTheUnreadCount() throws Exception {
        notify("Before");
        Api.Response created =
                api.post("/api/tokens", Map.of("name", "stream", "scopes", List.of("read"), "expiresInDays", 1));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String token = created.json().path("token").asText();

        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        HttpResponse<Stream<String>> stream = http.send(
                HttpRequest.newBuilder(URI.create(clients.baseUrl() + "/api/notifications/stream"))
                        .header("Accept", "text/event-stream")
                        .header("Authorization", "Bearer " + token)
                        .timeout(Duration.ofSeconds(20))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofLines());
        try {
            assertThat(stream.statusCode()).isEqualTo(200);
            assertThat(stream.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("text/event-stream"));
            BlockingQueue<String> lines = new LinkedBlockingQueue<>();
            CompletableFuture.runAsync(() -> stream.body().forEach(lines::add));

            assertThat(nextData(lines, "unread-count")).contains("\"unread\":1");

            notify("Live news");

            String pushed = nextData(lines, "notification");
            assertThat(pushed).contains("\"title\":\"Live news\"", "\"type\":\"TEST_GENERIC\"");
            assertThat(nextData(lines, "unread-count")).contains("\"unread\":2");

            assertThat(api.post("/api/notifications/read-all", null).status()).isEqualTo(204);
            assertThat(nextData(lines, "unread-count")).contains("\"unread\":0");
        } finally {
            stream.body().close();
        }
    }

    @Test
    void streamIsOnlyServedAsEventStream() {
        Api.Response response = api.get("/api/notifications/stream");
        assertThat(response.status()).isEqualTo(406);
        assertThat(response.body()).contains("\"detail\"");
        assertThat(clients.anonymous().get("/api/notifications/stream").status())
                .isEqualTo(401);
    }

    /** The data of the next event of that name, waiting at most 15 s for it. */
    private static String nextData(BlockingQueue<String> lines, String event) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        boolean inEvent = false;
        while (true) {
            long left = deadline - System.nanoTime();
            String line = left <= 0 ? null : lines.poll(left, TimeUnit.NANOSECONDS);
            if (line == null) {
                throw new AssertionError("No '" + event + "' event within 15 s");
            }
            if (line.startsWith("event:")) {
                inEvent = line.substring("event:".length()).strip().equals(event);
            } else if (inEvent && line.startsWith("data:")) {
                return line.substring("data:".length());
            }
        }
    }

    private void notify(String title) {
        String key = "api-" + UUID.randomUUID();
        fixture.publish(fixture.generic(Set.of(userId), title, key));
        fixture.dispatchNow();
    }

    private long unreadCount() {
        return api.get("/api/notifications/unread-count").json().path("unread").asLong();
    }

    private static List<String> titles(JsonNode page) {
        List<String> titles = new ArrayList<>();
        page.path("items").forEach(item -> titles.add(item.path("title").asText()));
        return titles;
    }

    private static String idOf(JsonNode page, String title) {
        for (JsonNode item : page.path("items")) {
            if (item.path("title").asText().equals(title)) {
                return item.path("id").asText();
            }
        }
        throw new AssertionError("No notification " + title + " in " + page);
    }
}
