package io.crossflow.page;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.crossflow.testing.Api;
import io.crossflow.testing.IntegrationTest;
import io.crossflow.testing.TestClients;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The tenant's own help pages: a tenant admin writes one with the page editor (versions and all),
 * publishes it and orders the help centre; partners and customers read it and find it by a part of
 * a word; drafts and other tenants' pages stay unseen.
 */
@IntegrationTest
class TenantHelpPagesIT {

    @Autowired
    TestClients clients;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aTenantAdminWritesAHelpPageThatPartnersReadAndFindByAPartOfAWord() {
        Api admin = clients.as("admin");
        String marker = marker();
        String title = "齿轮箱保养指南 " + marker;
        Api.Response created = admin.post("/api/help/pages", Map.of("title", title, "content", "<p>每季度检查一次润滑油。</p>"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().path("id").asText();
        assertThat(created.json().path("published").asBoolean()).isFalse();
        assertThat(created.json().path("source").asText()).isEqualTo("TENANT");

        Api partner = clients.as("supplier-a");
        assertThat(titles(partner)).as("a draft").doesNotContain(title);
        assertThat(partner.get("/api/help/pages/" + id).status()).isEqualTo(404);
        assertThat(titles(admin)).as("the editors see their drafts").contains(title);

        // the page module's editor: a save names its base version, every save is a version
        JsonNode page = admin.get("/api/pages/" + id).json();
        assertThat(page.path("version").asInt()).isEqualTo(1);
        Api.Response saved = admin.put(
                "/api/pages/" + id, Map.of("title", title, "content", "<p>每季度检查一次润滑油，焊缝每年探伤。</p>", "baseVersion", 1));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        Api.Response stale =
                admin.put("/api/pages/" + id, Map.of("title", title, "content", "<p>旧版本</p>", "baseVersion", 1));
        assertThat(stale.status()).as("a save from a stale version").isEqualTo(409);
        assertThat(admin.get("/api/pages/" + id + "/versions").json().size()).isEqualTo(2);

        Api.Response published = admin.put("/api/help/pages/" + id + "/published", Map.of("published", true));
        assertThat(published.status()).as(published.toString()).isEqualTo(200);

        for (String outsider : List.of("supplier-a", "supplier-b", "customer")) {
            Api api = clients.as(outsider);
            assertThat(titles(api)).as(outsider).contains(title);
            JsonNode read = api.get("/api/help/pages/" + id).json();
            assertThat(read.path("content").asText()).contains("焊缝每年探伤");
            assertThat(read.has("version") || read.has("projectId")).isFalse();
            assertThat(api.get("/api/pages/" + id).status())
                    .as("the page itself is the editors'")
                    .isEqualTo(404);
            assertThat(api.put("/api/pages/" + id, Map.of("title", "x", "content", "", "baseVersion", 2))
                            .status())
                    .isEqualTo(404);
        }

        assertThat(ids(partner, "轮箱")).as("a part of the word 齿轮箱").contains(id);
        assertThat(ids(partner, "焊")).as("a single character").contains(id);
        assertThat(ids(clients.as("customer"), "润滑油")).as("a whole word").contains(id);
        JsonNode hit = hitFor(partner.get("/api/help/search?q=" + encode("轮箱")).json(), id);
        assertThat(hit.path("highlightedTitle").asText()).contains("<mark>");
        assertThat(partner.get("/api/search?q=" + encode("润滑油")).json().toString())
                .as("the general search never lists help")
                .doesNotContain(id);

        Api.Response withdrawn = admin.put("/api/help/pages/" + id + "/published", Map.of("published", false));
        assertThat(withdrawn.status()).isEqualTo(200);
        assertThat(partner.get("/api/help/pages/" + id).status()).isEqualTo(404);
        assertThat(ids(partner, "轮箱")).as("a withdrawn page is not found").doesNotContain(id);
    }

    @Test
    void theEditorsOrderTheHelpCentreAndNobodyElseWritesIt() {
        Api admin = clients.as("admin");
        String marker = marker();
        String id = admin.post("/api/help/pages", Map.of("title", "首先阅读 " + marker, "content", "<p>欢迎</p>"))
                .json()
                .path("id")
                .asText();
        admin.put("/api/help/pages/" + id + "/published", Map.of("published", true));

        List<String> order = new ArrayList<>();
        admin.get("/api/help/pages").json().forEach(p -> order.add(p.path("id").asText()));
        order.remove(id);
        order.add(0, id);
        Api.Response ordered = admin.put("/api/help/order", Map.of("pageIds", order));
        assertThat(ordered.status()).as(ordered.toString()).isEqualTo(200);
        assertThat(clients.as("customer")
                        .get("/api/help/pages")
                        .json()
                        .get(0)
                        .path("id")
                        .asText())
                .as("partners and customers read the help centre in the editors' order")
                .isEqualTo(id);

        Api.Response incomplete = admin.put("/api/help/order", Map.of("pageIds", List.of(id)));
        if (order.size() > 1) {
            assertThat(incomplete.status()).isEqualTo(400);
            assertThat(incomplete.body()).contains("pageIds", "every page of the help centre");
        }
        Api.Response blank = admin.post("/api/help/pages", Map.of("title", " ", "content", "<p>x</p>"));
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.body()).contains("title", "is required");

        assertThat(admin.get("/api/help/editor").json().path("editor").asBoolean())
                .isTrue();
        Api partner = clients.as("supplier-a");
        assertThat(partner.get("/api/help/editor").json().path("editor").asBoolean())
                .isFalse();
        assertThat(partner.post("/api/help/pages", Map.of("title", "伙伴写的", "content", ""))
                        .status())
                .isEqualTo(403);
        assertThat(partner.put("/api/help/pages/" + id + "/published", Map.of("published", false))
                        .status())
                .isEqualTo(403);
        assertThat(partner.put("/api/help/order", Map.of("pageIds", order)).status())
                .isEqualTo(403);
        assertThat(partner.put("/api/pages/" + id + "/help", Map.of("help", false))
                        .status())
                .isEqualTo(404);
        assertThat(admin.put("/api/pages/" + id + "/help", Map.of("help", false))
                        .status())
                .as("a tenant help page is withdrawn, not unmarked")
                .isEqualTo(409);
    }

    @Test
    void anotherTenantSeesNothingOfIt() {
        Api admin = clients.as("admin");
        String marker = marker();
        String title = "退货流程 " + marker;
        String id = admin.post("/api/help/pages", Map.of("title", title, "content", "<p>退货须知 " + marker + "</p>"))
                .json()
                .path("id")
                .asText();
        admin.put("/api/help/pages/" + id + "/published", Map.of("published", true));

        Api other = clients.as("other-pm");
        assertThat(other.get("/api/help/pages/" + id).status()).isEqualTo(404);
        assertThat(other.get("/api/pages/" + id).status()).isEqualTo(404);
        assertThat(titles(other)).doesNotContain(title);
        assertThat(ids(other, "退货")).doesNotContain(id);
        assertThat(other.put("/api/help/pages/" + id + "/published", Map.of("published", false))
                        .status())
                .isEqualTo(404);
        assertThat(jdbc.sql("select published from page_help where page_id = ?")
                        .param(UUID.fromString(id))
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    private static List<String> titles(Api api) {
        List<String> titles = new ArrayList<>();
        api.get("/api/help/pages")
                .json()
                .forEach(p -> titles.add(p.path("title").asText()));
        return titles;
    }

    private static List<String> ids(Api api, String q) {
        List<String> ids = new ArrayList<>();
        api.get("/api/help/search?q=" + encode(q))
                .json()
                .path("hits")
                .forEach(h -> ids.add(h.path("objectId").asText()));
        return ids;
    }

    private static JsonNode hitFor(JsonNode results, String id) {
        for (JsonNode hit : results.path("hits")) {
            if (hit.path("objectId").asText().equals(id)) {
                return hit;
            }
        }
        throw new AssertionError("no hit " + id + " in " + results);
    }

    private static String marker() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
