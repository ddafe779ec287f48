package io.crossflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.crossflow.notification.internal.OutboxDispatcher;
import io.crossflow.testing.Api;
import io.crossflow.testing.IntegrationTest;
import io.crossflow.testing.TestClients;
import io.crossflow.testing.TestMailServer;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A person turns e-mail off for a kind of notification: those notifications still reach the list in
 * the app but no mail goes out, the other kinds keep mailing, and a refused change saves nothing.
 */
@IntegrationTest
class NotificationPreferencesIT {

    private static final TestMailServer MAIL = TestMailServer.get();
    private static final String PASSWORD = "preferences-it-password-2026";
    private static final String PATH = "/api/me/notification-preferences";

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

    NotificationFixture fixture;

    @BeforeEach
    void setUp() {
        fixture =
                new NotificationFixture(clients, jdbc, new TransactionTemplate(transactionManager), events, dispatcher);
        fixture.dispatchNow();
    }

    @Test
    void everyKindMailsUntilItsOwnerTurnsItOff() {
        String username = freshStaff();
        Api me = Api.signIn(clients.baseUrl(), username, PASSWORD);

        JsonNode initial = me.get(PATH).json();
        assertThat(initial.path("channels").findValuesAsText("channel")).containsExactly("IN_APP", "EMAIL");
        assertThat(initial.path("channels").get(1).path("address").asText()).isEqualTo(username + "@prefs.example");
        assertThat(initial.path("categories")).allSatisfy(c -> {
            assertThat(c.path("enabled").path("IN_APP").asBoolean()).isTrue();
            assertThat(c.path("enabled").path("EMAIL").asBoolean()).isTrue();
        });

        Api.Response saved = me.put(PATH, Map.of("choices", List.of(choice("TASKS", "EMAIL", false))));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(enabled(saved.json(), "TASKS", "EMAIL")).isFalse();
        assertThat(enabled(me.get(PATH).json(), "TASKS", "EMAIL")).isFalse();
        assertThat(enabled(me.get(PATH).json(), "ESCALATIONS", "EMAIL")).isTrue();

        UUID user = fixture.user(username);
        String offered = "offered " + UUID.randomUUID();
        String escalated = "escalated " + UUID.randomUUID();
        fixture.publish(
                request(user, NotificationTypes.TASK_OFFERED, offered),
                request(user, NotificationTypes.TASK_ESCALATED, escalated));
        fixture.dispatchNow();

        assertThat(notificationsNaming(me, offered))
                .as("in the app, whatever the choice")
                .hasSize(1);
        assertThat(notificationsNaming(me, escalated)).hasSize(1);
        assertThat(mailsNaming(username + "@prefs.example", offered))
                .as("e-mail turned off")
                .isEmpty();
        assertThat(mailsNaming(username + "@prefs.example", escalated)).hasSize(1);

        assertThat(me.put(PATH, Map.of("choices", List.of(choice("TASKS", "EMAIL", true))))
                        .status())
                .isEqualTo(200);
        String again = "/inbox/prefs-" + UUID.randomUUID();
        fixture.publish(request(user, NotificationTypes.TASK_ASSIGNED, again));
        fixture.dispatchNow();
        assertThat(mailsNaming(username + "@prefs.example", again))
                .as("on again")
                .hasSize(1);
    }

    @Test
    void aRefusedChangeSavesNothingAndSaysWhichChoiceIsWrong() {
        String username = freshStaff();
        Api me = Api.signIn(clients.baseUrl(), username, PASSWORD);

        Api.Response refused = me.put(
                PATH,
                Map.of(
                        "choices",
                        List.of(
                                choice("TASKS", "EMAIL", false),
                                choice("HOLIDAYS", "EMAIL", false),
                                choice("ESCALATIONS", "IN_APP", false))));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.json().path("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("choices[1].category", "choices[2].channel");
        assertThat(enabled(me.get(PATH).json(), "TASKS", "EMAIL"))
                .as("the valid first choice was not saved either")
                .isTrue();
        assertThat(me.put(PATH, Map.of("choices", List.of())).status()).isEqualTo(400);
    }

    @Test
    void aChineseReaderIsToldInChinese() {
        String username = freshStaff();
        Api me = Api.signIn(clients.baseUrl(), username, PASSWORD);
        Api.Response refused =
                me.speaking("zh-CN").put(PATH, Map.of("choices", List.of(choice("TASKS", "IN_APP", false))));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("errors").get(0).path("message").asText())
                .isEqualTo("应用内的通知列表始终接收全部通知。");
    }

    private static Map<String, Object> choice(String category, String channel, boolean enabled) {
        return Map.of("category", category, "channel", channel, "enabled", enabled);
    }

    private static boolean enabled(JsonNode view, String category, String channel) {
        for (JsonNode c : view.path("categories")) {
            if (c.path("category").asText().equals(category)) {
                return c.path("enabled").path(channel).asBoolean();
            }
        }
        throw new AssertionError("no category " + category + " in " + view);
    }

    /** A notification of the type naming the task {@code marker}, which its title and mail subject then carry. */
    private NotificationRequested request(UUID user, String type, String marker) {
        return new NotificationRequested(
                fixture.demoTenant(),
                Set.of(user),
                Set.of(),
                Set.of(),
                type,
                Map.of("task", marker, "process", "Hand-off", "project", "Gearbox"),
                null,
                "prefs:" + marker);
    }

    private static List<JsonNode> notificationsNaming(Api api, String marker) {
        List<JsonNode> found = new java.util.ArrayList<>();
        api.get("/api/notifications?size=100").json().path("items").forEach(n -> {
            if (n.path("title").asText().contains(marker)) {
                found.add(n);
            }
        });
        return found;
    }

    private String freshStaff() {
        String username = "prefs-" + UUID.randomUUID().toString().substring(0, 8);
        String organisation = jdbc.sql("select organisation_id from idn_user where username = 'engineer'")
                .query(String.class)
                .single();
        Api.Response created = clients.as("admin")
                .post(
                        "/api/admin/users",
                        Map.of(
                                "username",
                                username,
                                "displayName",
                                "Petra Prefs",
                                "email",
                                username + "@prefs.example",
                                "organisationId",
                                organisation,
                                "capabilities",
                                List.of("MEMBER"),
                                "password",
                                PASSWORD));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return username;
    }

    private static List<?> mailsNaming(String address, String marker) {
        return MAIL.messagesTo(address).stream()
                .filter(m -> {
                    try {
                        return m.getSubject().contains(marker);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }
}
