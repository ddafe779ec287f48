package io.crossflow.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.crossflow.platform.internal.Bootstrap.CompleteRequest;
import io.crossflow.shared.GoneException;
import io.crossflow.shared.InvalidInputException;
import io.crossflow.testing.Api;
import io.crossflow.testing.IntegrationTest;
import io.crossflow.testing.TestClients;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The first start of an empty installation, exercised on the bootstrap service directly (the
 * shared context has the demo's operator, so start-up printed no token): a token works once,
 * within its validity, and bad input spends nothing.
 */
@IntegrationTest
class PlatformBootstrapIT {

    private static final String PASSWORD = "first-operator-2026-lantern";

    @Autowired
    Bootstrap bootstrap;

    @Autowired
    TestClients clients;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theLoggedTokenCreatesTheFirstOperatorAndItsPlatformTenantOnce() {
        String token = bootstrap.issue();
        assertThat(jdbc.sql("select count(*) from plt_bootstrap_token where token_hash = ?")
                        .param(token)
                        .query(Long.class)
                        .single())
                .as("only the hash is stored")
                .isZero();
        String suffix = suffix();

        Api.Response weak = page().post("/api/platform/bootstrap", request(token, suffix, "short"));
        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.json().path("errors").get(0).path("field").asText()).isEqualTo("password");

        Api.Response created = page().post("/api/platform/bootstrap", request(token, suffix, PASSWORD));
        assertThat(created.status())
                .as("the refused attempt did not spend the token: " + created)
                .isEqualTo(201);

        Api operator = Api.signIn(clients.baseUrl(), "ops-" + suffix, PASSWORD);
        JsonNode me = operator.get("/api/me").json();
        assertThat(me.path("capabilities").toString()).contains("PLATFORM_OPERATOR", "TENANT_ADMIN");
        assertThat(me.path("tenant").path("name").asText()).isEqualTo("Crossflow Platform " + suffix);
        assertThat(operator.get("/api/platform/tenants").body()).contains("platform-" + suffix, "demo");

        Api.Response again =
                clients.anonymous().post("/api/platform/bootstrap", request(token, suffix() + "x", PASSWORD));
        assertThat(again.status()).isEqualTo(410);
        assertThat(again.json().path("detail").asText()).contains("used already");
    }

    @Test
    void anExpiredReplacedOrUnknownTokenCreatesNothing() {
        String expired = bootstrap.issue();
        jdbc.sql("update plt_bootstrap_token set expires_at = now() - interval '1 second' where token_hash = ?")
                .param(Bootstrap.hash(expired))
                .update();
        assertThatThrownBy(() -> bootstrap.complete(typed(expired, suffix())))
                .isInstanceOf(GoneException.class)
                .hasMessageContaining("expired");

        String replaced = bootstrap.issue();
        String current = bootstrap.issue();
        assertThatThrownBy(() -> bootstrap.complete(typed(replaced, suffix())))
                .as("a new start's token replaces the unused one")
                .isInstanceOf(GoneException.class);
        assertThatThrownBy(() -> bootstrap.complete(typed("cfb_" + suffix(), suffix())))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("correct");
        assertThat(jdbc.sql("select count(*) from ten_tenant where slug like 'never-%'")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(bootstrap.open()).as("the demo has an operator").isFalse();
        jdbc.sql("update plt_bootstrap_token set expires_at = now() where token_hash = ?")
                .param(Bootstrap.hash(current))
                .update();
    }

    /** An anonymous browser on the bootstrap page: it asked the status first and so holds the XSRF cookie. */
    private Api page() {
        Api anonymous = clients.anonymous();
        assertThat(anonymous.get("/api/platform/bootstrap").json().path("open").asBoolean())
                .isFalse();
        return anonymous;
    }

    private static Map<String, String> request(String token, String suffix, String password) {
        return Map.of(
                "token",
                token,
                "tenantName",
                "Crossflow Platform " + suffix,
                "slug",
                "platform-" + suffix,
                "defaultLanguage",
                "zh-CN",
                "timeZone",
                "Asia/Shanghai",
                "username",
                "ops-" + suffix,
                "email",
                "ops-" + suffix + "@platform.example",
                "displayName",
                "Olu Operator",
                "password",
                password);
    }

    private static CompleteRequest typed(String token, String suffix) {
        return new CompleteRequest(
                token,
                "Never " + suffix,
                "never-" + suffix,
                "en",
                "UTC",
                "never-" + suffix,
                "never-" + suffix + "@example.com",
                "Never",
                PASSWORD);
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
