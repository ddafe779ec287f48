package io.crossflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.crossflow.testing.IntegrationTest;
import io.crossflow.testing.TestClients;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Cockpit and Admin under {@code /camunda} are Camunda's own web apps with their own sign-in;
 * Crossflow's security chain lets them through untouched (docs/architecture.md).
 */
@IntegrationTest
class CamundaWebappsIT {

    @Autowired
    TestClients clients;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IdentityService identityService;

    @Test
    void cockpitIsServedByCamundasOwnWebapp() {
        var first = clients.anonymous().get("/camunda/app/cockpit/");

        assertThat(first.status()).isEqualTo(302);
        assertThat(first.headers().get("location"))
                .singleElement()
                .asString()
                .endsWith("/camunda/app/cockpit/default/");

        HttpResponse<String> page = browse("/camunda/app/cockpit/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("content-type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(page.body()).containsPattern("<title>Camunda (Cockpit|Admin)</title>");
        assertThat(page.uri().getPath()).startsWith("/camunda/app/");
    }

    @Test
    void crossflowSignInDoesNotOpenCockpitsApi() {
        var response = clients.as("admin").get("/camunda/api/engine/engine/default/process-definition");

        assertThat(response.status()).isEqualTo(401);
    }

    @Test
    void nobodyCanCreateTheFirstCamundaAdministrator() {
        var attempt = clients.anonymous()
                .post(
                        "/camunda/api/admin/setup/default/user/create",
                        Map.of(
                                "profile",
                                        Map.of(
                                                "id",
                                                "intruder",
                                                "firstName",
                                                "In",
                                                "lastName",
                                                "Truder",
                                                "email",
                                                "i@x.example"),
                                "credentials", Map.of("password", "intruder1A!")));

        assertThat(attempt.status()).isGreaterThanOrEqualTo(400);
        assertThat(jdbc.sql("select count(*) from act_id_user")
                        .query(Long.class)
                        .single())
                .as("Camunda's own user table stays empty: users come from Crossflow")
                .isZero();
        assertThat(identityService.isReadOnly()).isTrue();
    }

    /** As a browser would: HTML accepted, redirects followed. */
    private HttpResponse<String> browse(String path) {
        HttpClient browser = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(clients.baseUrl() + path))
                .header("Accept", "text/html")
                .GET()
                .build();
        try {
            return browser.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
