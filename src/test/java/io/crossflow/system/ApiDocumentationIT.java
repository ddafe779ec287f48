package io.crossflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.crossflow.testing.IntegrationTest;
import io.crossflow.testing.TestClients;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
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

    /**
     * What a generated client reads: every success answer that has a body says its shape. A handler
     * returning {@code Object}, {@code ResponseEntity<?>} or a Spring type that only writes the body
     * (a StreamingResponseBody, an emitter) would be described as an empty object or as that Java
     * class; this names such an operation, so the next endpoint of that kind is typed (docs/api.md).
     */
    @Test
    void everySuccessAnswerDescribesItsBody() {
        JsonNode paths = clients.as("admin").get("/v3/api-docs").json().path("paths");
        List<String> vague = new ArrayList<>();
        paths.fields()
                .forEachRemaining(path -> path.getValue()
                        .fields()
                        .forEachRemaining(operation -> operation
                                .getValue()
                                .path("responses")
                                .fields()
                                .forEachRemaining(response -> {
                                    if (!response.getKey().startsWith("2")) {
                                        return;
                                    }
                                    response.getValue().path("content").fields().forEachRemaining(media -> {
                                        String schema =
                                                media.getValue().path("schema").toString();
                                        if (schema.equals("{\"type\":\"object\"}")
                                                || schema.equals("{}")
                                                || schema.contains("#/components/schemas/org.springframework.")) {
                                            vague.add(operation.getKey().toUpperCase() + " " + path.getKey() + " "
                                                    + response.getKey() + " " + media.getKey() + ": " + schema);
                                        }
                                    });
                                })));
        assertThat(vague)
                .as("success answers whose body the document does not describe")
                .isEmpty();
    }
}
