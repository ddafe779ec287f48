package io.crossflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.crossflow.notification.internal.OutboxDispatcher;
import io.crossflow.testing.Api;
import io.crossflow.testing.IntegrationTest;
import io.crossflow.testing.Outboxes;
import io.crossflow.testing.TestClients;
import io.crossflow.testing.TestMailServer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Invitations straight into projects: on acceptance the invitee takes part in the projects named. */
@IntegrationTest
class InvitationIntoProjectsIT {

    private static final Pattern LINK = Pattern.compile("/invitations/([A-Za-z0-9_-]{20,})");
    private static final String PASSWORD = "invited-into-projects-2026";

    @Autowired
    TestClients clients;

    @Autowired
    OutboxDispatcher dispatcher;

    Api admin;
    String project;
    String suffix;

    @BeforeEach
    void setUp() {
        TestMailServer.get().start();
        admin = clients.as("admin");
        suffix = UUID.randomUUID().toString().substring(0, 8);
        project = clients.as("pm")
                .post("/api/projects", Map.of("name", "Invited into " + suffix))
                .json()
                .path("id")
                .asText();
    }

    @Test
    void aPartnerInviteeBringsItsOrganisationIntoTheProjectOnAccepting() {
        String organisation = admin.post(
                        "/api/admin/organisations", Map.of("name", "Invited partner " + suffix, "kind", "PARTNER"))
                .json()
                .path("id")
                .asText();
        String email = "invited-" + suffix + "@example.com";
        Api.Response invited = invite(email, organisation, "PARTNER_MANAGER", List.of(project), "OUTSOURCER");
        assertThat(invited.status()).as(invited.toString()).isEqualTo(201);
        assertThat(invited.json().get(0).path("projectIds").toString()).contains(project);
        assertThat(clients.as("pm")
                        .get("/api/projects/" + project + "/participants")
                        .json()
                        .toString())
                .as("nothing changes before the invitation is accepted")
                .doesNotContain(organisation);

        accept(email);

        Api partner = Api.signIn(clients.baseUrl(), email, PASSWORD);
        assertThat(partner.get("/api/projects/" + project).status()).isEqualTo(200);
        assertThat(clients.as("pm")
                        .get("/api/projects/" + project + "/participants")
                        .json()
                        .toString())
                .contains(organisation)
                .contains("OUTSOURCER");
    }

    @Test
    void anInternalInviteeBecomesAMemberWithItsProjectRole() {
        String host =
                admin.get("/api/me").json().path("organisation").path("id").asText();
        String email = "internal-" + suffix + "@example.com";
        Api.Response invited = invite(email, host, "MEMBER", List.of(project), "MANAGER");
        assertThat(invited.status()).as(invited.toString()).isEqualTo(201);

        accept(email);

        Api member = Api.signIn(clients.baseUrl(), email, PASSWORD);
        assertThat(member.get("/api/projects/" + project).json().path("myRole").asText())
                .isEqualTo("MANAGER");
    }

    @Test
    void aWrongProjectOrRoleIsRefusedAndAPartnerManagerCannotInviteIntoProjects() {
        String host =
                admin.get("/api/me").json().path("organisation").path("id").asText();
        Api.Response unknown = invite(
                "nobody-" + suffix + "@example.com",
                host,
                "MEMBER",
                List.of(UUID.randomUUID().toString()),
                null);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().path("errors").get(0).path("field").asText()).isEqualTo("projectIds");
        Api.Response wrongRole =
                invite("nobody-" + suffix + "@example.com", host, "MEMBER", List.of(project), "SUPPLIER");
        assertThat(wrongRole.status()).isEqualTo(400);
        assertThat(wrongRole.json().path("errors").get(0).path("message").asText())
                .contains("MANAGER, MEMBER");

        String supplierA = clients.as("supplier-a")
                .get("/api/me")
                .json()
                .path("organisation")
                .path("id")
                .asText();
        Map<String, Object> body = new HashMap<>();
        body.put("emails", List.of("colleague-" + suffix + "@example.com"));
        body.put("capabilities", List.of("PARTNER_MEMBER"));
        body.put("projectIds", List.of(project));
        Api.Response colleague =
                clients.as("supplier-a").post("/api/organisations/" + supplierA + "/invitations", body);
        assertThat(colleague.status()).isEqualTo(403);
    }

    private Api.Response invite(
            String email, String organisation, String capability, List<String> projects, String role) {
        Map<String, Object> body = new HashMap<>();
        body.put("emails", List.of(email));
        body.put("organisationId", organisation);
        body.put("capabilities", List.of(capability));
        body.put("projectIds", projects);
        body.put("projectRole", role);
        return admin.post("/api/admin/invitations", body);
    }

    private void accept(String email) {
        Outboxes.drain(dispatcher);
        String token;
        try {
            Matcher m = LINK.matcher(
                    TestMailServer.get().messagesTo(email).get(0).getContent().toString());
            assertThat(m.find()).isTrue();
            token = m.group(1);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        Api invitee = clients.anonymous();
        invitee.get("/api/invitations/" + token);
        Api.Response accepted = invitee.post(
                "/api/invitations/" + token + "/accept",
                Map.of("displayName", "Invited " + suffix, "password", PASSWORD));
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
    }
}
