package io.crossflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.crossflow.testing.Api;
import io.crossflow.testing.IntegrationTest;
import io.crossflow.testing.TestClients;
import java.util.List;
import java.util.Map;
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
    void sessionIdChangesAtSignIn() {
        String base = clients.baseUrl();
        Browser browser = new Browser();
        // a browser opening a protected page gets a session (holding that page) and the sign-in form
        var protectedPage = browser.get(base + "/actuator/metrics");
        assertThat(protectedPage.status()).isEqualTo(302);
        String before = browser.cookie(base, "JSESSIONID").orElseThrow();

        assertThat(browser.signIn(base, "engineer", TestClients.PASSWORD).status())
                .isEqualTo(200);

        String after = browser.cookie(base, "JSESSIONID").orElseThrow();
        assertThat(after).isNotEqualTo(before);
        assertThat(browser.get(base + "/api/me", "Accept", "application/json").status())
                .isEqualTo(200);
        // whoever planted or saw the old id holds nothing
        var withOldId =
                new Browser().get(base + "/api/me", "Accept", "application/json", "Cookie", "JSESSIONID=" + before);
        assertThat(withOldId.status()).isEqualTo(401);
    }

    @Test
    void firstWriteAfterSignInPassesCsrf() {
        // signing in rotates the CSRF token; the sign-in answer must already carry the new cookie
        var response = clients.freshSession("customer")
                .post("/api/tokens", Map.of("name", "first write", "scopes", List.of("read"), "expiresInDays", 1));

        assertThat(response.status()).isEqualTo(201);
    }

    @Test
    void postWithoutCsrfTokenIsRefused() {
        var response = clients.anonymous().call("POST", "/login", null);

        assertThat(response.status()).isEqualTo(403);
    }
}
