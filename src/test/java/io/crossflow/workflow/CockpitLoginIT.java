package io.crossflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.crossflow.identity.CurrentUser;
import io.crossflow.identity.Users;
import io.crossflow.testing.IntegrationTest;
import io.crossflow.testing.TestClients;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Camunda Cockpit/Admin sign in against Crossflow's users, and only platform operators get in. */
@IntegrationTest
class CockpitLoginIT {

    @Autowired
    TestClients clients;

    @Autowired
    IdentityService identityService;

    @Autowired
    Users users;

    @Test
    void operatorSignsInToCockpit() throws Exception {
        assertThat(cockpitLogin("operator", TestClients.PASSWORD).statusCode()).isEqualTo(200);
    }

    @Test
    void everyoneElseIsRefusedByCockpit() throws Exception {
        assertThat(cockpitLogin("admin", TestClients.PASSWORD).statusCode()).isEqualTo(401);
        assertThat(cockpitLogin("supplier-a", TestClients.PASSWORD).statusCode())
                .isEqualTo(401);
        assertThat(cockpitLogin("operator", "wrong").statusCode()).isEqualTo(401);
    }

    @Test
    void engineSeesAUsersOrganisationAndProjectRolesAsGroups() {
        CurrentUser engineer = users.currentUserByUsername("engineer").orElseThrow();
        String gearbox = null;
        for (JsonNode project : clients.as("engineer").get("/api/projects").json()) {
            if (project.path("name").asText().equals("Gearbox Housing Line")) {
                gearbox = project.path("id").asText();
            }
        }

        List<String> groups = identityService
                .createGroupQuery()
                .groupMember(engineer.id().toString())
                .list()
                .stream()
                .map(Group::getId)
                .toList();

        assertThat(groups)
                .contains(CandidateGroups.organisation(engineer.organisationId()), "project:" + gearbox + ":MEMBER")
                .noneMatch(g -> g.startsWith("user:"));
        assertThat(identityService
                        .createUserQuery()
                        .userId("engineer")
                        .singleResult()
                        .getId())
                .isEqualTo(engineer.id().toString());
        assertThat(identityService
                        .createTenantQuery()
                        .userMember(engineer.id().toString())
                        .singleResult()
                        .getId())
                .isEqualTo(engineer.tenantId().toString());
    }

    private HttpResponse<String> cockpitLogin(String username, String password) throws Exception {
        CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        HttpClient http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        // the webapp hands out its CSRF token (cookie and header) on a GET
        HttpResponse<String> page = http.send(
                HttpRequest.newBuilder(URI.create(clients.baseUrl() + "/camunda/app/cockpit/default/"))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        String token = page.headers()
                .firstValue("X-XSRF-TOKEN")
                .orElseGet(() -> cookies.getCookieStore().getCookies().stream()
                        .filter(c -> c.getName().equals("XSRF-TOKEN"))
                        .map(HttpCookie::getValue)
                        .findFirst()
                        .orElse(""));
        String form = "username=" + username + "&password=" + password;
        return http.send(
                HttpRequest.newBuilder(
                                URI.create(clients.baseUrl() + "/camunda/api/admin/auth/user/default/login/cockpit"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Accept", "application/json")
                        .header("X-XSRF-TOKEN", token)
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
