package io.crossflow.notification;

import com.fasterxml.jackson.databind.JsonNode;
import io.crossflow.notification.internal.OutboxDispatcher;
import io.crossflow.testing.Api;
import io.crossflow.testing.TestClients;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Hand-offs through the API, notification requests in a transaction, and outbox passes. */
final class NotificationFixture {

    static final String GEARBOX = "Gearbox Housing Line";

    private final TestClients clients;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final OutboxDispatcher dispatcher;

    NotificationFixture(
            TestClients clients,
            JdbcClient jdbc,
            TransactionTemplate transactions,
            ApplicationEventPublisher events,
            OutboxDispatcher dispatcher) {
        this.clients = clients;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.events = events;
        this.dispatcher = dispatcher;
    }

    UUID demoTenant() {
        return jdbc.sql("select id from ten_tenant where slug = 'demo'")
                .query(UUID.class)
                .single();
    }

    UUID user(String username) {
        return jdbc.sql("select id from idn_user where username = ?")
                .param(username)
                .query(UUID.class)
                .single();
    }

    UUID organisation(String name) {
        return jdbc.sql("select id from idn_organisation where name = ?")
                .param(name)
                .query(UUID.class)
                .single();
    }

    UUID gearbox() {
        return jdbc.sql("select id from prj_project where name = ?")
                .param(GEARBOX)
                .query(UUID.class)
                .single();
    }

    /** Publishes the requests inside one transaction, as a business action would. */
    void publish(NotificationRequested... requests) {
        publishEvents((Object[]) requests);
    }

    void publishEvents(Object... published) {
        transactions.executeWithoutResult(status -> {
            for (Object event : published) {
                events.publishEvent(event);
            }
        });
    }

    NotificationRequested generic(Set<UUID> users, String title, String dedupeKey) {
        return new NotificationRequested(
                demoTenant(),
                users,
                Set.of(),
                Set.of(),
                "TEST_" + NotificationTypes.GENERIC,
                Map.of("title", title, "text", "Body of " + title),
                "/test/" + dedupeKey,
                dedupeKey);
    }

    /** Passes at the given time until nothing more is due then, as the schedule would. */
    List<OutboxDispatcher.Pass> dispatchAt(Instant at) {
        List<OutboxDispatcher.Pass> passes = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            OutboxDispatcher.Pass pass = dispatcher.dispatchDueAt(at);
            if (pass.delivered() + pass.failed() + pass.gaveUp() == 0) {
                return passes;
            }
            passes.add(pass);
        }
        throw new AssertionError("The outbox did not drain in 100 passes");
    }

    List<OutboxDispatcher.Pass> dispatchNow() {
        return dispatchAt(Instant.now());
    }

    /** The caller's notifications whose link is the given one. */
    static List<JsonNode> notificationsLinkingTo(Api api, String link) {
        JsonNode page = api.get("/api/notifications?size=100").json();
        List<JsonNode> found = new ArrayList<>();
        page.path("items").forEach(n -> {
            if (link.equals(n.path("link").asText())) {
                found.add(n);
            }
        });
        return found;
    }
}
