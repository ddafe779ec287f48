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

    @Test
    void problemsAreWordedInTheLanguageTheCallerAsksFor() {
        var chinese = clients.freshSession("engineer").speaking("zh-CN");

        var missing = chinese.get("/api/work-items/" + java.util.UUID.randomUUID());
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().path("title").asText()).isEqualTo("未找到");
        assertThat(missing.json().path("detail").asText()).isEqualTo("工作项不存在");

        var invalid = chinese.get("/api/inbox?dueBefore=next-week");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().path("errors").get(0).path("field").asText()).isEqualTo("dueBefore");
        assertThat(invalid.json().path("errors").get(0).path("message").asText())
                .isEqualTo("必须是日期（2025-06-30）或带时区的日期时间");

        var english = clients.as("engineer").get("/api/work-items/" + java.util.UUID.randomUUID());
        assertThat(english.json().path("detail").asText()).isEqualTo("Work item not found");
    }
}
