package io.crossflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.crossflow.testing.IntegrationTest;
import io.crossflow.testing.TestClients;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/** The OpenAPI description and Swagger UI are for the tenant's own staff, never for partners or customers. */
@IntegrationTest
class ApiDocumentationIT {

    @Autowired
    TestClients clients;

    @ParameterizedTest
    @ValueSource(strings = {"engineer", "admin"})
    void internalUserReadsTheOpenApiDescription(String username) {
        var docs = clients.as(username).get("/v3/api-docs");

        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().path("openapi").asText()).startsWith("3.");
        assertThat(docs.json().path("paths").has("/api/me")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"engineer", "admin"})
    void internalUserOpensSwaggerUi(String username) {
        var ui = clients.as(username).get("/swagger-ui/index.html");

        assertThat(ui.status()).isEqualTo(200);
        assertThat(ui.body()).contains("Swagger UI");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/v3/api-docs", "/swagger-ui/index.html"})
    void partnerAndCustomerAreRefused(String path) {
        for (String username : new String[] {"supplier-a", "supplier-b", "customer"}) {
            var response = clients.as(username).get(path);

            assertThat(response.status()).as(username).isEqualTo(403);
            assertThat(response.body()).as(username).doesNotContain("openapi", "Swagger UI");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/v3/api-docs", "/swagger-ui/index.html"})
    void anonymousCallerIsSentToSignIn(String path) {
        var response = clients.anonymous().get(path);

        assertThat(response.status()).isEqualTo(302);
        assertThat(response.headers().get("location"))
                .singleElement()
                .asString()
                .endsWith("/login");
    }
}
