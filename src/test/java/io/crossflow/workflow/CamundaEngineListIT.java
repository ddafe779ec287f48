package io.crossflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.crossflow.testing.IntegrationTest;
import io.crossflow.testing.TestClients;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The list of engine names ({@code GET /camunda/api/engine/engine}) is the one anonymous answer of
 * the Camunda webapps: Cockpit's login page needs it before anyone signs in, and it holds nothing
 * but the engine's name, the same on every installation. Everything behind it waits for a Cockpit
 * sign-in (docs/security.md, "Decisions"; {@code CockpitBrowserIT}).
 */
@IntegrationTest
class CamundaEngineListIT {

    @Autowired
    TestClients clients;

    @Test
    void anonymousCallersSeeTheEngineNameAndNothingElse() throws Exception {
        HttpResponse<String> answer = new Webapp().get("/camunda/api/engine/engine/");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo("[{\"name\":\"default\"}]");
    }

    @Test
    void anonymousCallersGetNothingBehindTheEngineName() throws Exception {
        Webapp anonymous = new Webapp();
        for (String path : new String[] {
            "/camunda/api/engine/engine/default/process-definition",
            "/camunda/api/engine/engine/default/task",
            "/camunda/api/engine/engine/default/incident",
            "/camunda/api/cockpit/plugin/base/default/process-definition/statistics",
            "/camunda/api/admin/auth/user/default"
        }) {
            HttpResponse<String> answer = anonymous.get(path);

            assertThat(answer.statusCode()).as(path).isIn(401, 403, 404);
            assertThat(answer.body()).as(path).doesNotContain("work-package-handoff", "tenantId");
        }
    }

    @Test
    void theOperatorSignedInToCockpitSeesProcessDefinitions() throws Exception {
        Webapp cockpit = new Webapp();
        assertThat(cockpit.get("/camunda/api/engine/engine/default/process-definition")
                        .statusCode())
                .isEqualTo(401);

        assertThat(cockpit.login("operator", TestClients.PASSWORD).statusCode()).isEqualTo(200);

        HttpResponse<String> answer = cockpit.get("/camunda/api/engine/engine/default/process-definition");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("work-package-handoff");
    }

    @Test
    void aRefusedCockpitSignInSeesNoProcessDefinitions() throws Exception {
        Webapp cockpit = new Webapp();

        assertThat(cockpit.login("admin", TestClients.PASSWORD).statusCode()).isEqualTo(401);

        assertThat(cockpit.get("/camunda/api/engine/engine/default/process-definition")
                        .statusCode())
                .isEqualTo(401);
    }

    /** A browser-like client of the Camunda webapps: its own cookies and the webapps' CSRF token. */
    private final class Webapp {
        private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        private final HttpClient http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();

        HttpResponse<String> get(String path) throws Exception {
            return http.send(
                    HttpRequest.newBuilder(URI.create(clients.baseUrl() + path))
                            .header("Accept", "application/json")
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> login(String username, String password) throws Exception {
            HttpResponse<String> page = get("/camunda/app/cockpit/default/");
            String token = page.headers()
                    .firstValue("X-XSRF-TOKEN")
                    .orElseGet(() -> cookies.getCookieStore().getCookies().stream()
                            .filter(c -> c.getName().equals("XSRF-TOKEN"))
                            .map(HttpCookie::getValue)
                            .findFirst()
                            .orElse(""));
            return http.send(
                    HttpRequest.newBuilder(URI.create(
                                    clients.baseUrl() + "/camunda/api/admin/auth/user/default/login/cockpit"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .header("Accept", "application/json")
                            .header("X-XSRF-TOKEN", token)
                            .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=" + password))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }
}
