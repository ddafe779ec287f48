package io.crossflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.crossflow.notification.internal.OutboxDispatcher;
import io.crossflow.testing.Api;
import io.crossflow.testing.IntegrationTest;
import io.crossflow.testing.Outboxes;
import io.crossflow.testing.TestClients;
import io.crossflow.testing.TestMailServer;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A forgotten password is reset by e-mail, once; a known one is changed knowing it. */
@IntegrationTest
class PasswordIT {

    private static final Pattern LINK = Pattern.compile("/password-reset/([A-Za-z0-9_-]{20,})");
    private static final String OLD = "granite-harbour-19-lamp";
    private static final String NEW = "copper-meadow-88-quiet";

    @Autowired
    TestClients clients;

    @Autowired
    OutboxDispatcher dispatcher;

    @Autowired
    JdbcClient jdbc;

    String username;
    String email;

    @BeforeEach
    void aUserWithAPassword() {
        TestMailServer.get().start();
        username = "forgetful-" + UUID.randomUUID().toString().substring(0, 8);
        email = username + "@example.com";
        String supplierA = clients.as("supplier-a")
                .get("/api/me")
                .json()
                .path("organisation")
                .path("id")
                .asText();
        Api.Response created = clients.as("admin")
                .post(
                        "/api/admin/users",
                        Map.of(
                                "username", username,
                                "displayName", "Forgetful",
                                "email", email,
                                "organisationId", supplierA,
                                "capabilities", List.of("PARTNER_MEMBER"),
                                "password", OLD));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
    }

    @Test
    void aForgottenPasswordIsResetFromTheMailedLinkOnce() {
        Api stranger = anonymous();
        assertThat(stranger.post("/api/password-reset", Map.of("email", email.toUpperCase()))
                        .status())
                .isEqualTo(202);
        String token = token(mailTo(email));
        assertThat(jdbc.sql("select count(*) from idn_password_reset where token_hash like ?")
                        .param("%" + token + "%")
                        .query(Long.class)
                        .single())
                .as("only the secret's hash is kept")
                .isZero();

        Api.Response weak = stranger.post("/api/password-reset/" + token, Map.of("password", "short"));
        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.json().path("errors").get(0).path("field").asText()).isEqualTo("password");

        assertThat(stranger.post("/api/password-reset/" + token, Map.of("password", NEW))
                        .status())
                .as("a refused password leaves the link usable")
                .isEqualTo(204);
        assertThat(anonymous().signInAttempt(username, OLD).status()).isEqualTo(401);
        assertThat(Api.signIn(clients.baseUrl(), username, NEW).get("/api/me").status())
                .isEqualTo(200);

        Api.Response again = stranger.post("/api/password-reset/" + token, Map.of("password", NEW + "-again"));
        assertThat(again.status()).isEqualTo(410);
        assertThat(again.json().path("detail").asText()).contains("used already");
    }

    @Test
    void theAdminSendsAResetLinkThePersonChoosesThePassword() {
        String userId = clients.as("admin")
                .get("/api/admin/users?q=" + username)
                .json()
                .get(0)
                .path("id")
                .asText();
        assertThat(clients.as("supplier-a")
                        .post("/api/admin/users/" + userId + "/password-reset", null)
                        .status())
                .as("only tenant admins")
                .isEqualTo(403);
        assertThat(clients.as("other-pm")
                        .post("/api/admin/users/" + userId + "/password-reset", null)
                        .status())
                .isEqualTo(403);
        Api admin = clients.as("admin");
        assertThat(admin.post("/api/admin/users/" + UUID.randomUUID() + "/password-reset", null)
                        .status())
                .isEqualTo(404);

        assertThat(admin.post("/api/admin/users/" + userId + "/password-reset", null)
                        .status())
                .isEqualTo(202);
        String token = token(mailTo(email));
        Api.Response twice = admin.speaking("zh-CN").post("/api/admin/users/" + userId + "/password-reset", null);
        assertThat(twice.status()).as("a second click a moment later").isEqualTo(409);
        assertThat(twice.json().path("detail").asText()).contains("刚刚已向此用户发送过重置链接");

        assertThat(anonymous()
                        .post("/api/password-reset/" + token, Map.of("password", NEW))
                        .status())
                .isEqualTo(204);
        assertThat(Api.signIn(clients.baseUrl(), username, NEW).get("/api/me").status())
                .isEqualTo(200);
        assertThat(admin.get("/api/admin/audit?objectId=" + userId)
                        .json()
                        .path("items")
                        .findValuesAsText("action"))
                .contains("PASSWORD_RESET_REQUESTED");
    }

    @Test
    void anExpiredLinkAnswers410AndChangesNothing() {
        anonymous().post("/api/password-reset", Map.of("email", email));
        String token = token(mailTo(email));
        jdbc.sql("update idn_password_reset set expires_at = now() - interval '1 second' where user_id ="
                        + " (select id from idn_user where username = ?)")
                .param(username)
                .update();

        Api.Response expired = anonymous().post("/api/password-reset/" + token, Map.of("password", NEW));

        assertThat(expired.status()).isEqualTo(410);
        assertThat(expired.json().path("detail").asText()).contains("expired");
        assertThat(Api.signIn(clients.baseUrl(), username, OLD).get("/api/me").status())
                .isEqualTo(200);
    }

    @Test
    void anUnknownAddressGetsTheSameAnswerAndNoMail() {
        String nobody = "nobody-" + UUID.randomUUID() + "@example.com";
        assertThat(anonymous()
                        .post("/api/password-reset", Map.of("email", nobody))
                        .status())
                .isEqualTo(202);
        Outboxes.drain(dispatcher);
        assertThat(TestMailServer.get().messagesTo(nobody)).isEmpty();
    }

    @Test
    void askingTwiceInAMomentSendsOneMail() {
        anonymous().post("/api/password-reset", Map.of("email", email));
        anonymous().post("/api/password-reset", Map.of("email", email));
        mailTo(email);
    }

    @Test
    void aSignedInUserChangesItsPasswordOnlyKnowingTheCurrentOne() {
        Api user = Api.signIn(clients.baseUrl(), username, OLD);
        Api.Response wrong = user.post("/api/me/password", Map.of("currentPassword", "guess", "newPassword", NEW));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.json().path("errors").get(0).path("field").asText()).isEqualTo("currentPassword");

        Api.Response weak =
                user.post("/api/me/password", Map.of("currentPassword", OLD, "newPassword", username + "-2026"));
        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.json().path("errors").get(0).path("message").asText()).contains("username");

        assertThat(user.post("/api/me/password", Map.of("currentPassword", OLD, "newPassword", NEW))
                        .status())
                .isEqualTo(204);
        assertThat(anonymous().signInAttempt(username, OLD).status()).isEqualTo(401);
        assertThat(Api.signIn(clients.baseUrl(), username, NEW).get("/api/me").status())
                .isEqualTo(200);
    }

    /**
     * Whoever holds a stolen session must not guess the password through the steps that ask for it
     * again: those guesses count as failed sign-ins and lock the account like them.
     */
    @Test
    void guessingTheCurrentPasswordInASessionLocksTheAccountLikeFailedSignIns() {
        Api session = Api.signIn(clients.baseUrl(), username, OLD).from("198.51.100.41");
        for (int i = 1; i <= 5; i++) {
            Api.Response guess =
                    session.post("/api/me/password", Map.of("currentPassword", "guess-" + i, "newPassword", NEW));
            assertThat(guess.status()).as("guess %d", i).isEqualTo(400);
        }
        Api.Response locked = session.post("/api/me/password", Map.of("currentPassword", OLD, "newPassword", NEW));
        assertThat(locked.status())
                .as("locked: even the right password is not looked at")
                .isEqualTo(429);
        assertThat(locked.headers().keySet()).anyMatch("Retry-After"::equalsIgnoreCase);
        assertThat(anonymous().signInAttempt(username, OLD).status())
                .as("the account's sign-in is locked as well")
                .isEqualTo(429);
        assertThat(jdbc.sql("select count(*) from idn_user where username = ? and password_hash is not null")
                        .param(username)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void changingThePasswordEndsTheOtherSessionsKeepsThisOneAndTheApiTokens() {
        Api here = Api.signIn(clients.baseUrl(), username, OLD);
        Api phone = Api.signIn(clients.baseUrl(), username, OLD);
        Api laptop = Api.signIn(clients.baseUrl(), username, OLD);
        String token = here.post("/api/tokens", Map.of("name", "ERP", "scopes", List.of("read")))
                .json()
                .path("token")
                .asText();

        assertThat(here.post("/api/me/password", Map.of("currentPassword", OLD, "newPassword", NEW))
                        .status())
                .isEqualTo(204);

        assertThat(here.get("/api/me").status())
                .as("the session that changed it goes on")
                .isEqualTo(200);
        assertThat(here.post("/api/me/password", Map.of("currentPassword", NEW, "newPassword", OLD + "-x"))
                        .status())
                .as("and may still write")
                .isEqualTo(204);
        Api.Response ended = phone.get("/api/me");
        assertThat(ended.status()).isEqualTo(401);
        assertThat(ended.json().path("reason").asText()).isEqualTo("session-ended");
        assertThat(ended.json().path("detail").asText()).contains("password was changed");
        assertThat(laptop.get("/api/projects").status()).isEqualTo(401);
        assertThat(laptop.get("/api/me").status())
                .as("the session is gone, not only refused once")
                .isEqualTo(401);
        assertThat(clients.withToken(token).get("/api/me").status())
                .as("API tokens are not sessions: they stay valid")
                .isEqualTo(200);
        assertThat(Api.signIn(clients.baseUrl(), username, OLD + "-x")
                        .get("/api/me")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void resettingThePasswordEndsEverySessionOfThatUserOnly() {
        Api signedIn = Api.signIn(clients.baseUrl(), username, OLD);
        Api colleague = clients.freshSession("supplier-a");
        anonymous().post("/api/password-reset", Map.of("email", email));
        String link = token(mailTo(email));

        assertThat(anonymous()
                        .post("/api/password-reset/" + link, Map.of("password", NEW))
                        .status())
                .isEqualTo(204);

        Api.Response ended = signedIn.speaking("zh-CN").get("/api/me");
        assertThat(ended.status()).isEqualTo(401);
        assertThat(ended.json().path("reason").asText()).isEqualTo("session-ended");
        assertThat(colleague.get("/api/me").status())
                .as("nobody else's session")
                .isEqualTo(200);
    }

    private Api anonymous() {
        Api api = clients.anonymous();
        api.get("/api/me"); // takes the XSRF cookie, as the web app does
        return api;
    }

    private MimeMessage mailTo(String address) {
        Outboxes.drain(dispatcher);
        List<MimeMessage> mails = TestMailServer.get().messagesTo(address);
        assertThat(mails).as("reset mails to " + address).hasSize(1);
        return mails.get(0);
    }

    private static String token(MimeMessage mail) {
        try {
            Matcher m = LINK.matcher(mail.getContent().toString());
            assertThat(m.find()).as(mail.getContent().toString()).isTrue();
            return m.group(1);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
