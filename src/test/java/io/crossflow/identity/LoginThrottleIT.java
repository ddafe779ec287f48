package io.crossflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.crossflow.notification.internal.OutboxDispatcher;
import io.crossflow.tenancy.Tenants;
import io.crossflow.testing.Api;
import io.crossflow.testing.IntegrationTest;
import io.crossflow.testing.Outboxes;
import io.crossflow.testing.TestClients;
import io.crossflow.testing.TestMailServer;
import jakarta.mail.internet.MimeMessage;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Failed sign-ins lock one username (crossflow.identity.login: 5 failures, 15 minutes), no other;
 * the locked user is mailed a single-use unlock link; 30 failures from one client address block
 * that address, whatever the usernames. Client addresses are set through X-Forwarded-For from the
 * loopback proxy; the tests of the lock alone come from the loopback itself.
 */
@IntegrationTest
class LoginThrottleIT {

    private static final String RIGHT_PASSWORD = "right-horse-battery";

    @Autowired
    TestClients clients;

    @Autowired
    Tenants tenants;

    @Autowired
    Organisations organisations;

    @Autowired
    Users users;

    @Autowired
    OutboxDispatcher dispatcher;

    @Autowired
    JdbcClient jdbc;

    private static final Pattern UNLOCK_LINK = Pattern.compile("/unlock\\?token=([A-Za-z0-9_-]+)");

    @Test
    void fiveWrongPasswordsLockTheUsernameEvenAgainstTheRightOne() {
        String username = newUser();
        Api browser = clients.anonymous();
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(browser.signInAttempt(username, "wrong-" + attempt).status())
                    .as("attempt %d", attempt)
                    .isEqualTo(401);
        }
        // the fifth failure reaches the limit and already says so
        assertThat(browser.signInAttempt(username, "wrong-5").status()).isEqualTo(429);

        var sixth = browser.signInAttempt(username, RIGHT_PASSWORD);

        assertThat(sixth.status()).isEqualTo(429);
        assertThat(sixth.json().path("detail").asText())
                .isEqualTo("Too many failed sign-in attempts for this user. Try again in 15 minutes.");
        assertThat(sixth.headers().get("retry-after"))
                .singleElement()
                .satisfies(seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, 900L));
        assertThat(browser.get("/api/me").status()).isEqualTo(401);
    }

    @Test
    void aLockedUsernameDoesNotLockOthers() {
        String locked = newUser();
        String other = newUser();
        for (int attempt = 1; attempt <= 5; attempt++) {
            clients.anonymous().signInAttempt(locked, "wrong");
        }
        assertThat(clients.anonymous().signInAttempt(locked, RIGHT_PASSWORD).status())
                .isEqualTo(429);

        var otherSignIn = clients.anonymous().signInAttempt(other, RIGHT_PASSWORD);

        assertThat(otherSignIn.status()).isEqualTo(200);
        assertThat(clients.freshSession("engineer").get("/api/me").status()).isEqualTo(200);
    }

    @Test
    void aUserLockedOutBySomeoneElseIsMailedALinkThatUnlocksOnce() throws Exception {
        String username = newUser();
        String email = username + "@example.test";
        Api attacker = clients.anonymous().from("198.51.100.7");
        for (int attempt = 1; attempt <= 5; attempt++) {
            attacker.signInAttempt(username, "guess-" + attempt);
        }
        Api owner = clients.anonymous().from("203.0.113.9");
        assertThat(owner.signInAttempt(username, RIGHT_PASSWORD).status()).isEqualTo(429);

        Outboxes.drain(dispatcher);
        List<MimeMessage> mails = TestMailServer.get().messagesTo(email);
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject()).isEqualTo("Your Crossflow account was locked");
        String text = mails.get(0).getContent().toString();
        assertThat(text).contains("open the link below within 60 minutes");
        String token = token(text);
        // only the secret's hash is kept
        assertThat(jdbc.sql("select count(*) from idn_unlock_token where token_hash = ?")
                        .param(sha256(token))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from idn_unlock_token where token_hash like ? or username like ?")
                        .params("%" + token + "%", "%" + token + "%")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from ntf_outbox where link like ?")
                        .param("%" + token + "%")
                        .query(Long.class)
                        .single())
                .as("the delivered mail's link is not kept in the outbox")
                .isZero();

        // opening the link only asks; a scanner fetching it spends nothing
        Api.Response page = owner.speaking("zh-CN").get("/unlock?token=" + token);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("解锁您的账户").contains("<button type=\"submit\">解锁我的账户</button>");
        assertThat(owner.signInAttempt(username, RIGHT_PASSWORD).status()).isEqualTo(429);

        Api.Response unlocked = unlock(owner, token);

        assertThat(unlocked.status()).isEqualTo(200);
        assertThat(unlocked.body()).contains("Your account is unlocked");
        assertThat(owner.signInAttempt(username, RIGHT_PASSWORD).status()).isEqualTo(200);
        assertThat(owner.get("/api/me").json().path("username").asText()).isEqualTo(username);

        Api.Response again = unlock(clients.anonymous(), token);
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.body()).contains("This link no longer works");
    }

    @Test
    void anUnlockLinkPastItsHourNoLongerUnlocks() throws Exception {
        String username = newUser();
        Api attacker = clients.anonymous().from("198.51.100.8");
        for (int attempt = 1; attempt <= 5; attempt++) {
            attacker.signInAttempt(username, "guess-" + attempt);
        }
        Outboxes.drain(dispatcher);
        String token = token(TestMailServer.get()
                .messagesTo(username + "@example.test")
                .get(0)
                .getContent()
                .toString());
        // the link was issued 61 minutes ago
        jdbc.sql("""
                        update idn_unlock_token set created_at = now() - interval '61 minutes',
                                                    expires_at = now() - interval '1 minute'
                         where token_hash = ?""").param(sha256(token)).update();
        Api owner = clients.anonymous().from("203.0.113.10");

        Api.Response expired = unlock(owner, token);

        assertThat(expired.status()).isEqualTo(400);
        assertThat(expired.body()).contains("This link no longer works");
        assertThat(owner.signInAttempt(username, RIGHT_PASSWORD).status()).isEqualTo(429);
        assertThat(unlock(owner, "not-a-token").status()).isEqualTo(400);
    }

    @Test
    void thirtyFailuresFromOneAddressBlockItWhileTheUserStillSignsInFromAnother() {
        String victim = newUser();
        Api attacker = clients.anonymous().from("198.51.100.66");
        for (int attempt = 1; attempt <= 29; attempt++) {
            // a different name each time: no username reaches its own limit
            assertThat(attacker.signInAttempt("spray-" + UUID.randomUUID(), "Winter2026!")
                            .status())
                    .as("attempt %d", attempt)
                    .isEqualTo(401);
        }
        assertThat(attacker.signInAttempt("spray-" + UUID.randomUUID(), "Winter2026!")
                        .status())
                .isEqualTo(429);

        Api.Response blocked = attacker.signInAttempt(victim, RIGHT_PASSWORD);

        assertThat(blocked.status()).isEqualTo(429);
        assertThat(blocked.json().path("detail").asText())
                .isEqualTo("Too many failed sign-in attempts from your network address. Try again in 15 minutes.");
        assertThat(blocked.headers().get("retry-after"))
                .singleElement()
                .satisfies(seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, 900L));
        Api fromElsewhere = clients.anonymous().from("203.0.113.77");
        assertThat(fromElsewhere.signInAttempt(victim, RIGHT_PASSWORD).status()).isEqualTo(200);
        assertThat(fromElsewhere.get("/api/me").status()).isEqualTo(200);
    }

    private static Api.Response unlock(Api browser, String token) {
        browser.get("/api/me"); // the XSRF-TOKEN cookie, as the page's form would carry its token
        String form = "token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
        return browser.send(browser.multipartRequest("/unlock", Map.of(), null, null)
                .setHeader("Content-Type", "application/x-www-form-urlencoded")
                .setHeader("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    private static String token(String mailText) {
        Matcher m = UNLOCK_LINK.matcher(mailText);
        assertThat(m.find()).as(mailText).isTrue();
        return m.group(1);
    }

    private static String sha256(String token) throws Exception {
        return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    }

    private String newUser() {
        UUID tenant = tenants.findBySlug("demo").orElseThrow().id();
        UUID host = organisations
                .findByName(tenant, "Demo Manufacturing")
                .orElseThrow()
                .id();
        String username = "throttle-" + UUID.randomUUID();
        users.create(new Users.NewUser(
                tenant,
                host,
                username,
                username + "@example.test",
                "Throttle Test",
                RIGHT_PASSWORD,
                "en",
                EnumSet.of(Capability.MEMBER),
                false));
        return username;
    }
}
