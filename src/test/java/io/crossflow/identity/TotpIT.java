package io.crossflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.eatthepath.otp.HmacOneTimePasswordGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import io.crossflow.tenancy.Tenant;
import io.crossflow.tenancy.Tenants;
import io.crossflow.testing.Api;
import io.crossflow.testing.IntegrationTest;
import io.crossflow.testing.MovableClock;
import io.crossflow.testing.TestClients;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two-factor sign-in (RFC 6238), in a tenant of its own so that its mandatory setting touches no
 * other test: enforced for partners, a sign-in without the code gets nowhere, with it succeeds, a
 * replayed code fails, a recovery code works once, wrong codes lock the name. The server's clock is
 * moved to the next time step instead of waiting for it.
 */
@IntegrationTest
class TotpIT {

    private static final String PASSWORD = "granite-harbour-19-lamp";

    @Autowired
    TestClients clients;

    @Autowired
    Tenants tenants;

    @Autowired
    Organisations organisations;

    @Autowired
    Users users;

    @Autowired
    MovableClock clock;

    @Autowired
    JdbcClient jdbc;

    String admin;
    String partner;
    String engineer;
    String address;

    @BeforeEach
    void aTenantWithAnAdminAPartnerAndAnEngineer() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Tenant tenant = tenants.create("totp-" + suffix, "Totp " + suffix);
        Organisation host = organisations.create(tenant.id(), "Host " + suffix, OrganisationKind.HOST);
        Organisation supplier = organisations.create(tenant.id(), "Supplier " + suffix, OrganisationKind.PARTNER);
        admin = user(tenant, host, "admin-" + suffix, Capability.TENANT_ADMIN);
        partner = user(tenant, supplier, "partner-" + suffix, Capability.PARTNER_MEMBER);
        engineer = user(tenant, host, "engineer-" + suffix, Capability.MEMBER);
        // wrong codes count per client address too: keep this test's apart from everyone else's
        address = "203.0.113." + ThreadLocalRandom.current().nextInt(1, 255);
    }

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    @Test
    void partnersMustEnrolRightAfterTheirPasswordAndCanDoNothingElseUntilThen() {
        requireForExternal();

        Api session = fresh();
        Api.Response password = session.signInAttempt(partner, PASSWORD);
        assertThat(password.status()).as(password.toString()).isEqualTo(200);
        assertThat(password.json().path("signedIn").asBoolean()).isFalse();
        assertThat(password.json().path("secondStep").asText()).isEqualTo("ENROLMENT");
        assertThat(session.get("/api/me").status()).isEqualTo(401);
        assertThat(session.get("/api/projects").status()).isEqualTo(401);
        assertThat(session.get("/api/me/totp").status()).isEqualTo(401);
        assertThat(session.get("/api/login/totp").json().path("step").asText()).isEqualTo("ENROLMENT");

        JsonNode enrolment = session.post("/api/login/totp/enrolment").json();
        String secret = enrolment.path("secret").asText();
        assertThat(enrolment.path("otpauthUri").asText())
                .startsWith("otpauth://totp/Crossflow:" + partner + "?secret=" + secret)
                .contains("issuer=Crossflow");
        assertThat(enrolment.path("qrCode").asText()).startsWith("data:image/svg+xml;base64,");
        assertThat(jdbc.sql("select secret from idn_totp u join idn_user i on i.id = u.user_id where i.username = ?")
                        .param(partner)
                        .query(String.class)
                        .single())
                .as("the secret is encrypted at rest")
                .isNotEqualTo(secret)
                .doesNotContain(secret);

        Api.Response wrong = session.post("/api/login/totp", Map.of("code", otherThan(code(secret, 0))));
        assertThat(wrong.status()).as(wrong.toString()).isEqualTo(400);
        assertThat(wrong.json().path("errors").get(0).path("field").asText()).isEqualTo("code");
        assertThat(session.get("/api/me").status()).isEqualTo(401);

        Api.Response enrolled = session.post("/api/login/totp", Map.of("code", code(secret, 0)));
        assertThat(enrolled.status()).as(enrolled.toString()).isEqualTo(200);
        assertThat(enrolled.json().path("recoveryCodes")).hasSize(10);
        assertThat(session.get("/api/me").json().path("username").asText()).isEqualTo(partner);
        JsonNode status = session.get("/api/me/totp").json();
        assertThat(status.path("enabled").asBoolean()).isTrue();
        assertThat(status.path("required").asBoolean()).isTrue();
        assertThat(status.path("recoveryCodesLeft").asInt()).isEqualTo(10);
        Api.Response disable = session.post("/api/me/totp/disable", Map.of("password", PASSWORD));
        assertThat(disable.status()).as("mandatory: it stays on").isEqualTo(403);

        Api.Response internal = fresh().signInAttempt(engineer, PASSWORD);
        assertThat(internal.json().path("signedIn").asBoolean())
                .as("the setting is for external organisations only")
                .isTrue();
    }

    @Test
    void enforcedForPartnersSignInWithoutTheCodeFailsWithItSucceedsAndAReplayedCodeFails() {
        requireForExternal();
        String secret = enrol(partner);

        Api withoutCode = fresh();
        Api.Response password = withoutCode.signInAttempt(partner, PASSWORD);
        assertThat(password.json().path("secondStep").asText()).isEqualTo("CODE");
        assertThat(withoutCode.get("/api/me").status()).isEqualTo(401);
        assertThat(withoutCode.get("/api/inbox").status()).isEqualTo(401);
        assertThat(withoutCode.post("/api/login/totp", Map.of("code", "")).status())
                .isEqualTo(400);
        assertThat(withoutCode.get("/api/me").status()).isEqualTo(401);

        clock.advance(Duration.ofSeconds(30));
        Api first = fresh();
        first.signInAttempt(partner, PASSWORD);
        Api.Response signedIn = first.post("/api/login/totp", Map.of("code", code(secret, 0)));
        assertThat(signedIn.status()).as(signedIn.toString()).isEqualTo(200);
        assertThat(signedIn.json().path("signedIn").asBoolean()).isTrue();
        assertThat(first.get("/api/me").status()).isEqualTo(200);

        Api replay = fresh();
        replay.signInAttempt(partner, PASSWORD);
        Api.Response replayed = replay.post("/api/login/totp", Map.of("code", code(secret, 0)));
        assertThat(replayed.status()).as("the same time step, used already").isEqualTo(400);
        assertThat(replay.get("/api/me").status()).isEqualTo(401);

        clock.advance(Duration.ofSeconds(30));
        Api.Response nextStep = replay.post("/api/login/totp", Map.of("code", code(secret, 0)));
        assertThat(nextStep.status()).as("the next step's code: " + nextStep).isEqualTo(200);
        assertThat(replay.get("/api/me").status()).isEqualTo(200);

        Api stranger = fresh();
        stranger.get("/api/auth/options"); // the XSRF-TOKEN cookie
        Api.Response noPassword = stranger.post("/api/login/totp", Map.of("code", code(secret, 0)));
        assertThat(noPassword.status())
                .as("no password, no second step: " + noPassword)
                .isEqualTo(401);
    }

    @Test
    void aRecoveryCodeSignsInOnce() {
        requireForExternal();
        Api session = fresh();
        session.signInAttempt(partner, PASSWORD);
        String secret =
                session.post("/api/login/totp/enrolment").json().path("secret").asText();
        List<String> recovery = new ArrayList<>();
        session.post("/api/login/totp", Map.of("code", code(secret, 0)))
                .json()
                .path("recoveryCodes")
                .forEach(c -> recovery.add(c.asText()));

        Api lostPhone = fresh();
        lostPhone.signInAttempt(partner, PASSWORD);
        assertThat(lostPhone
                        .post("/api/login/totp", Map.of("code", recovery.get(3).toUpperCase()))
                        .status())
                .isEqualTo(200);
        assertThat(lostPhone
                        .get("/api/me/totp")
                        .json()
                        .path("recoveryCodesLeft")
                        .asInt())
                .isEqualTo(9);

        Api again = fresh();
        again.signInAttempt(partner, PASSWORD);
        assertThat(again.post("/api/login/totp", Map.of("code", recovery.get(3)))
                        .status())
                .as("used once already")
                .isEqualTo(400);
        assertThat(again.get("/api/me").status()).isEqualTo(401);

        List<String> renewed = new ArrayList<>();
        lostPhone
                .post("/api/me/totp/recovery-codes", Map.of("password", PASSWORD))
                .json()
                .path("recoveryCodes")
                .forEach(c -> renewed.add(c.asText()));
        assertThat(renewed).hasSize(10).doesNotContainAnyElementsOf(recovery);
        assertThat(again.post("/api/login/totp", Map.of("code", recovery.get(5)))
                        .status())
                .as("renewing voids the old codes")
                .isEqualTo(400);
        assertThat(again.post("/api/login/totp", Map.of("code", renewed.get(0))).status())
                .isEqualTo(200);
    }

    @Test
    void wrongCodesLockTheUsernameAndTheRightPasswordDoesNotResetTheCount() {
        String secret = enrol(engineer);
        Api session = fresh();
        session.signInAttempt(engineer, PASSWORD);
        for (int i = 0; i < 3; i++) {
            assertThat(session.post("/api/login/totp", Map.of("code", otherThan(code(secret, 0))))
                            .status())
                    .isEqualTo(400);
        }
        Api retry = fresh();
        assertThat(retry.signInAttempt(engineer, PASSWORD)
                        .json()
                        .path("secondStep")
                        .asText())
                .isEqualTo("CODE");
        retry.post("/api/login/totp", Map.of("code", otherThan(code(secret, 0))));
        retry.post("/api/login/totp", Map.of("code", otherThan(code(secret, 0))));

        Api.Response locked = retry.post("/api/login/totp", Map.of("code", code(secret, 0)));
        assertThat(locked.status())
                .as("five wrong codes: even the right one is refused")
                .isEqualTo(429);
        assertThat(locked.headers()).containsKey("retry-after");
        assertThat(fresh().signInAttempt(engineer, PASSWORD).status())
                .as("and so is the password")
                .isEqualTo(429);
    }

    @Test
    void anyoneMayTurnTwoFactorOnAndOffWithItsPassword() {
        Api session = signedIn(engineer);
        assertThat(session.get("/api/me/totp").json().path("enabled").asBoolean())
                .isFalse();
        String secret = session.post("/api/me/totp").json().path("secret").asText();
        assertThat(session.post("/api/me/totp/confirm", Map.of("code", otherThan(code(secret, 0))))
                        .status())
                .isEqualTo(400);
        assertThat(session.get("/api/me/totp").json().path("enabled").asBoolean())
                .as("not on before a right code")
                .isFalse();
        assertThat(session.post("/api/me/totp/confirm", Map.of("code", code(secret, 0)))
                        .json()
                        .path("recoveryCodes"))
                .hasSize(10);
        assertThat(session.post("/api/me/totp").status())
                .as("a second authenticator only after turning the first off")
                .isEqualTo(409);
        assertThat(fresh().signInAttempt(engineer, PASSWORD)
                        .json()
                        .path("secondStep")
                        .asText())
                .isEqualTo("CODE");

        Api.Response wrongPassword = session.post("/api/me/totp/disable", Map.of("password", "not-the-password"));
        assertThat(wrongPassword.status()).isEqualTo(400);
        assertThat(jdbc.sql("select failures from idn_login_throttle where username = ?")
                        .param(engineer.toLowerCase(java.util.Locale.ROOT))
                        .query(Integer.class)
                        .single())
                .as("a wrong password when turning it off counts as a failed sign-in")
                .isEqualTo(1);
        assertThat(session.post("/api/me/totp/disable", Map.of("password", PASSWORD))
                        .status())
                .isEqualTo(204);
        assertThat(fresh().signInAttempt(engineer, PASSWORD)
                        .json()
                        .path("signedIn")
                        .asBoolean())
                .isTrue();
    }

    @Test
    void onlyTenantAdminsChangeTheSignInPolicy() {
        assertThat(signedIn(engineer)
                        .put("/api/admin/sign-in-policy", Map.of("totpRequiredForExternal", true))
                        .status())
                .isEqualTo(403);
        Api admin = signedIn(this.admin);
        assertThat(admin.get("/api/admin/sign-in-policy")
                        .json()
                        .path("totpRequiredForExternal")
                        .asBoolean())
                .isFalse();
        requireForExternal();
        assertThat(admin.get("/api/admin/sign-in-policy")
                        .json()
                        .path("totpRequiredForExternal")
                        .asBoolean())
                .isTrue();
        assertThat(clients.as("admin")
                        .get("/api/admin/sign-in-policy")
                        .json()
                        .path("totpRequiredForExternal")
                        .asBoolean())
                .as("another tenant's setting is its own")
                .isFalse();
    }

    private void requireForExternal() {
        Api.Response set = signedIn(admin).put("/api/admin/sign-in-policy", Map.of("totpRequiredForExternal", true));
        assertThat(set.status()).as(set.toString()).isEqualTo(200);
    }

    /** Enrols the user through its own account screen; returns the secret. */
    private String enrol(String username) {
        Api session = fresh();
        Api.Response password = session.signInAttempt(username, PASSWORD);
        String secret;
        if ("ENROLMENT".equals(password.json().path("secondStep").asText())) {
            secret = session.post("/api/login/totp/enrolment")
                    .json()
                    .path("secret")
                    .asText();
            assertThat(session.post("/api/login/totp", Map.of("code", code(secret, 0)))
                            .status())
                    .isEqualTo(200);
        } else {
            secret = session.post("/api/me/totp").json().path("secret").asText();
            assertThat(session.post("/api/me/totp/confirm", Map.of("code", code(secret, 0)))
                            .status())
                    .isEqualTo(200);
        }
        return secret;
    }

    private Api signedIn(String username) {
        Api session = fresh();
        Api.Response answer = session.signInAttempt(username, PASSWORD);
        assertThat(answer.json().path("signedIn").asBoolean())
                .as(answer.toString())
                .isTrue();
        return session;
    }

    private Api fresh() {
        return clients.anonymous().from(address);
    }

    private String user(Tenant tenant, Organisation organisation, String username, Capability capability) {
        users.create(new Users.NewUser(
                tenant.id(),
                organisation.id(),
                username,
                username + "@totp.example",
                username,
                PASSWORD,
                "en",
                Set.of(capability),
                false));
        return username;
    }

    /** The code an authenticator app shows now (as the server's clock has it), steps later or earlier. */
    private String code(String secret, int stepsFromNow) {
        long step = Math.floorDiv(clock.instant().getEpochSecond(), 30) + stepsFromNow;
        try {
            int value = new HmacOneTimePasswordGenerator(6)
                    .generateOneTimePassword(new SecretKeySpec(new Base32().decode(secret), "HmacSHA1"), step);
            return String.format("%06d", value);
        } catch (java.security.InvalidKeyException e) {
            throw new AssertionError(e);
        }
    }

    private static String otherThan(String code) {
        return String.format("%06d", (Integer.parseInt(code) + 500_000) % 1_000_000);
    }
}
