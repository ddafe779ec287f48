package io.crossflow.testing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * API tokens for tests: asked for through the API as a demo user or issued by the demo tenant's
 * admin to a new service user, and (for the scope policy's request-time check) tokens written
 * straight to the database, as ones issued before the policy existed.
 */
public final class TokenFixture {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final TestClients clients;

    public TokenFixture(JdbcClient jdbc, TestClients clients) {
        this.jdbc = jdbc;
        this.clients = clients;
    }

    /** The answer to a demo user asking for a token of these scopes for itself. */
    public Api.Response ask(String username, String... scopes) {
        return clients.as(username)
                .post(
                        "/api/tokens",
                        Map.of(
                                "name",
                                "Test " + String.join("+", scopes),
                                "scopes",
                                List.of(scopes),
                                "expiresInDays",
                                1));
    }

    /** A token the demo user asked for itself; fails the test unless it was issued. */
    public String own(String username, String... scopes) {
        Api.Response created = ask(username, scopes);
        if (created.status() != 201) {
            throw new AssertionError("No token for " + username + ": " + created);
        }
        return created.json().path("token").asText();
    }

    /** A new internal service user (integration account) of the tenant with this slug; its id. */
    public UUID newServiceUser(String tenantSlug) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into idn_user (id, tenant_id, organisation_id, username, display_name, capabilities,
                                              service_account)
                        select ?, o.tenant_id, o.id, ?, 'Test ERP', '{MEMBER}', true
                          from idn_organisation o join ten_tenant t on t.id = o.tenant_id
                         where t.slug = ? and o.kind = 'HOST'
                        """).params(id, "svc-" + id, tenantSlug).update();
        return id;
    }

    /** A token the demo tenant's admin issued, through the admin API, to a new service user. */
    public String demoServiceUser(String... scopes) {
        UUID user = newServiceUser("demo");
        Api.Response created = clients.as("admin")
                .post(
                        "/api/admin/users/" + user + "/tokens",
                        Map.of("name", "Test ERP", "scopes", List.of(scopes), "expiresInDays", 1));
        if (created.status() != 201) {
            throw new AssertionError("No service user token: " + created);
        }
        return created.json().path("token").asText();
    }

    /** A demo user's token written to the database directly, as one issued before the scope policy. */
    public String issuedBeforeThePolicy(String username, String... scopes) {
        return issuedBeforeThePolicy(
                jdbc.sql("select id from idn_user where username = ?")
                        .param(username)
                        .query(UUID.class)
                        .single(),
                scopes);
    }

    /** A token of any user, any scopes, written to the database directly. */
    public String issuedBeforeThePolicy(UUID userId, String... scopes) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = "cft_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = Instant.now();
        jdbc.sql("""
                        insert into idn_api_token (id, tenant_id, user_id, name, token_hash, scopes, created_by,
                                                   created_at, expires_at)
                        select ?, u.tenant_id, u.id, 'Issued before the policy', ?, ?, u.id, ?, ?
                          from idn_user u where u.id = ?
                        """)
                .params(
                        UUID.randomUUID(),
                        sha256(token),
                        scopes,
                        Timestamp.from(now.minus(1, ChronoUnit.DAYS)),
                        Timestamp.from(now.plus(1, ChronoUnit.DAYS)),
                        userId)
                .update();
        return token;
    }

    private static String sha256(String value) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
