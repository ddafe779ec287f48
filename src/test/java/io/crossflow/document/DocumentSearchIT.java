package io.crossflow.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.crossflow.testing.Api;
import io.crossflow.testing.IntegrationTest;
import io.crossflow.testing.TestClients;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Uploaded documents are found by what they say, in Chinese and English, through {@code GET
 * /api/search} — and only by those the document is shared with.
 */
@IntegrationTest
class DocumentSearchIT {

    private static final Duration DEADLINE = Duration.ofSeconds(60);

    @Autowired
    TestClients clients;

    @Autowired
    JdbcClient jdbc;

    DocumentFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new DocumentFixture(clients, jdbc);
    }

    @Test
    void aChineseQcReportIsFoundByItsWordsAndOnlyByThoseItIsSharedWith() throws Exception {
        byte[] docx = HostileFiles.docx(HostileFiles.paragraph("本次质检报告显示焊接强度合格"));
        JsonNode document = fixture.created(
                "pm", Map.of("type", "QC_REPORT", "partnerOrganisationIds", fixture.supplierA()), "焊接检验.docx", docx);
        String id = document.path("id").asText();
        assertThat(fixture.awaitExtraction("pm", id, 1, DEADLINE)
                        .path("extraction")
                        .path("status")
                        .asText())
                .isEqualTo("DONE");

        for (String query : List.of("质检报告", "焊接")) {
            JsonNode hit = hit(clients.as("pm"), query, id);
            assertThat(hit).as("pm searching %s", query).isNotNull();
            assertThat(hit.path("snippet").asText()).contains("<mark>" + query + "</mark>");
            assertThat(hit(clients.as("supplier-a"), query, id))
                    .as("supplier A, which it is shared with, searching %s", query)
                    .isNotNull();
        }
        for (String outsider : List.of("supplier-b", "customer", "other-pm")) {
            assertThat(hit(clients.as(outsider), "质检报告", id))
                    .as("%s must never find it", outsider)
                    .isNull();
            assertThat(hit(clients.as(outsider), "焊接", id))
                    .as("%s must never find it", outsider)
                    .isNull();
        }
    }

    @Test
    void anEnglishDocumentIsFoundByAnotherFormOfItsWords() throws Exception {
        byte[] pdf = HostileFiles.pdf("The housings were welded and inspected before shipment.");
        JsonNode document = fixture.created("engineer", Map.of("type", "QC_REPORT"), "inspection.pdf", pdf);
        String id = document.path("id").asText();
        assertThat(fixture.awaitExtraction("engineer", id, 1, DEADLINE)
                        .path("extraction")
                        .path("status")
                        .asText())
                .isEqualTo("DONE");

        assertThat(hit(clients.as("engineer"), "welding", id))
                .as("welding finds welded")
                .isNotNull();
        assertThat(hit(clients.as("engineer"), "inspections", id))
                .as("inspections finds inspected")
                .isNotNull();
        // shared with nobody outside: internal only
        assertThat(hit(clients.as("supplier-a"), "welding", id)).isNull();
        assertThat(hit(clients.as("customer"), "welding", id)).isNull();
    }

    @Test
    void aSingleCharacterFindsAnUploadedDocumentContainingAWordWithIt() throws Exception {
        byte[] docx = HostileFiles.docx(HostileFiles.paragraph("本次质检报告显示焊接强度合格"));
        JsonNode document = fixture.created(
                "pm", Map.of("type", "QC_REPORT", "partnerOrganisationIds", fixture.supplierA()), "质检.docx", docx);
        String id = document.path("id").asText();
        assertThat(fixture.awaitExtraction("pm", id, 1, DEADLINE)
                        .path("extraction")
                        .path("status")
                        .asText())
                .isEqualTo("DONE");

        JsonNode hit = hit(clients.as("pm"), "焊", id);
        assertThat(hit).as("pm searching 焊 finds the text containing 焊接").isNotNull();
        assertThat(hit.path("snippet").asText()).contains("<mark>焊</mark>接强度合格");
        assertThat(hit(clients.as("supplier-a"), "焊", id))
                .as("supplier A, shared with")
                .isNotNull();
        for (String outsider : List.of("supplier-b", "customer", "other-pm")) {
            assertThat(hit(clients.as(outsider), "焊", id)).as(outsider).isNull();
        }
    }

    /** The caller's search hit for the document, or null when its results do not contain it. */
    private static JsonNode hit(Api api, String query, String documentId) {
        Api.Response response =
                api.get("/api/search?kind=document&size=50&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        List<JsonNode> hits = new ArrayList<>();
        response.json().path("hits").forEach(hits::add);
        return hits.stream()
                .filter(h -> h.path("objectId").asText().equals(documentId))
                .findFirst()
                .orElse(null);
    }
}
