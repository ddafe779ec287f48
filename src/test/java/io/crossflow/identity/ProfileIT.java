package io.crossflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.crossflow.testing.Api;
import io.crossflow.testing.IntegrationTest;
import io.crossflow.testing.TestClients;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The own profile ({@code GET/PATCH /api/me}) and the tenant admin's time-zone setting. */
@IntegrationTest
class ProfileIT {

    private static final String PASSWORD = "profile-test-password-2026";

    @Autowired
    TestClients clients;

    @Test
    void aPersonChangesItsNameLanguageAndTimeZone() {
        Api person = freshPerson();
        JsonNode before = person.get("/api/me").json();
        assertThat(before.hasNonNull("ownTimeZone")).as("no zone of its own").isFalse();
        assertThat(before.path("timeZone").asText()).isEqualTo("Asia/Shanghai");

        Api.Response changed = person.patch(
                "/api/me", Map.of("displayName", "  王 Profile ", "language", "zh-CN", "timeZone", "Europe/Berlin"));

        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        JsonNode me = person.get("/api/me").json();
        assertThat(me.path("displayName").asText()).isEqualTo("王 Profile");
        assertThat(me.path("language").asText()).isEqualTo("zh-CN");
        assertThat(me.path("timeZone").asText()).isEqualTo("Europe/Berlin");
        assertThat(me.path("ownTimeZone").asText()).isEqualTo("Europe/Berlin");
        // a field left out stays as it is
        assertThat(person.patch("/api/me", Map.of("language", "en")).status()).isEqualTo(200);
        assertThat(person.get("/api/me").json().path("timeZone").asText()).isEqualTo("Europe/Berlin");
    }

    @Test
    void badProfileInputNamesEveryFieldInTheReadersLanguageAndChangesNothing() {
        Api person = freshPerson();
        JsonNode before = person.get("/api/me").json();

        Api.Response refused =
                person.patch("/api/me", Map.of("displayName", " ", "language", "fr", "timeZone", "+08:00"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("displayName", "language", "timeZone");
        assertThat(person.get("/api/me").json()).isEqualTo(before);

        Api.Response chinese = person.speaking("zh-CN").patch("/api/me", Map.of("timeZone", "Mars/Olympus"));
        assertThat(chinese.status()).isEqualTo(400);
        assertThat(chinese.json().path("errors").get(0).path("message").asText())
                .contains("时区");
    }

    @Test
    void aTenantAdminSetsTheTenantsTimeZoneAuditedAndOnlyAnIanaZone() {
        Api admin = clients.as("admin");
        JsonNode settings = admin.get("/api/admin/tenant-settings").json();
        assertThat(settings.path("timeZone").asText()).isEqualTo("Asia/Shanghai");

        Api.Response refused = admin.put("/api/admin/tenant-settings", Map.of("timeZone", "CST"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("errors").get(0).path("field").asText()).isEqualTo("timeZone");
        assertThat(admin.get("/api/admin/tenant-settings")
                        .json()
                        .path("timeZone")
                        .asText())
                .isEqualTo("Asia/Shanghai");

        Api person = freshPerson();
        try {
            Api.Response changed = admin.put("/api/admin/tenant-settings", Map.of("timeZone", "Asia/Tokyo"));
            assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
            assertThat(changed.json().path("timeZone").asText()).isEqualTo("Asia/Tokyo");
            // people who chose no zone of their own follow the tenant's
            assertThat(person.get("/api/me").json().path("timeZone").asText()).isEqualTo("Asia/Tokyo");
            JsonNode audit = admin.get("/api/admin/audit?objectType=TENANT&action=UPDATED")
                    .json()
                    .path("items")
                    .get(0);
            assertThat(audit.toString()).contains("Asia/Shanghai").contains("Asia/Tokyo");
        } finally {
            assertThat(admin.put("/api/admin/tenant-settings", Map.of("timeZone", "Asia/Shanghai"))
                            .status())
                    .isEqualTo(200);
        }
        assertThat(clients.as("pm")
                        .put("/api/admin/tenant-settings", Map.of("timeZone", "UTC"))
                        .status())
                .isEqualTo(403);
        assertThat(clients.as("other-pm").get("/api/admin/tenant-settings").status())
                .isEqualTo(403);
    }

    /** A new internal member of the demo tenant with a password of its own. */
    private Api freshPerson() {
        Api admin = clients.as("admin");
        String host =
                admin.get("/api/me").json().path("organisation").path("id").asText();
        String username = "profile-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Response user = admin.post(
                "/api/admin/users",
                Map.of(
                        "username",
                        username,
                        "displayName",
                        "Pat Profile",
                        "email",
                        username + "@profile.example",
                        "organisationId",
                        host,
                        "capabilities",
                        List.of("MEMBER"),
                        "password",
                        PASSWORD));
        assertThat(user.status()).as(user.toString()).isEqualTo(201);
        return Api.signIn(clients.baseUrl(), username, PASSWORD);
    }
}
