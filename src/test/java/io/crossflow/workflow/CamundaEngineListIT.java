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
 * The list of engine names ({@code GET /camunda/api/engine/engine}) is for callers signed in to the
 * Camunda webapps only: anyone else gets an empty list, never a refusal, because Cockpit's login
 * page needs a successful answer there (docs/security.md, "Decisions"; {@code CockpitBrowserIT}).
 */
@IntegrationTest
class CamundaEngineListIT {

    @Autowired
    TestClients clients;

    @Test
    void anonymousCallersGetNoEngineNames() throws Exception {
        for (String path : new String[] {"/camunda/api/engine/engine/", "/camunda/api/engine/engine"}) {
            HttpResponse<String> answer = new Webapp().get(path);

            assertThat(answer.statusCode()).as(path).isEqualTo(200);
            assertThat(answer.body()).as(path).isEqualTo("[]");
        }
    }

    @Test
    void aCrossflowSessionIsNoCockpitSignIn() {
        var answer = clients.as("admin").get("/camunda/api/engine/engine/");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo("[]");
    }

    @Test
    void theOperatorSignedInToCockpitSeesTheEngines() throws Exception {
        Webapp cockpit = new Webapp();
        assertThat(cockpit.get("/camunda/api/engine/engine/").body()).isEqualTo("[]");

        assertThat(cockpit.login("operator", TestClients.PASSWORD).statusCode()).isEqualTo(200);

        HttpResponse<String> answer = cockpit.get("/camunda/api/engine/engine/");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("\"name\":\"default\"");
    }

    @Test
    void aRefusedCockpitSignInSeesNoEngines() throws Exception {
        Webapp cockpit = new Webapp();

        assertThat(cockpit.login("admin", TestClients.PASSWORD).statusCode()).isEqualTo(401);

        assertThat(cockpit.get("/camunda/api/engine/engine/").body()).isEqualTo("[]");
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
