package io.crossflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.crossflow.testing.IntegrationTest;
import io.crossflow.testing.TestClients;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class ErrorResponsesIT {

    @Autowired
    TestClients clients;

    @Test
    void unknownApiPathAnswersProblemDetail404WithoutInternals() {
        var response = clients.as("engineer").get("/api/no-such-thing/42");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.headers().get("content-type"))
                .singleElement()
                .asString()
                .startsWith("application/problem+json");
        assertThat(response.json().path("status").asInt()).isEqualTo(404);
        assertThat(response.json().path("title").asText()).isEqualTo("Not Found");
        assertThat(response.json().has("trace")).isFalse();
        assertThat(response.json().has("exception")).isFalse();
        assertThat(response.body()).doesNotContain("Exception", "\tat ", "org.springframework", "io.crossflow");
    }

    @Test
    void unknownApiPathAsksAnonymousCallerToSignInFirst() {
        var response = clients.anonymous().get("/api/no-such-thing/42");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json().path("detail").asText()).isEqualTo("Please sign in first.");
    }
}
