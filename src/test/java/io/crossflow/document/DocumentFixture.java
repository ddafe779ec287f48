package io.crossflow.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.crossflow.testing.Api;
import io.crossflow.testing.TestClients;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Uploads and look-ups through the API for the document tests. */
final class DocumentFixture {

    static final String GEARBOX = "Gearbox Housing Line";

    private final TestClients clients;
    private final JdbcClient jdbc;

    DocumentFixture(TestClients clients, JdbcClient jdbc) {
        this.clients = clients;
        this.jdbc = jdbc;
    }

    UUID gearbox() {
        return jdbc.sql("select id from prj_project where name = ?")
                .param(GEARBOX)
                .query(UUID.class)
                .single();
    }

    UUID organisation(String name) {
        return jdbc.sql("select id from idn_organisation where name = ?")
                .param(name)
                .query(UUID.class)
                .single();
    }

    UUID supplierA() {
        return organisation("Precision Parts Ltd");
    }

    /** Uploads as the user to the demo project; fields besides the file as given. */
    Api.Response upload(String username, Map<String, ?> fields, String fileName, byte[] content) {
        return clients.as(username).multipart("/api/projects/" + gearbox() + "/documents", fields, fileName, content);
    }

    /** Uploads and expects 201; returns the document. */
    JsonNode created(String username, Map<String, ?> fields, String fileName, byte[] content) {
        Api.Response response = upload(username, fields, fileName, content);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json();
    }

    /**
     * Polls the version until its extraction has ended and its text is searchable (the indexing stage
     * after it), for at most the deadline; returns the version.
     */
    JsonNode awaitExtraction(String username, String documentId, int number, Duration deadline) {
        Instant end = Instant.now().plus(deadline);
        while (true) {
            JsonNode version = version(username, documentId, number);
            String status = version.path("extraction").path("status").asText();
            boolean ended = !List.of("PENDING", "RUNNING").contains(status)
                    && version.path("extraction").path("searchable").asBoolean();
            if (ended || Instant.now().isAfter(end)) {
                return version;
            }
            Thread.onSpinWait();
            try {
                Thread.sleep(50); // a poll interval, not a wait for a guessed duration
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return version;
            }
        }
    }

    JsonNode version(String username, String documentId, int number) {
        for (JsonNode v : clients.as(username)
                .get("/api/documents/" + documentId + "/versions")
                .json()) {
            if (v.path("number").asInt() == number) {
                return v;
            }
        }
        throw new AssertionError("No version " + number + " of " + documentId);
    }

    String extractedText(String documentId, int number) {
        return jdbc.sql("select extracted_text from doc_version where document_id = ? and number = ?")
                .params(UUID.fromString(documentId), number)
                .query(String.class)
                .single();
    }
}
