package io.crossflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.crossflow.notification.internal.OutboxDispatcher;
import io.crossflow.testing.Api;
import io.crossflow.testing.IntegrationTest;
import io.crossflow.testing.Outboxes;
import io.crossflow.testing.TestClients;
import io.crossflow.testing.TestMailServer;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Bringing people in by e-mail: invite, the mail, the accept page's API, and every way a link can be spent. */
@IntegrationTest
class InvitationIT {

    private static final Pattern LINK = Pattern.compile("/invitations/([A-Za-z0-9_-]{20,})");
    private static final String GOOD_PASSWORD = "bronze-casting-27-river";

    @Autowired
    TestClients clients;

    @Autowired
    OutboxDispatcher dispatcher;

    @Autowired
    JdbcClient jdbc;

    Api admin;
    String organisation;

    @BeforeEach
    void setUp() {
        TestMailServer.get().start();
        admin = clients.as("admin");
        organisation = admin.post(
                        "/api/admin/organisations", Map.of("name", "华东精密铸造有限公司 " + suffix(), "kind", "PARTNER"))
                .json()
                .path("id")
                .asText();
    }

    @Test
    void theInviteeGetsTheMailChoosesAGoodPasswordAndSignsInToItsOrganisation() {
        String email = "li.wei-" + suffix() + "@hdcasting.example.cn";
        Api.Response invited = invite(admin, organisation, email, "PARTNER_MANAGER", "zh-CN");
        assertThat(invited.status()).as(invited.toString()).isEqualTo(201);
        assertThat(invited.json().get(0).path("status").asText()).isEqualTo("PENDING");

        MimeMessage mail = mailTo(email);
        assertThat(subject(mail)).contains("邀请您加入协同流").contains("华东精密铸造有限公司");
        String token = token(mail);
        assertThat(jdbc.sql("select count(*) from idn_invitation where token_hash like ?")
                        .param("%" + token + "%")
                        .query(Long.class)
                        .single())
                .as("only the secret's hash is kept")
                .isZero();

        Api invitee = clients.anonymous();
        JsonNode opened = invitee.get("/api/invitations/" + token).json();
        assertThat(opened.path("email").asText()).isEqualTo(email);
        assertThat(opened.path("organisationName").asText()).startsWith("华东精密铸造有限公司");

        Api.Response weak =
                invitee.post("/api/invitations/" + token + "/accept", Map.of("displayName", "李伟", "password", "short"));
        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.json().path("errors").get(0).path("field").asText()).isEqualTo("password");
        assertThat(weak.json().path("errors").get(0).path("message").asText()).contains("12 characters");
        assertThat(clients.anonymous().signInAttempt(email, "short").status())
                .as("a refused acceptance activates nothing")
                .isEqualTo(401);

        Api.Response accepted = invitee.post(
                "/api/invitations/" + token + "/accept", Map.of("displayName", "李伟", "password", GOOD_PASSWORD));
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        assertThat(accepted.json().path("organisationKind").asText()).isEqualTo("PARTNER");

        JsonNode me = Api.signIn(clients.baseUrl(), email, GOOD_PASSWORD)
                .get("/api/me")
                .json();
        assertThat(me.path("displayName").asText()).isEqualTo("李伟");
        assertThat(me.path("organisation").path("id").asText()).isEqualTo(organisation);
        assertThat(me.path("capabilities").toString()).contains("PARTNER_MANAGER");
        assertThat(statusOf(email)).isEqualTo("ACCEPTED");

        Api stranger = clients.anonymous();
        stranger.get("/api/me"); // as the accept page does, it takes the XSRF cookie first
        Api.Response again = stranger.post(
                "/api/invitations/" + token + "/accept",
                Map.of("displayName", "Someone", "password", GOOD_PASSWORD + "x"));
        assertThat(again.status()).isEqualTo(410);
        assertThat(again.json().path("detail").asText()).contains("already been accepted");
    }

    @Test
    void anExpiredOrWithdrawnLinkAnswers410AndCreatesNothing() {
        String expiring = "expiring-" + suffix() + "@example.com";
        invite(admin, organisation, expiring, "PARTNER_MEMBER", "en");
        String expiredToken = token(mailTo(expiring));
        jdbc.sql("update idn_invitation set expires_at = now() - interval '1 minute' where email = ?")
                .param(expiring)
                .update();
        Api late = clients.anonymous();
        late.get("/api/invitations/" + expiredToken);
        Api.Response expired = late.post(
                "/api/invitations/" + expiredToken + "/accept",
                Map.of("displayName", "Late", "password", GOOD_PASSWORD));
        assertThat(expired.status()).isEqualTo(410);
        assertThat(expired.json().path("detail").asText()).contains("expired");
        assertThat(statusOf(expiring)).isEqualTo("EXPIRED");

        String withdrawn = "withdrawn-" + suffix() + "@example.com";
        JsonNode invitation = invite(admin, organisation, withdrawn, "PARTNER_MEMBER", "en")
                .json()
                .get(0);
        String withdrawnToken = token(mailTo(withdrawn));
        assertThat(admin.delete("/api/admin/invitations/"
                                + invitation.path("id").asText())
                        .status())
                .isEqualTo(204);
        Api.Response revoked = clients.anonymous().get("/api/invitations/" + withdrawnToken);
        assertThat(revoked.status()).isEqualTo(410);
        assertThat(revoked.json().path("detail").asText()).contains("withdrawn");

        for (String email : List.of(expiring, withdrawn)) {
            assertThat(clients.anonymous().signInAttempt(email, GOOD_PASSWORD).status())
                    .as(email + " has no usable account")
                    .isEqualTo(401);
        }
        assertThat(jdbc.sql(
                                "select count(*) from idn_user where lower(email) in (?, ?) and (enabled or password_hash is not null)")
                        .params(expiring, withdrawn)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void resendingSendsANewLinkAndTheOldOneNoLongerWorks() {
        String email = "resend-" + suffix() + "@example.com";
        JsonNode invitation = invite(admin, organisation, email, "PARTNER_MEMBER", "en")
                .json()
                .get(0);
        String first = token(mailTo(email));
        Api.Response resent =
                admin.post("/api/admin/invitations/" + invitation.path("id").asText() + "/resend", null);
        assertThat(resent.status()).isEqualTo(200);
        assertThat(resent.json().path("sentCount").asInt()).isEqualTo(2);
        Outboxes.drain(dispatcher);
        List<MimeMessage> mails = TestMailServer.get().messagesTo(email);
        assertThat(mails).hasSize(2);
        String second = token(mails.get(1));
        assertThat(second).isNotEqualTo(first);
        assertThat(clients.anonymous().get("/api/invitations/" + first).status())
                .isEqualTo(404);
        assertThat(clients.anonymous().get("/api/invitations/" + second).status())
                .isEqualTo(200);
    }

    @Test
    void twoPeopleAcceptingOneInvitationAtOnceMakeOneAccount() throws Exception {
        String email = "twice-" + suffix() + "@example.com";
        invite(admin, organisation, email, "PARTNER_MEMBER", "en");
        String token = token(mailTo(email));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Integer>> both = new ArrayList<>();
            for (String name : List.of("First", "Second")) {
                Api api = clients.anonymous();
                api.get("/api/invitations/" + token); // takes the XSRF cookie before the race starts
                both.add(() -> api.post(
                                "/api/invitations/" + token + "/accept",
                                Map.of("displayName", name, "password", GOOD_PASSWORD))
                        .status());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(both)) {
                statuses.add(f.get());
            }
            assertThat(statuses).containsExactlyInAnyOrder(200, 410);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.sql("select count(*) from idn_user where lower(email) = ? and enabled")
                        .param(email)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aPartnerManagerInvitesColleaguesIntoItsOwnOrganisationOnlyWithPartnerCapabilitiesOnly() {
        Api manager = clients.as("supplier-a");
        String own =
                manager.get("/api/me").json().path("organisation").path("id").asText();
        String colleague = "colleague-" + suffix() + "@precision.example";

        Api.Response invited = invite(manager, own, colleague, "PARTNER_MEMBER", "en", true);
        assertThat(invited.status()).as(invited.toString()).isEqualTo(201);
        assertThat(subject(mailTo(colleague))).contains("Precision Parts Ltd");

        String other = clients.as("supplier-b")
                .get("/api/me")
                .json()
                .path("organisation")
                .path("id")
                .asText();
        assertThat(invite(manager, other, "x-" + suffix() + "@example.com", "PARTNER_MEMBER", "en", true)
                        .status())
                .isEqualTo(404);
        assertThat(invite(manager, own, "y-" + suffix() + "@example.com", "MANAGER", "en", true)
                        .status())
                .isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from idn_user where email like ? or email like ?")
                        .params("x-%@example.com", "y-%@example.com")
                        .query(Long.class)
                        .single())
                .as("refused invitations create no account")
                .isZero();
    }

    @Test
    void anInviteeIsActivatedByAcceptingOnlyNotByTheAdmin() {
        String email = "pending-" + suffix() + "@example.com";
        invite(admin, organisation, email, "PARTNER_MEMBER", "en");
        String invitee = admin.get("/api/admin/users?q=" + email)
                .json()
                .get(0)
                .path("id")
                .asText();

        Api.Response reactivated = admin.post("/api/admin/users/" + invitee + "/reactivate", null);

        assertThat(reactivated.status()).isEqualTo(409);
        assertThat(reactivated.json().path("detail").asText()).contains("not accepted the invitation");
        assertThat(admin.get("/api/admin/users/" + invitee)
                        .json()
                        .path("active")
                        .asBoolean())
                .isFalse();
    }

    @Test
    void anAddressWithAnAccountCannotBeInvitedAndNothingIsSent() {
        Api.Response refused = invite(admin, organisation, "supplier-b@demo.example", "PARTNER_MEMBER", "en");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("errors").get(0).path("field").asText()).isEqualTo("emails");
        assertThat(refused.json().path("errors").get(0).path("message").asText())
                .contains("already has a Crossflow account");
    }

    private Api.Response invite(Api as, String organisationId, String email, String capability, String language) {
        return invite(as, organisationId, email, capability, language, false);
    }

    private Api.Response invite(
            Api as, String organisationId, String email, String capability, String language, boolean colleague) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("emails", List.of(email));
        body.put("capabilities", List.of(capability));
        body.put("language", language);
        if (colleague) {
            return as.post("/api/organisations/" + organisationId + "/invitations", body);
        }
        body.put("organisationId", organisationId);
        return as.post("/api/admin/invitations", body);
    }

    private String statusOf(String email) {
        for (JsonNode invitation : admin.get("/api/admin/invitations").json()) {
            if (invitation.path("email").asText().equals(email)) {
                return invitation.path("status").asText();
            }
        }
        throw new AssertionError("No invitation of " + email);
    }

    private MimeMessage mailTo(String email) {
        Outboxes.drain(dispatcher);
        List<MimeMessage> mails = TestMailServer.get().messagesTo(email);
        assertThat(mails).as("mails to " + email).hasSize(1);
        return mails.get(0);
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
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

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
