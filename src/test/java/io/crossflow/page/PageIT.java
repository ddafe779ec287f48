package io.crossflow.page;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.crossflow.testing.Api;
import io.crossflow.testing.DemoIds;
import io.crossflow.testing.IntegrationTest;
import io.crossflow.testing.TestClients;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Collaborative pages through the API as the demo users: versions, diffs, conflicts, sharing, sanitising. */
@IntegrationTest
class PageIT {

    private static final String REQUIREMENTS = "<h2>Requirements</h2><p>Housing wall thickness 4 mm.</p>"
            + "<ul><li>Material: aluminium</li><li>Finish: anodised</li></ul>";

    @Autowired
    TestClients clients;

    @Autowired
    DemoIds demo;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everySaveIsAVersionAndTheDiffShowsTheChangedWords() {
        String page = create(REQUIREMENTS, Map.of("customers", true));
        JsonNode saved = save(
                        "customer",
                        page,
                        "Requirements",
                        REQUIREMENTS.replace("4 mm", "5 mm").replace("<li>Finish: anodised</li>", ""),
                        1)
                .json();
        assertThat(saved.path("version").asInt()).isEqualTo(2);
        assertThat(saved.path("updatedBy").path("displayName").asText()).isEqualTo("Chen Customer");

        JsonNode versions =
                clients.as("pm").get("/api/pages/" + page + "/versions").json();
        assertThat(versions.findValuesAsText("version")).containsExactly("2", "1");
        assertThat(clients.as("engineer")
                        .get("/api/pages/" + page + "/versions/1")
                        .json()
                        .path("content")
                        .asText())
                .contains("4 mm");

        JsonNode diff =
                clients.as("pm").get("/api/pages/" + page + "/diff?from=1&to=2").json();
        assertThat(diff.path("inserted").asInt()).isEqualTo(1);
        assertThat(diff.path("deleted").asInt()).isEqualTo(2);
        JsonNode changed = line(diff, "CHANGE");
        assertThat(changed.path("oldText").asText()).isEqualTo("Housing wall thickness 4 mm.");
        assertThat(changed.path("text").asText()).isEqualTo("Housing wall thickness 5 mm.");
        assertThat(changed.path("segments").toString())
                .contains("{\"op\":\"DELETE\",\"text\":\"4\"}", "{\"op\":\"INSERT\",\"text\":\"5\"}");
        assertThat(line(diff, "DELETE").path("text").asText()).isEqualTo("Finish: anodised");
        // without from/to: the latest version against the one before it
        assertThat(clients.as("customer")
                        .get("/api/pages/" + page + "/diff")
                        .json()
                        .path("to")
                        .asInt())
                .isEqualTo(2);
    }

    @Test
    void aSaveFromAStaleVersionIsRefusedWithTheOthersChange() {
        String page = create(REQUIREMENTS, Map.of("customers", true));
        assertThat(save("customer", page, "Requirements", "<p>Wall thickness 6 mm, says Northwind.</p>", 1)
                        .status())
                .isEqualTo(200);

        Api.Response stale = save("engineer", page, "Requirements", REQUIREMENTS + "<p>Deburr all edges.</p>", 1);

        assertThat(stale.status()).isEqualTo(409);
        JsonNode problem = stale.json();
        assertThat(problem.path("detail").asText()).contains("Chen Customer").contains("version 2");
        assertThat(problem.path("currentVersion").asInt()).isEqualTo(2);
        assertThat(problem.path("savedBy").path("displayName").asText()).isEqualTo("Chen Customer");
        assertThat(problem.path("diff").path("from").asInt()).isEqualTo(1);
        assertThat(problem.path("diff").path("to").asInt()).isEqualTo(2);
        assertThat(problem.path("diff").path("lines").findValuesAsText("text"))
                .contains("Wall thickness 6 mm, says Northwind.");
        JsonNode current = clients.as("pm").get("/api/pages/" + page).json();
        assertThat(current.path("version").asInt()).isEqualTo(2);
        assertThat(current.path("content").asText()).contains("6 mm").doesNotContain("Deburr");
    }

    @Test
    void ofConcurrentSavesFromTheSameVersionExactlyOneWins() throws Exception {
        String page = create(REQUIREMENTS, Map.of("customers", true));
        List<String> editors = List.of("pm", "engineer", "admin", "customer");
        editors.forEach(clients::as); // sign in before the race
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(editors.size());
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (String editor : editors) {
                results.add(pool.submit(() -> {
                    start.await();
                    return save(editor, page, "Requirements", "<p>Edited by " + editor + "</p>", 1)
                            .status();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : results) {
                statuses.add(result.get(60, TimeUnit.SECONDS));
            }
            assertThat(statuses)
                    .containsOnly(200, 409)
                    .filteredOn(s -> s == 200)
                    .hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(clients.as("pm").get("/api/pages/" + page + "/versions").json())
                .hasSize(2);
    }

    @Test
    void aPageSharedWithCustomersIsInvisibleToSuppliers() {
        String word = "zqpagevis" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9-]", "q");
        String page = create("<p>Acceptance criteria " + word + "</p>", Map.of("customers", true));

        for (String supplier : List.of("supplier-a", "supplier-b")) {
            assertThat(clients.as(supplier).get("/api/pages/" + page).status()).isEqualTo(404);
            assertThat(save(supplier, page, "Hijack", "<p>x</p>", 1).status()).isEqualTo(404);
            assertThat(clients.as(supplier)
                            .get("/api/projects/" + demo.demoProject() + "/pages")
                            .json()
                            .findValuesAsText("id"))
                    .doesNotContain(page);
            assertThat(search(supplier, word)).doesNotContain(page);
        }
        assertThat(clients.as("customer").get("/api/pages/" + page).status()).isEqualTo(200);
        assertThat(clients.as("customer")
                        .get("/api/projects/" + demo.demoProject() + "/pages")
                        .json()
                        .findValuesAsText("id"))
                .contains(page);
        assertThat(search("customer", word)).contains(page);
        assertThat(search("pm", "accepted criteria " + word)).contains(page);
    }

    @Test
    void aChinesePageIsFoundByItsWordsWithTheHitMarked() {
        String page = create("<h2>验收标准</h2><p>外壳焊缝须经超声波探伤检测</p>", Map.of("customers", true));
        List<String> found = search("customer", "探伤");
        assertThat(found).contains(page);
        String snippet = clients.as("customer")
                .get("/api/search?kind=page&size=50&q="
                        + java.net.URLEncoder.encode("探伤", java.nio.charset.StandardCharsets.UTF_8))
                .json()
                .path("hits")
                .findValuesAsText("snippet")
                .get(found.indexOf(page));
        assertThat(snippet).contains("<mark>探伤</mark>");
    }

    @Test
    void aPageSharedWithSupplierAIsSeenAndEditedByItAlone() {
        String page = create(
                "<p>Drawing notes</p>",
                Map.of("customers", false, "organisationIds", List.of(demo.organisation(DemoIds.SUPPLIER_A))));
        assertThat(save("supplier-a", page, "Notes", "<p>Drawing notes, checked</p>", 1)
                        .status())
                .isEqualTo(200);
        assertThat(clients.as("supplier-b").get("/api/pages/" + page).status()).isEqualTo(404);
        assertThat(clients.as("customer").get("/api/pages/" + page).status()).isEqualTo(404);
    }

    @Test
    void scriptsAndEventHandlersAreStripped() {
        String page = create(
                "<p onclick=\"steal()\">Hello <b>team</b></p><script>alert(1)</script>"
                        + "<img src=\"https://example.com/a.png\" onerror=\"alert(2)\">"
                        + "<a href=\"javascript:alert(3)\">link</a><iframe src=\"https://evil\"></iframe>",
                Map.of());
        String content = clients.as("pm")
                .get("/api/pages/" + page)
                .json()
                .path("content")
                .asText();
        assertThat(content)
                .contains("<p>Hello <b>team</b></p>", "https://example.com/a.png", ">link</a>")
                .doesNotContainIgnoringCase("script")
                .doesNotContain("onclick", "onerror", "javascript:", "iframe", "alert");
    }

    @Test
    void invalidSavesAreFieldErrors() {
        String page = create("<p>x</p>", Map.of());
        Api.Response noBase = clients.as("pm").put("/api/pages/" + page, Map.of("title", "T", "content", "<p>y</p>"));
        assertThat(noBase.status()).isEqualTo(400);
        assertThat(noBase.json().path("errors").get(0).path("field").asText()).isEqualTo("baseVersion");
        Api.Response blankTitle = save("pm", page, " ", "<p>y</p>", 1);
        assertThat(blankTitle.json().path("errors").get(0).path("field").asText())
                .isEqualTo("title");
        Api.Response stranger = clients.as("pm")
                .post(
                        "/api/projects/" + demo.demoProject() + "/pages",
                        Map.of("title", "T", "sharing", Map.of("organisationIds", List.of(UUID.randomUUID()))));
        assertThat(stranger.status()).isEqualTo(400);
    }

    @Test
    void savesAppearInTheProjectActivityOfThoseTheyAreSharedWith() {
        String page = create("<p>Minutes</p>", Map.of("customers", true));
        String internalOnly = create("<p>Internal minutes</p>", Map.of());
        JsonNode activity = clients.as("customer")
                .get("/api/projects/" + demo.demoProject() + "/activity?size=200")
                .json();
        assertThat(activity.findValuesAsText("objectId")).contains(page).doesNotContain(internalOnly);
    }

    private String create(String content, Map<String, Object> sharing) {
        Api.Response response = clients.as("pm")
                .post(
                        "/api/projects/" + demo.demoProject() + "/pages",
                        Map.of("title", "Requirements", "content", content, "sharing", sharing));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        assertThat(response.json().path("version").asInt()).isEqualTo(1);
        return response.json().path("id").asText();
    }

    private Api.Response save(String user, String page, String title, String content, int baseVersion) {
        return clients.as(user)
                .put("/api/pages/" + page, Map.of("title", title, "content", content, "baseVersion", baseVersion));
    }

    private List<String> search(String user, String q) {
        Api.Response response = clients.as(user)
                .get("/api/search?kind=page&size=50&q="
                        + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().path("hits").findValuesAsText("objectId");
    }

    private static JsonNode line(JsonNode diff, String op) {
        for (JsonNode line : diff.path("lines")) {
            if (line.path("op").asText().equals(op)) {
                return line;
            }
        }
        throw new AssertionError("No " + op + " line in " + diff);
    }
}
