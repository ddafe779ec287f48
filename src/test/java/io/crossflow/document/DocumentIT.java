package io.crossflow.document;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.crossflow.notification.internal.OutboxDispatcher;
import io.crossflow.testing.Api;
import io.crossflow.testing.IntegrationTest;
import io.crossflow.testing.Outboxes;
import io.crossflow.testing.TestClients;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Documents through the API as the demo users: versions, sharing, comments, deletion, extraction. */
@IntegrationTest
class DocumentIT {

    @Autowired
    TestClients clients;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OutboxDispatcher outbox;

    @Autowired
    io.crossflow.document.internal.ExtractionQueue queue;

    DocumentFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new DocumentFixture(clients, jdbc);
    }

    @Test
    void newVersionsAreListedWithWhoWhenSizeAndChecksumAndAnEarlierOneCanBeRestored() throws Exception {
        byte[] first = "Drawing rev A".getBytes(UTF_8);
        byte[] second = "Drawing rev B, with the new bore".getBytes(UTF_8);
        JsonNode document = fixture.created("engineer", Map.of("type", "DESIGN"), "housing.txt", first);
        String id = document.path("id").asText();
        Api engineer = clients.as("engineer");

        Api.Response added = engineer.multipart("/api/documents/" + id + "/versions", Map.of(), "housing.txt", second);
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        assertThat(added.json().path("number").asInt()).isEqualTo(2);

        JsonNode versions = engineer.get("/api/documents/" + id + "/versions").json();
        assertThat(versions.findValuesAsText("number")).containsExactly("2", "1");
        JsonNode v1 = versions.get(1);
        assertThat(v1.path("size").asLong()).isEqualTo(first.length);
        assertThat(v1.path("sha256").asText()).isEqualTo(sha256(first));
        assertThat(v1.path("uploadedBy").asText()).isEqualTo(userId("engineer").toString());
        assertThat(v1.path("uploadedAt").asText()).isNotBlank();
        assertThat(v1.path("contentType").asText()).isEqualTo("text/plain");

        assertThat(engineer.download("/api/documents/" + id + "/versions/1/content")
                        .body())
                .isEqualTo(first);
        assertThat(engineer.download("/api/documents/" + id + "/versions/2/content")
                        .body())
                .isEqualTo(second);

        Api.Response restored = engineer.post("/api/documents/" + id + "/versions/1/restore", null);
        assertThat(restored.status()).as(restored.toString()).isEqualTo(201);
        assertThat(restored.json().path("number").asInt()).isEqualTo(3);
        assertThat(restored.json().path("restoredFrom").asInt()).isEqualTo(1);
        assertThat(restored.json().path("sha256").asText()).isEqualTo(sha256(first));
        assertThat(engineer.get("/api/documents/" + id)
                        .json()
                        .path("latestVersion")
                        .path("number")
                        .asInt())
                .isEqualTo(3);
        assertThat(engineer.download("/api/documents/" + id + "/versions/3/content")
                        .body())
                .isEqualTo(first);
        assertThat(engineer.post("/api/documents/" + id + "/versions/9/restore", null)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void aDocumentSharedWithSupplierAOnlyIsInvisibleToEveryoneElseOutsideTheCompany() {
        JsonNode document = fixture.created(
                "pm",
                Map.of("type", "DELIVERABLE", "partnerOrganisationIds", fixture.supplierA()),
                "drawing-for-a.txt",
                "For supplier A".getBytes(UTF_8));
        String id = document.path("id").asText();
        String base = "/api/documents/" + id;
        assertThat(clients.as("pm")
                        .post(base + "/comments", Map.of("body", "Please check the tolerances"))
                        .status())
                .isEqualTo(201);

        Api a = clients.as("supplier-a");
        assertThat(listed(a)).contains(id);
        assertThat(a.get(base).status()).isEqualTo(200);
        assertThat(a.get(base + "/versions").status()).isEqualTo(200);
        assertThat(a.download(base + "/versions/1/content").body()).isEqualTo("For supplier A".getBytes(UTF_8));
        assertThat(a.get(base + "/comments").json().findValuesAsText("body")).contains("Please check the tolerances");

        for (String outsider : List.of("supplier-b", "customer", "other-pm")) {
            Api api = clients.as(outsider);
            if (!outsider.equals("other-pm")) {
                assertThat(listed(api)).as(outsider).doesNotContain(id);
            } else {
                assertThat(api.get("/api/projects/" + fixture.gearbox() + "/documents")
                                .status())
                        .isEqualTo(404);
            }
            assertThat(api.get(base).status()).as(outsider).isEqualTo(404);
            assertThat(api.get(base + "/versions").status()).as(outsider).isEqualTo(404);
            assertThat(api.download(base + "/versions/1/content").status())
                    .as(outsider)
                    .isEqualTo(404);
            assertThat(api.get(base + "/comments").status()).as(outsider).isEqualTo(404);
            assertThat(api.post(base + "/comments", Map.of("body", "hello")).status())
                    .as(outsider)
                    .isEqualTo(404);
            assertThat(api.get(base).body()).as(outsider).doesNotContain("drawing-for-a");
        }
        fixture.awaitExtraction("pm", id, 1, Duration.ofSeconds(30));
        assertThat(searchAudience(id))
                .as("search finds it for the same audience")
                .containsExactly(fixture.supplierA());
    }

    @Test
    void sharingWithTheCustomersShowsTheDocumentToThemAndOnlyInternalMembersMayChangeIt() {
        JsonNode document = fixture.created("pm", Map.of("type", "REQUIREMENT"), "spec.txt", "Spec".getBytes(UTF_8));
        String id = document.path("id").asText();
        assertThat(clients.as("customer").get("/api/documents/" + id).status()).isEqualTo(404);

        Api.Response shared = clients.as("engineer")
                .put(
                        "/api/documents/" + id + "/sharing",
                        Map.of("partnerOrganisationIds", List.of(), "customers", true));
        assertThat(shared.status()).as(shared.toString()).isEqualTo(200);

        assertThat(clients.as("customer").get("/api/documents/" + id).status()).isEqualTo(200);
        assertThat(clients.as("supplier-a").get("/api/documents/" + id).status())
                .isEqualTo(404);
        assertThat(clients.as("customer")
                        .put("/api/documents/" + id + "/sharing", Map.of("customers", false))
                        .status())
                .isEqualTo(403);
        Api.Response notAPartner = clients.as("pm")
                .put(
                        "/api/documents/" + id + "/sharing",
                        Map.of("partnerOrganisationIds", List.of(UUID.randomUUID()), "customers", true));
        assertThat(notAPartner.status()).isEqualTo(400);
        assertThat(notAPartner.json().path("errors").findValuesAsText("field"))
                .containsExactly("partnerOrganisationIds");
    }

    @Test
    void aPartnerUploadsToItsOwnWorkItemSharedWithItsOrganisationButNotToTheProject() {
        UUID item = jdbc.sql("select id from prj_work_item where title = ? and project_id = ?")
                .params("Machined housings, batch 1", fixture.gearbox())
                .query(UUID.class)
                .single();
        JsonNode document = fixture.created(
                "supplier-a",
                Map.of("type", "DELIVERABLE", "targetType", "WORK_ITEM", "targetId", item, "customers", true),
                "batch-1.txt",
                "Batch 1 delivered".getBytes(UTF_8));
        assertThat(document.path("sharing")
                        .path("partnerOrganisationIds")
                        .get(0)
                        .asText())
                .isEqualTo(fixture.supplierA().toString());
        assertThat(document.path("sharing").path("customers").asBoolean()).isFalse();
        String id = document.path("id").asText();
        assertThat(clients.as("supplier-b").get("/api/documents/" + id).status())
                .isEqualTo(404);
        assertThat(clients.as("pm").get("/api/documents/" + id).status()).isEqualTo(200);
        assertThat(clients.as("supplier-a")
                        .multipart("/api/documents/" + id + "/versions", Map.of(), "batch-1.txt", new byte[] {1})
                        .status())
                .as("its own organisation's document")
                .isEqualTo(201);

        assertThat(fixture.upload("supplier-a", Map.of("type", "OTHER"), "x.txt", new byte[] {1})
                        .status())
                .as("the project itself")
                .isEqualTo(403);
        assertThat(fixture.upload(
                                "supplier-b",
                                Map.of("type", "OTHER", "targetType", "WORK_ITEM", "targetId", item),
                                "x.txt",
                                new byte[] {1})
                        .status())
                .as("another partner's work item")
                .isEqualTo(400);
        assertThat(fixture.upload("customer", Map.of("type", "OTHER"), "x.txt", new byte[] {1})
                        .status())
                .isEqualTo(403);
    }

    @Test
    void aMentionNotifiesTheMentionedUserOnlyIfItSeesTheDocument() {
        JsonNode document = fixture.created(
                "pm",
                Map.of("type", "QC_REPORT", "partnerOrganisationIds", fixture.supplierA()),
                "weld-report.txt",
                "Weld report".getBytes(UTF_8));
        String id = document.path("id").asText();

        Api.Response comment = clients.as("pm")
                .post(
                        "/api/documents/" + id + "/comments",
                        Map.of("body", "@supplier-a please confirm; @supplier-b must not learn of it", "version", 1));
        assertThat(comment.status()).as(comment.toString()).isEqualTo(201);
        assertThat(comment.json().path("version").asInt()).isEqualTo(1);
        Outboxes.drain(outbox);

        assertThat(titles("supplier-a")).anySatisfy(t -> assertThat(t).contains("weld-report.txt"));
        assertThat(titles("supplier-b")).noneSatisfy(t -> assertThat(t).contains("weld-report.txt"));
    }

    @Test
    void onlyTheProjectsManagersDeleteAndTheDeletionIsAudited() {
        JsonNode document = fixture.created("engineer", Map.of("type", "OTHER"), "old.txt", "old".getBytes(UTF_8));
        String id = document.path("id").asText();

        assertThat(clients.as("engineer").delete("/api/documents/" + id).status())
                .isEqualTo(403);
        assertThat(clients.as("pm").delete("/api/documents/" + id).status()).isEqualTo(204);

        assertThat(clients.as("pm").get("/api/documents/" + id).status()).isEqualTo(404);
        assertThat(listed(clients.as("pm"))).doesNotContain(id);
        assertThat(jdbc.sql(
                                "select count(*) from aud_event where object_type = 'DOCUMENT' and object_id = ? and action = 'DELETED'")
                        .param(id)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(searchAudience(id)).isNull();
    }

    @Test
    void extractedTextIsSearchableAndItsStatusShows() {
        JsonNode document = fixture.created(
                "engineer", Map.of("type", "OTHER"), "notes.txt", "Bore diameter 42 mm confirmed".getBytes(UTF_8));
        String id = document.path("id").asText();
        assertThat(document.path("latestVersion")
                        .path("extraction")
                        .path("status")
                        .asText())
                .isIn("PENDING", "RUNNING", "DONE");

        JsonNode version = fixture.awaitExtraction("engineer", id, 1, Duration.ofSeconds(30));

        assertThat(version.path("extraction").path("status").asText()).isEqualTo("DONE");
        assertThat(jdbc.sql("select body from srch_entry where kind = 'document' and object_id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .contains("Bore diameter 42 mm");
    }

    @Test
    void aVersionLeftUnindexedIsMadeSearchableByThePoller() {
        JsonNode document = fixture.created(
                "engineer", Map.of("type", "OTHER"), "gauge.txt", "Gauge block calibration passed".getBytes(UTF_8));
        String id = document.path("id").asText();
        fixture.awaitExtraction("engineer", id, 1, Duration.ofSeconds(30));
        // as if the node had stopped between the two stages
        jdbc.sql("delete from srch_entry where kind = 'document' and object_id = ?")
                .param(id)
                .update();
        jdbc.sql("update doc_version set indexed_at = null where document_id = ?::uuid")
                .param(id)
                .update();
        assertThat(fixture.version("engineer", id, 1)
                        .path("extraction")
                        .path("searchable")
                        .asBoolean())
                .isFalse();

        queue.poll();

        JsonNode version = fixture.awaitExtraction("engineer", id, 1, Duration.ofSeconds(30));
        assertThat(version.path("extraction").path("searchable").asBoolean()).isTrue();
        assertThat(jdbc.sql("select body from srch_entry where kind = 'document' and object_id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .contains("Gauge block calibration passed");
    }

    private List<String> listed(Api api) {
        return api.get("/api/projects/" + fixture.gearbox() + "/documents")
                .json()
                .findValuesAsText("id");
    }

    private List<String> titles(String username) {
        return clients.as(username).get("/api/notifications").json().findValuesAsText("title");
    }

    private List<UUID> searchAudience(String id) {
        return jdbc.sql("select audience_orgs from srch_entry where kind = 'document' and object_id = ?")
                .param(id)
                .query((rs, i) -> List.of((UUID[]) rs.getArray(1).getArray()))
                .optional()
                .orElse(null);
    }

    private UUID userId(String username) {
        return jdbc.sql("select id from idn_user where username = ?")
                .param(username)
                .query(UUID.class)
                .single();
    }

    static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}
