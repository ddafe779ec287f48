package io.crossflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.crossflow.testing.Api;
import io.crossflow.testing.IntegrationTest;
import io.crossflow.testing.TestClients;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class SignInIT {

    @Autowired
    TestClients clients;

    @Test
    void demoUserSignsInAndSeesWhoSheIs() {
        var me = clients.as("supplier-a").get("/api/me");

        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().path("username").asText()).isEqualTo("supplier-a");
        assertThat(me.json().path("organisation").path("kind").asText()).isEqualTo("PARTNER");
        assertThat(me.json().path("tenant").path("name").asText()).isEqualTo("Demo Manufacturing");
    }

    @Test
    void anonymousApiCallAnswers401Problem() {
        var response = clients.anonymous().get("/api/me");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json().path("detail").asText()).isEqualTo("Please sign in first.");
    }

    @Test
    void wrongPasswordIsRefusedWithoutSayingWhichPartWasWrong() {
        var response = Api.anonymous(clients.baseUrl()).signInAttempt("engineer", "not-the-password");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json().path("detail").asText()).isEqualTo("The username or password is not correct.");
    }

    @Test
    void postWithoutCsrfTokenIsRefused() {
        var response = clients.anonymous().call("POST", "/login", null);

        assertThat(response.status()).isEqualTo(403);
    }
}
