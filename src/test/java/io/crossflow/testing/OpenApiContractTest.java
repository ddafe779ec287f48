package io.crossflow.testing;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The check itself can fail: each kind of mismatch the ITs may meet fails, naming what a reader needs. */
class OpenApiContractTest {

    private static final String DOCUMENT = """
            {"openapi": "3.0.1", "info": {"title": "t", "version": "1"},
             "paths": {
              "/api/tasks/{taskId}/claim": {"parameters": [{"name": "taskId", "in": "path", "required": true, "schema": {"type": "string"}}], "post": {"responses": {"204": {"description": "claimed"}}}},
              "/api/tasks/{taskId}/comments": {"parameters": [{"name": "taskId", "in": "path", "required": true, "schema": {"type": "string"}}], "post": {
                "requestBody": {"required": true, "content": {"application/json": {"schema": {
                  "type": "object", "required": ["text"], "properties": {"text": {"type": "string"}}}}}},
                "responses": {"400": {"description": "refused"}, "201": {"description": "added", "content": {"application/json": {"schema": {
                  "type": "object", "required": ["id"], "properties": {"id": {"type": "string"}}}}}}}}}}}
            """;

    private final OpenApiContract contract = OpenApiContract.forDocument(DOCUMENT);

    @Test
    void aBodySentToAnOperationThatTakesNoneFailsNamingMethodPathStatusOperationAndKey() {
        HttpRequest claim = post("/api/tasks/t-1/claim", "{}");

        assertThatThrownBy(() -> contract.verify(claim, "", 204, Map.of(), null))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("POST /api/tasks/t-1/claim answered 204")
                .hasMessageContaining("(POST /api/tasks/{taskId}/claim, test ")
                .hasMessageContaining("request: validation.request.body.unexpected");
    }

    @Test
    void aStatusTheDocumentDoesNotKnowFails() {
        HttpRequest claim = HttpRequest.newBuilder(URI.create("http://localhost/api/tasks/t-1/claim"))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build();

        assertThatCode(() -> contract.verify(claim, "", 204, Map.of(), null)).doesNotThrowAnyException();
        assertThatThrownBy(() -> contract.verify(claim, "", 200, Map.of(), null))
                .hasMessageContaining("answered 200")
                .hasMessageContaining("validation.response.status.unknown");
    }

    @Test
    void aBodyTheServerAcceptedThatTheDocumentCallsWrongFailsButARefusedOneDoesNot() {
        HttpRequest wrongField = post("/api/tasks/t-1/comments", "{\"body\": \"hello\"}");
        byte[] created = "{\"id\": \"c-1\"}".getBytes(StandardCharsets.UTF_8);
        Map<String, List<String>> json = Map.of("Content-Type", List.of("application/json"));

        assertThatThrownBy(() -> contract.verify(wrongField, "", 201, json, created))
                .hasMessageContaining("request: validation.request.body.schema.required");
        assertThatCode(() -> contract.verify(wrongField, "", 400, Map.of(), null))
                .doesNotThrowAnyException();
    }

    @Test
    void anAnswerUnlikeItsSchemaFails() {
        HttpRequest comment = post("/api/tasks/t-1/comments", "{\"text\": \"hello\"}");
        byte[] noId = "{\"author\": \"x\"}".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() ->
                        contract.verify(comment, "", 201, Map.of("Content-Type", List.of("application/json")), noId))
                .hasMessageContaining("response: validation.response.body.schema.required");
    }

    private static HttpRequest post(String path, String json) {
        return HttpRequest.newBuilder(URI.create("http://localhost" + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
    }
}
