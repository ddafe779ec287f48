package io.crossflow.document;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.crossflow.testing.IntegrationTest;
import io.crossflow.testing.TestClients;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The documents library ({@code GET /api/documents}): folders named, counts, and who sees which row. */
@IntegrationTest
class DocumentLibraryIT {

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
    void aProjectsLibraryNamesEachFolderByItsObjectAndCountsComments() {
        UUID item = workItem("Machined housings, batch 1");
        String name = "library-" + UUID.randomUUID() + ".txt";
        JsonNode created = fixture.created(
                "pm",
                Map.of("type", "DESIGN", "targetType", "WORK_ITEM", "targetId", item),
                name,
                "Bore drawing".getBytes(UTF_8));
        String id = created.path("id").asText();
        clients.as("engineer").post("/api/documents/" + id + "/comments", Map.of("body", "Checked the bore"));

        JsonNode row = row(
                clients.as("pm")
                        .get("/api/documents?projectId=" + fixture.gearbox())
                        .json(),
                id);
        assertThat(row).as("the pm's library lists it").isNotNull();
        assertThat(row.path("folder").path("type").asText()).isEqualTo("WORK_ITEM");
        assertThat(row.path("folder").path("id").asText()).isEqualTo(item.toString());
        assertThat(row.path("folder").path("title").asText()).isEqualTo("Machined housings, batch 1");
        assertThat(row.path("projectName").asText()).isEqualTo(DocumentFixture.GEARBOX);
        assertThat(row.path("commentCount").asInt()).isEqualTo(1);
        assertThat(row.path("uploaderName").asText()).isNotBlank().doesNotContain("-");
        assertThat(row.path("document").path("name").asText()).isEqualTo(name);
        assertThat(row.path("editable").asBoolean()).isTrue();
        assertThat(row.path("shareable").asBoolean()).isTrue();
        assertThat(row.path("deletable").asBoolean())
                .as("pm manages the project")
                .isTrue();

        JsonNode engineers = row(clients.as("engineer").get("/api/documents").json(), id);
        assertThat(engineers.path("deletable").asBoolean())
                .as("a member does not delete")
                .isFalse();
    }

    @Test
    void partnersAndCustomersSeeAcrossTheirProjectsOnlyWhatIsSharedWithThem() {
        String forA = fixture.created(
                        "pm",
                        Map.of("type", "REQUIREMENT", "partnerOrganisationIds", fixture.supplierA()),
                        "for-a.txt",
                        "Spec for A".getBytes(UTF_8))
                .path("id")
                .asText();
        String forCustomers = fixture.created(
                        "pm", Map.of("type", "OTHER", "customers", true), "for-customers.txt", "Report".getBytes(UTF_8))
                .path("id")
                .asText();

        JsonNode supplierA = clients.as("supplier-a").get("/api/documents").json();
        assertThat(ids(supplierA)).contains(forA).doesNotContain(forCustomers);
        JsonNode rowA = row(supplierA, forA);
        assertThat(rowA.path("folder").path("type").asText()).isEqualTo("PROJECT");
        assertThat(rowA.path("folder").path("title").asText()).isEqualTo(DocumentFixture.GEARBOX);
        assertThat(rowA.path("editable").asBoolean())
                .as("not its organisation's")
                .isFalse();
        assertThat(rowA.path("shareable").asBoolean()).isFalse();
        assertThat(rowA.path("deletable").asBoolean()).isFalse();

        assertThat(ids(clients.as("supplier-b").get("/api/documents").json())).doesNotContain(forA, forCustomers);
        assertThat(ids(clients.as("customer").get("/api/documents").json()))
                .contains(forCustomers)
                .doesNotContain(forA);
        assertThat(clients.as("other-pm")
                        .get("/api/documents?projectId=" + fixture.gearbox())
                        .status())
                .as("a project of which it is no member")
                .isEqualTo(404);
    }

    private UUID workItem(String title) {
        return jdbc.sql("select id from prj_work_item where title = ? and project_id = ?")
                .params(title, fixture.gearbox())
                .query(UUID.class)
                .single();
    }

    private static JsonNode row(JsonNode rows, String documentId) {
        return StreamSupport.stream(rows.spliterator(), false)
                .filter(r -> r.path("document").path("id").asText().equals(documentId))
                .findFirst()
                .orElse(null);
    }

    private static List<String> ids(JsonNode rows) {
        return StreamSupport.stream(rows.spliterator(), false)
                .map(r -> r.path("document").path("id").asText())
                .toList();
    }
}
