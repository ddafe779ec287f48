package io.crossflow.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.crossflow.testing.Api;
import io.crossflow.testing.IntegrationTest;
import io.crossflow.testing.TestClients;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every administrative change lands in the tenant admin's audit trail, searchable and exported as CSV. */
@IntegrationTest
class AuditAdminIT {

    @Autowired
    TestClients clients;

    Api admin;

    @BeforeEach
    void setUp() {
        admin = clients.as("admin");
    }

    @Test
    void anOrganisationTheAdminCreatesAndEditsAppearsWithActorActionAndChanges() {
        String name = "华东精密铸造有限公司 " + suffix();
        String id = createOrganisation(name);
        admin.patch("/api/admin/organisations/" + id, Map.of("contactName", "李伟"));

        JsonNode page = admin.get("/api/admin/audit?objectId=" + id).json();
        assertThat(page.path("total").asLong()).isEqualTo(2);
        JsonNode updated = page.path("items").get(0);
        JsonNode created = page.path("items").get(1);
        assertThat(created.path("action").asText()).isEqualTo("CREATED");
        assertThat(created.path("objectType").asText()).isEqualTo("ORGANISATION");
        assertThat(created.path("actorName").asText())
                .isEqualTo(me().path("displayName").asText());
        assertThat(created.path("changes").path("name").path("to").asText()).isEqualTo(name);
        assertThat(updated.path("action").asText()).isEqualTo("UPDATED");
        assertThat(updated.path("changes").path("contactName").path("to").asText())
                .isEqualTo("李伟");
        assertThat(updated.path("changes").has("name"))
                .as("unchanged fields are left out")
                .isFalse();
    }

    @Test
    void theSignInPolicyIsAuditedWhenItChanges() {
        try {
            assertThat(admin.put("/api/admin/sign-in-policy", Map.of("totpRequiredForExternal", true))
                            .status())
                    .isEqualTo(200);
        } finally {
            admin.put("/api/admin/sign-in-policy", Map.of("totpRequiredForExternal", false));
        }
        int entries = actions("objectType=SIGN_IN_POLICY").size();
        admin.put("/api/admin/sign-in-policy", Map.of("totpRequiredForExternal", false));
        assertThat(actions("objectType=SIGN_IN_POLICY"))
                .as("saving the same setting again is no change")
                .hasSize(entries);

        JsonNode page = admin.get("/api/admin/audit?objectType=SIGN_IN_POLICY").json();
        JsonNode latest = page.path("items").get(0);
        JsonNode before = page.path("items").get(1);
        assertThat(latest.path("action").asText()).isEqualTo("UPDATED");
        assertThat(latest.path("changes")
                        .path("totpRequiredForExternal")
                        .path("to")
                        .asBoolean())
                .isFalse();
        assertThat(before.path("changes")
                        .path("totpRequiredForExternal")
                        .path("to")
                        .asBoolean())
                .isTrue();
    }

    @Test
    void usersInvitationsAndTokensAreAuditedToo() {
        Api.Response user = admin.post(
                "/api/admin/users",
                Map.of(
                        "username",
                        "audit-" + suffix(),
                        "displayName",
                        "王芳",
                        "organisationId",
                        me().path("organisation").path("id").asText(),
                        "capabilities",
                        List.of("MEMBER")));
        assertThat(user.status()).as(user.toString()).isEqualTo(201);
        String userId = user.json().path("id").asText();
        admin.post("/api/admin/users/" + userId + "/deactivate");
        assertThat(actions("objectId=" + userId)).containsExactly("DEACTIVATED", "CREATED");

        String email = "audit-" + suffix() + "@example.com";
        Api.Response invited = admin.post(
                "/api/admin/invitations",
                Map.of(
                        "emails",
                        List.of(email),
                        "organisationId",
                        me().path("organisation").path("id").asText(),
                        "capabilities",
                        List.of("MEMBER")));
        assertThat(invited.status()).as(invited.toString()).isEqualTo(201);
        String invitation = invited.json().get(0).path("id").asText();
        admin.post("/api/admin/invitations/" + invitation + "/resend");
        admin.delete("/api/admin/invitations/" + invitation);
        assertThat(actions("objectType=INVITATION&objectId=" + invitation))
                .containsExactly("REVOKED", "RESENT", "ISSUED");

        Api.Response token =
                admin.post("/api/tokens", Map.of("name", "Audit token", "scopes", List.of("read"), "expiresInDays", 5));
        String tokenId = token.json().path("id").asText();
        admin.delete("/api/tokens/" + tokenId);
        assertThat(actions("objectType=API_TOKEN&objectId=" + tokenId)).containsExactly("REVOKED", "ISSUED");
    }

    @Test
    void filtersNarrowByActorActionTimeAndFreeText() {
        String marker = "滨江注塑 " + suffix();
        Instant before = Instant.now().minusSeconds(1);
        String id = createOrganisation(marker);
        String actor = me().path("id").asText();

        assertThat(ids("q=" + encode(marker))).containsExactly(id);
        assertThat(ids("q=" + encode(marker) + "&action=UPDATED")).isEmpty();
        assertThat(ids("q=" + encode(marker) + "&actorId=" + actor + "&action=CREATED"))
                .containsExactly(id);
        assertThat(ids("q=" + encode(marker) + "&actorId=" + UUID.randomUUID())).isEmpty();
        assertThat(ids("q=" + encode(marker) + "&from=" + before)).containsExactly(id);
        assertThat(ids("q=" + encode(marker) + "&to=" + before)).isEmpty();

        JsonNode paged = admin.get("/api/admin/audit?size=1&page=1").json();
        assertThat(paged.path("items")).hasSize(1);
        assertThat(paged.path("total").asLong()).isGreaterThan(1);

        Api.Response bad = admin.get("/api/admin/audit?from=" + before + "&to=" + before.minusSeconds(5));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("\"to\"");
    }

    @Test
    void theCsvExportStartsWithABomAndKeepsChinese() throws Exception {
        String name = "苏州精工模具有限公司 " + suffix();
        createOrganisation(name);
        Api.Binary csv = admin.download("/api/admin/audit.csv?q=" + encode(name));
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).contains("audit.csv");
        byte[] body = csv.body();
        assertThat(new byte[] {body[0], body[1], body[2]})
                .as("UTF-8 byte order mark")
                .containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        String[] lines = text.split("\r\n");
        assertThat(lines[0]).isEqualTo("at,actor,actorId,action,objectType,objectId,projectId,changes");
        assertThat(lines).hasSize(2);
        assertThat(lines[1]).contains("CREATED", "ORGANISATION", "name: " + name);

        HttpRequest.Builder negotiated = HttpRequest.newBuilder(
                        URI.create(clients.baseUrl() + "/api/admin/audit?q=" + encode(name)))
                .header("Accept", "text/csv")
                .GET();
        Api.Response viaAccept = admin.send(negotiated);
        assertThat(viaAccept.status()).isEqualTo(200);
        assertThat(viaAccept.body()).startsWith("\uFEFFat,actor").contains(name);
    }

    @Test
    void onlyTheTenantsAdminsReadIt() {
        String name = "Audit only for admins " + suffix();
        createOrganisation(name);
        assertThat(clients.as("pm").get("/api/admin/audit").status()).isEqualTo(403);
        assertThat(clients.as("supplier-a").download("/api/admin/audit.csv").status())
                .isEqualTo(403);
        // the other tenant's admin view (other-pm is no admin) and an anonymous caller
        assertThat(clients.as("other-pm").get("/api/admin/audit").status()).isEqualTo(403);
        assertThat(clients.anonymous().get("/api/admin/audit").status()).isEqualTo(401);
        assertThat(ids("q=" + encode(name))).hasSize(1);
    }

    private String createOrganisation(String name) {
        Api.Response created = admin.post("/api/admin/organisations", Map.of("name", name, "kind", "PARTNER"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().path("id").asText();
    }

    private List<String> actions(String query) {
        List<String> actions = new ArrayList<>();
        admin.get("/api/admin/audit?" + query)
                .json()
                .path("items")
                .forEach(e -> actions.add(e.path("action").asText()));
        return actions;
    }

    private List<String> ids(String query) {
        Api.Response response = admin.get("/api/admin/audit?" + query);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        response.json().path("items").forEach(e -> ids.add(e.path("objectId").asText()));
        return ids;
    }

    private JsonNode me() {
        return admin.get("/api/me").json();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
