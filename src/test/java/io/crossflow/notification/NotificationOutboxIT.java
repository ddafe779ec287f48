package io.crossflow.notification;

import static io.crossflow.notification.NotificationFixture.notificationsLinkingTo;
import static io.crossflow.testing.HandoffFixture.onlyTask;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.crossflow.notification.internal.OutboxDispatcher;
import io.crossflow.project.WorkPackageOverdue;
import io.crossflow.project.WorkPackageReminderDue;
import io.crossflow.testing.Api;
import io.crossflow.testing.HandoffFixture;
import io.crossflow.testing.IntegrationTest;
import io.crossflow.testing.TestClients;
import io.crossflow.testing.TestMailServer;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The outbox: written with the business action, delivered after it, once per recipient and channel. */
@IntegrationTest
class NotificationOutboxIT {

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
    NotificationProperties settings;

    NotificationFixture fixture;

    @BeforeEach
    void setUp() {
        fixture =
                new NotificationFixture(clients, jdbc, new TransactionTemplate(transactionManager), events, dispatcher);
        fixture.dispatchNow(); // whatever other tests left behind
    }

    @AfterEach
    void mailServerIsUpAgain() {
        MAIL.start();
    }

    @Test
    void handoffOfferedToSupplierANotifiesItsUsersInAppAndByMailInTheirLanguage() throws Exception {
        String title = "Notified flanges " + UUID.randomUUID();
        String item = new HandoffFixture(clients).handedOffToSupplierA(title);
        String task = onlyTask(clients.as("supplier-a"), item);
        String subject = "New task for you: Accept work package — " + title + " (" + gearboxKey() + ")";
        String link = "/inbox/" + task;

        fixture.dispatchNow();

        List<JsonNode> inApp = notificationsLinkingTo(clients.as("supplier-a"), link);
        assertThat(inApp).hasSize(1);
        assertThat(inApp.get(0).path("type").asText()).isEqualTo("TASK_OFFERED");
        assertThat(inApp.get(0).path("title").asText()).isEqualTo(subject);
        assertThat(inApp.get(0).path("readAt").isMissingNode()).isTrue();
        for (String outsider : List.of("supplier-b", "customer", "pm", "engineer")) {
            assertThat(notificationsLinkingTo(clients.as(outsider), link))
                    .as(outsider)
                    .isEmpty();
        }

        List<MimeMessage> mails = mailsLinkingTo("supplier-a@demo.example", link);
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject()).isEqualTo(subject);
        assertThat(text(mails.get(0))).contains("Accept work package", NotificationFixture.GEARBOX);
        assertThat(mailsLinkingTo("supplier-b@demo.example", link)).isEmpty();
    }

    @Test
    void reviewTaskReachesTheChineseSpeakingManagerInChinese() throws Exception {
        String title = "Reviewed flanges " + UUID.randomUUID();
        String item = new HandoffFixture(clients).handedOffToSupplierA(title);
        String subject = "您有新任务：审核交付 — " + title + "（" + gearboxKey() + "）";
        Api supplier = clients.as("supplier-a");
        String accept = onlyTask(supplier, item);
        assertThat(supplier.post("/api/tasks/" + accept + "/complete", Map.of("decision", "accept"))
                        .status())
                .isEqualTo(204);
        String deliver = onlyTask(supplier, item);
        assertThat(supplier.post("/api/tasks/" + deliver + "/complete", Map.of("deliverableReference", "DOC-7"))
                        .status())
                .isEqualTo(204);
        String review = onlyTask(clients.as("pm"), item);

        fixture.dispatchNow();

        List<MimeMessage> mails = mailsLinkingTo("pm@demo.example", "/inbox/" + review);
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject()).isEqualTo(subject);
        assertThat(text(mails.get(0)))
                .contains("项目“" + NotificationFixture.GEARBOX + "”")
                .contains("“审核交付”（工作包交接）")
                .doesNotContain("Review delivery", "Work package hand-off");
        List<JsonNode> inApp = notificationsLinkingTo(clients.as("pm"), "/inbox/" + review);
        assertThat(inApp).hasSize(1);
        assertThat(inApp.get(0).path("title").asText()).isEqualTo(subject);
    }

    @Test
    void deliversEachMailOnceWhenTheMailServerIsDownForAWhile() throws Exception {
        MAIL.stop();
        String item = new HandoffFixture(clients).handedOffToSupplierA("Outage flanges " + UUID.randomUUID());
        String task = onlyTask(clients.as("supplier-a"), item);
        String key = "task-offered:" + task;

        Instant firstPass = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        List<OutboxDispatcher.Pass> passes = fixture.dispatchAt(firstPass);

        assertThat(passes.stream().mapToInt(OutboxDispatcher.Pass::failed).sum())
                .isPositive();
        Map<String, Object> row = emailRow(key, "supplier-a");
        assertThat(row.get("status")).isEqualTo("PENDING");
        assertThat(row.get("attempts")).isEqualTo(1);
        assertThat((String) row.get("last_error")).isNotBlank();
        assertThat(((java.sql.Timestamp) row.get("next_attempt_at")).toInstant())
                .isAfterOrEqualTo(firstPass.plus(settings.retryDelay()));
        assertThat(notificationsLinkingTo(clients.as("supplier-a"), "/inbox/" + task))
                .as("the business action and the in-app channel went ahead")
                .hasSize(1);

        MAIL.start();
        fixture.dispatchNow();
        assertThat(mailsLinkingTo("supplier-a@demo.example", "/inbox/" + task))
                .as("not retried before its back-off")
                .isEmpty();

        fixture.dispatchAt(firstPass.plus(settings.maxRetryDelay()));
        fixture.dispatchAt(firstPass.plus(settings.maxRetryDelay().multipliedBy(2)));

        assertThat(mailsLinkingTo("supplier-a@demo.example", "/inbox/" + task)).hasSize(1);
        assertThat(emailRow(key, "supplier-a").get("status")).isEqualTo("SENT");
        assertThat(emailRow(key, "supplier-a").get("attempts")).isEqualTo(2);
        assertThat(notificationsLinkingTo(clients.as("supplier-a"), "/inbox/" + task))
                .hasSize(1);
    }

    @Test
    void handoffReminderGoesToThePartnerAndOverdueEscalationToTheManagers() throws Exception {
        String item = new HandoffFixture(clients).handedOffToSupplierA("Late flanges " + UUID.randomUUID());
        UUID workItem = UUID.fromString(item);
        UUID supplierA = fixture.organisation("Precision Parts Ltd");
        String link = "/projects/" + fixture.gearbox() + "/work-items/" + item;
        // what the hand-off process's timers publish, in one transaction each
        fixture.publishEvents(new WorkPackageReminderDue(fixture.demoTenant(), fixture.gearbox(), workItem, supplierA));
        fixture.publishEvents(new WorkPackageOverdue(fixture.demoTenant(), fixture.gearbox(), workItem, supplierA));

        fixture.dispatchNow();

        List<MimeMessage> reminders = mailsLinkingTo("supplier-a@demo.example", link);
        assertThat(reminders).hasSize(1);
        assertThat(reminders.get(0).getSubject())
                .startsWith("Reminder: \"Late flanges")
                .endsWith("is due soon");
        List<MimeMessage> escalations = mailsLinkingTo("pm@demo.example", link);
        assertThat(escalations).hasSize(1);
        assertThat(escalations.get(0).getSubject()).startsWith("已逾期：“Late flanges");
        assertThat(text(escalations.get(0))).contains("Precision Parts Ltd");
        for (String outsider : List.of("supplier-b", "customer", "engineer")) {
            assertThat(notificationsLinkingTo(clients.as(outsider), link))
                    .as(outsider)
                    .isEmpty();
        }
        assertThat(notificationsLinkingTo(clients.as("supplier-a"), link)).hasSize(1);
        assertThat(notificationsLinkingTo(clients.as("pm"), link)).hasSize(1);
    }

    @Test
    void givesUpAfterTheLastAttemptAndRecordsIt() {
        MAIL.stop();
        String key = "give-up-" + UUID.randomUUID();
        fixture.publish(fixture.generic(Set.of(fixture.user("engineer")), "Never mailed " + key, key));

        Instant at = Instant.now();
        for (int attempt = 1; attempt <= settings.maxAttempts() + 1; attempt++) {
            fixture.dispatchAt(at);
            at = at.plus(settings.maxRetryDelay()).plus(Duration.ofSeconds(1));
        }

        Map<String, Object> row = emailRow(key, "engineer");
        assertThat(row.get("status")).isEqualTo("GAVE_UP");
        assertThat(row.get("attempts")).isEqualTo(settings.maxAttempts());
        MAIL.start();
        fixture.dispatchAt(at.plus(Duration.ofDays(1)));
        assertThat(mailsLinkingTo("engineer@demo.example", "/test/" + key)).isEmpty();
    }

    @Test
    void aDuplicateRequestWithTheSameDedupeKeyNotifiesOnce() throws Exception {
        String key = "duplicate-" + UUID.randomUUID();
        NotificationRequested request = fixture.generic(Set.of(fixture.user("supplier-b")), "Once " + key, key);
        fixture.publish(request, request);
        fixture.dispatchNow();
        fixture.publish(request);
        fixture.dispatchNow();

        assertThat(notificationsLinkingTo(clients.as("supplier-b"), "/test/" + key))
                .hasSize(1);
        List<MimeMessage> mails = mailsLinkingTo("supplier-b@demo.example", "/test/" + key);
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject()).isEqualTo("Once " + key);
    }

    @Test
    void organisationsAndProjectRolesReachTheirEnabledUsersOnly() throws Exception {
        String key = "groups-" + UUID.randomUUID();
        NotificationRequested request = new NotificationRequested(
                fixture.demoTenant(),
                Set.of(),
                Set.of(fixture.organisation("Northwind Motors")),
                Set.of("project:" + fixture.gearbox() + ":MEMBER"),
                "TEST_GROUPS",
                Map.of("title", "Groups " + key),
                "/test/" + key,
                key);
        fixture.publish(request);
        fixture.dispatchNow();

        for (String reached : List.of("customer", "pm", "engineer", "admin")) {
            assertThat(notificationsLinkingTo(clients.as(reached), "/test/" + key))
                    .as(reached)
                    .hasSize(1);
        }
        for (String outsider : List.of("supplier-a", "supplier-b", "operator", "other-pm")) {
            assertThat(notificationsLinkingTo(clients.as(outsider), "/test/" + key))
                    .as(outsider)
                    .isEmpty();
        }
    }

    @Test
    void aRolledBackTransactionNotifiesNobody() {
        String key = "rolled-back-" + UUID.randomUUID();
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            events.publishEvent(fixture.generic(Set.of(fixture.user("supplier-a")), "Never " + key, key));
            status.setRollbackOnly();
        });
        fixture.dispatchNow();

        assertThat(jdbc.sql("select count(*) from ntf_outbox where dedupe_key = ?")
                        .param(key)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(notificationsLinkingTo(clients.as("supplier-a"), "/test/" + key))
                .isEmpty();
        assertThat(mailsLinkingTo("supplier-a@demo.example", "/test/" + key)).isEmpty();
    }

    /** The e-mail row of the key to the user: other tests may have brought more people into its organisation. */
    private Map<String, Object> emailRow(String dedupeKey, String username) {
        return jdbc.sql("select status, attempts, next_attempt_at, last_error from ntf_outbox"
                        + " where dedupe_key = ? and channel = 'EMAIL'"
                        + " and recipient_id = (select id from idn_user where username = ?)")
                .params(dedupeKey, username)
                .query()
                .singleRow();
    }

    private static List<MimeMessage> mailsLinkingTo(String address, String link) {
        return MAIL.messagesTo(address).stream()
                .filter(m -> text(m).contains(link))
                .toList();
    }

    private static String text(MimeMessage message) {
        try {
            Object content = message.getContent();
            return content instanceof String s ? s : String.valueOf(content);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The code of the demo's Gearbox project, which task notifications name beside the work item. */
    private String gearboxKey() {
        HandoffFixture handoffs = new HandoffFixture(clients);
        return clients.as("pm")
                .get("/api/projects/" + handoffs.projectId(NotificationFixture.GEARBOX))
                .json()
                .path("key")
                .asText();
    }
}
