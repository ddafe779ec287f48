package io.crossflow.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.crossflow.testing.Api;
import io.crossflow.testing.IntegrationTest;
import io.crossflow.testing.TestClients;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** API tokens a user creates for itself: shown once, hashed at rest, scoped, expiring, revocable. */
@IntegrationTest
class ApiTokenIT {

    @Autowired
    TestClients clients;

    @Autowired
    JdbcClient jdbc;

    @Test
    void tokenIsShownOnceAndSignsItsUserInWithoutASession() {
        var created = clients.as("engineer").post("/api/tokens", request("ci read", List.of("read"), 30));

        assertThat(created.status()).isEqualTo(201);
        String token = created.json().path("token").asText();
        assertThat(token).startsWith("cft_").hasSize(4 + 43);
        assertThat(Instant.parse(created.json().path("expiresAt").asText()))
                .isCloseTo(Instant.now().plus(30, ChronoUnit.DAYS), within(1, ChronoUnit.MINUTES));

        var me = clients.withToken(token).get("/api/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().path("username").asText()).isEqualTo("engineer");
        assertThat(me.headers().getOrDefault("set-cookie", List.of()))
                .noneMatch(cookie -> cookie.startsWith("JSESSIONID"));
    }

    @Test
    void onlyTheHashOfATokenIsStored() {
        var created = clients.as("engineer").post("/api/tokens", request("hashed", List.of("read"), 1));
        String token = created.json().path("token").asText();
        UUID id = UUID.fromString(created.json().path("id").asText());

        String stored = jdbc.sql("select token_hash from idn_api_token where id = ?")
                .param(id)
                .query(String.class)
                .single();
        assertThat(stored).isEqualTo(sha256(token)).doesNotContain(token.substring(4));
    }

    @Test
    void listShowsOwnTokensWithoutSecretsAndWhenTheyWereLastUsed() {
        Api engineer = clients.as("engineer");
        var created = engineer.post("/api/tokens", request("listed", List.of("read", "write"), 10));
        String id = created.json().path("id").asText();
        clients.withToken(created.json().path("token").asText()).get("/api/me");
        clients.as("pm").post("/api/tokens", request("someone else's", List.of("read"), 10));

        var list = engineer.get("/api/tokens");

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).doesNotContain(created.json().path("token").asText());
        assertThat(list.json().findValuesAsText("name")).contains("listed").doesNotContain("someone else's");
        JsonNode listed = byId(list.json(), id);
        assertThat(listed.has("token")).isFalse();
        assertThat(listed.path("scopes").toString()).isEqualTo("[\"read\",\"write\"]");
        assertThat(listed.path("lastUsedAt").isNull()).isFalse();
        assertThat(listed.path("revokedAt").isNull()).isTrue();
    }

    @Test
    void expiryDefaultsToAYear() {
        var created = clients.as("engineer").post("/api/tokens", Map.of("name", "default", "scopes", List.of("read")));

        assertThat(created.status()).isEqualTo(201);
        assertThat(Instant.parse(created.json().path("expiresAt").asText()))
                .isCloseTo(Instant.now().plus(365, ChronoUnit.DAYS), within(1, ChronoUnit.MINUTES));
    }

    @Test
    void invalidRequestNamesEachWrongField() {
        var response = clients.as("engineer").post("/api/tokens", request(" ", List.of("read", "admin"), 366));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("name", "scopes", "expiresInDays");
        assertThat(response.body()).contains("'admin' is not a scope");

        var zeroDays = clients.as("engineer").post("/api/tokens", request("zero", List.of("read"), 0));
        assertThat(zeroDays.status()).isEqualTo(400);
        assertThat(zeroDays.json().path("errors").findValuesAsText("field")).containsExactly("expiresInDays");

        var noScopes = clients.as("engineer").post("/api/tokens", request("none", List.of(), 5));
        assertThat(noScopes.json().path("errors").findValuesAsText("field")).containsExactly("scopes");
    }

    @Test
    void readTokenCannotWriteAndWriteTokenCannotRead() {
        String read = token("engineer", List.of("read"));
        String write = token("engineer", List.of("write"));

        var post = clients.withToken(read).post("/api/me", Map.of());
        assertThat(post.status()).isEqualTo(403);
        assertThat(post.json().path("detail").asText())
                .isEqualTo("This API token lacks the 'write' scope needed for this request.");

        var get = clients.withToken(write).get("/api/me");
        assertThat(get.status()).isEqualTo(403);
        assertThat(get.json().path("detail").asText()).contains("'read' scope");
    }

    @Test
    void writeWithATokenNeedsNoCsrfToken() {
        String token = token("engineer", List.of("read", "write"));

        // past security (no CSRF 403): /api/me has no POST handler, so MVC answers 405
        var post = clients.withToken(token).post("/api/me", Map.of());

        assertThat(post.status()).isEqualTo(405);
    }

    @Test
    void integrationEndpointsNeedTheIntegrationScope() {
        String readWrite = token("engineer", List.of("read", "write"));
        String integration = token("supplier-a", List.of("integration"));

        var refused = clients.withToken(readWrite).get("/api/integrations/erp/orders");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().path("detail").asText()).contains("'integration' scope");

        // allowed through security; nothing is mounted there yet
        assertThat(clients.withToken(integration)
                        .get("/api/integrations/erp/orders")
                        .status())
                .isEqualTo(404);
        assertThat(clients.withToken(integration).get("/api/me").status()).isEqualTo(403);
    }

    @Test
    void unknownExpiredAndRevokedTokensAnswer401() {
        var unknown = clients.withToken("cft_" + "x".repeat(43)).get("/api/me");
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(unknown.json().path("detail").asText()).isEqualTo("The API token is invalid, expired or revoked.");
        assertThat(unknown.headers().get("www-authenticate")).anyMatch(h -> h.contains("invalid_token"));

        var expiring = clients.as("engineer").post("/api/tokens", request("expiring", List.of("read"), 1));
        String expired = expiring.json().path("token").asText();
        jdbc.sql("update idn_api_token set created_at = ?, expires_at = ? where id = ?::uuid")
                .params(
                        Timestamp.from(Instant.now().minus(2, ChronoUnit.DAYS)),
                        Timestamp.from(Instant.now().minusSeconds(1)),
                        expiring.json().path("id").asText())
                .update();
        assertThat(clients.withToken(expired).get("/api/me").status()).isEqualTo(401);

        var revoking = clients.as("engineer").post("/api/tokens", request("revoking", List.of("read"), 1));
        String revoked = revoking.json().path("token").asText();
        assertThat(clients.withToken(revoked).get("/api/me").status()).isEqualTo(200);
        var delete = clients.as("engineer")
                .delete("/api/tokens/" + revoking.json().path("id").asText());
        assertThat(delete.status()).isEqualTo(204);
        var afterRevoke = clients.withToken(revoked).get("/api/me");
        assertThat(afterRevoke.status()).isEqualTo(401);
        assertThat(afterRevoke.json().path("detail").asText())
                .isEqualTo("The API token is invalid, expired or revoked.");
        JsonNode listed = byId(
                clients.as("engineer").get("/api/tokens").json(),
                revoking.json().path("id").asText());
        assertThat(listed.path("revokedAt").isNull()).isFalse();
    }

    @Test
    void aBadTokenIsNotRescuedByASessionCookie() {
        Browser browser = new Browser();
        assertThat(browser.signIn(clients.baseUrl(), "engineer", TestClients.PASSWORD)
                        .status())
                .isEqualTo(200);
        assertThat(browser.get(clients.baseUrl() + "/api/me", "Accept", "application/json")
                        .status())
                .isEqualTo(200);

        // same signed-in cookies plus a bogus bearer header: the token decides, not the session
        var withBogusToken = browser.get(
                clients.baseUrl() + "/api/me", "Accept", "application/json", "Authorization", "Bearer cft_bogus");

        assertThat(withBogusToken.status()).isEqualTo(401);
    }

    @Test
    void othersCannotRevokeATokenButTheTenantAdminCan() {
        var created = clients.as("engineer").post("/api/tokens", request("guarded", List.of("read"), 5));
        String id = created.json().path("id").asText();
        String token = created.json().path("token").asText();

        assertThat(clients.as("pm").delete("/api/tokens/" + id).status()).isEqualTo(404);
        assertThat(clients.as("other-pm").delete("/api/tokens/" + id).status()).isEqualTo(404);
        assertThat(clients.withToken(token).get("/api/me").status()).isEqualTo(200);

        assertThat(clients.as("admin").delete("/api/tokens/" + id).status()).isEqualTo(204);
        assertThat(clients.withToken(token).get("/api/me").status()).isEqualTo(401);
    }

    @Test
    void tokensCannotManageTokens() {
        String token = token("engineer", List.of("read", "write"));

        var create = clients.withToken(token).post("/api/tokens", request("minted", List.of("read"), 365));
        assertThat(create.status()).isEqualTo(403);
        assertThat(create.json().path("detail").asText()).contains("sign in");
        assertThat(clients.withToken(token).get("/api/tokens").status()).isEqualTo(403);
    }

    private String token(String username, List<String> scopes) {
        var created = clients.as(username).post("/api/tokens", request("test " + scopes, scopes, 1));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().path("token").asText();
    }

    static Map<String, Object> request(String name, List<String> scopes, int days) {
        return Map.of("name", name, "scopes", scopes, "expiresInDays", days);
    }

    private static JsonNode byId(JsonNode list, String id) {
        for (JsonNode each : list) {
            if (each.path("id").asText().equals(id)) {
                return each;
            }
        }
        throw new AssertionError("No token " + id + " in " + list);
    }

    private static String sha256(String value) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
