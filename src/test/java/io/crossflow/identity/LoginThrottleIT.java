package io.crossflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.crossflow.tenancy.Tenants;
import io.crossflow.testing.Api;
import io.crossflow.testing.IntegrationTest;
import io.crossflow.testing.TestClients;
import java.util.EnumSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Failed sign-ins lock one username (crossflow.identity.login: 5 failures, 15 minutes), no other. */
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
                null,
                "Throttle Test",
                RIGHT_PASSWORD,
                "en",
                EnumSet.of(Capability.MEMBER),
                false));
        return username;
    }
}
