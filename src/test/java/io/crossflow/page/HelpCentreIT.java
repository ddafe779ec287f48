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
 * The help centre: pages the project's internal members mark as help are read and searched by
 * every partner and customer of the tenant, and nothing else of the page module shows.
 */
@IntegrationTest
class HelpCentreIT {

    @Autowired
    TestClients clients;

    @Autowired
    JdbcClient jdbc;

    @Test
    void partnersAndCustomersReadHelpPagesOnlyAndNothingElseOfThem() {
        Api pm = clients.as("pm");
        String marker = marker();
        String help = page(pm, "如何上传质检报告 " + marker, "<p>在供应商门户打开订单，上传质检报告。</p>");
        String plain = page(pm, "内部会议纪要 " + marker, "<p>只给内部看的纪要</p>");
        Api.Response marked = pm.put("/api/pages/" + help + "/help", Map.of("help", true));
        assertThat(marked.status()).as(marked.toString()).isEqualTo(200);
        assertThat(pm.get("/api/pages/" + help).json().path("help").asBoolean()).isTrue();
        assertThat(pm.get("/api/pages/" + plain).json().path("help").asBoolean())
                .isFalse();

        for (String outsider : List.of("supplier-a", "supplier-b", "customer")) {
            Api api = clients.as(outsider);
            assertThat(titles(api)).as(outsider).contains("如何上传质检报告 " + marker);
            assertThat(titles(api)).as(outsider).doesNotContain("内部会议纪要 " + marker);
            JsonNode page = api.get("/api/help/pages/" + help).json();
            assertThat(page.path("content").asText()).contains("上传质检报告");
            assertThat(page.has("sharing") || page.has("projectId") || page.has("version"))
                    .as("only title and content")
                    .isFalse();
            assertThat(api.get("/api/help/pages/" + plain).status()).isEqualTo(404);
            assertThat(api.get("/api/pages/" + help).status())
                    .as("the page itself stays unshared")
                    .isEqualTo(404);
            assertThat(api.get("/api/pages/" + help + "/versions").status()).isEqualTo(404);
        }
        assertThat(clients.as("supplier-a")
                        .put("/api/pages/" + help + "/help", Map.of("help", false))
                        .status())
                .isEqualTo(404);
    }

    @Test
    void searchFindsAChineseHelpPageByAWordInside() {
        Api pm = clients.as("pm");
        String marker = marker();
        String help = page(pm, "交货周期 " + marker, "<p>标准零件的交货周期为十五个工作日，加急订单另行协商。</p>");
        pm.put("/api/pages/" + help + "/help", Map.of("help", true));

        Api partner = clients.as("supplier-a");
        JsonNode found = partner.get("/api/help/search?q=" + encode("工作日")).json();
        assertThat(ids(found.path("hits"))).contains(help);
        JsonNode hit = hitFor(found, help);
        assertThat(hit.path("snippet").asText()).contains("<mark>工作日</mark>");
        assertThat(ids(clients.as("customer")
                        .get("/api/help/search?q=" + encode("加急订单"))
                        .json()
                        .path("hits")))
                .contains(help);
        assertThat(partner.get("/api/search?q=" + encode("工作日"))
                        .json()
                        .path("hits")
                        .toString())
                .as("the general search does not show unshared pages through the help centre")
                .doesNotContain(help);

        JsonNode current = pm.get("/api/pages/" + help).json();
        pm.put(
                "/api/pages/" + help,
                Map.of(
                        "title",
                        current.path("title").asText(),
                        "content",
                        "<p>模具保养每季度一次。</p>",
                        "baseVersion",
                        current.path("version").asInt()));
        assertThat(ids(partner.get("/api/help/search?q=" + encode("模具保养"))
                        .json()
                        .path("hits")))
                .as("a saved help page is found by what it says now")
                .contains(help);

        pm.put("/api/pages/" + help + "/help", Map.of("help", false));
        assertThat(ids(partner.get("/api/help/search?q=" + encode("模具保养"))
                        .json()
                        .path("hits")))
                .doesNotContain(help);
        assertThat(partner.get("/api/help/pages/" + help).status()).isEqualTo(404);
    }

    @Test
    void anotherTenantsUsersDoNotSeeTheHelpPage() {
        Api pm = clients.as("pm");
        String marker = marker();
        String help = page(pm, "帮助 " + marker, "<p>售后服务热线 " + marker + "</p>");
        pm.put("/api/pages/" + help + "/help", Map.of("help", true));

        Api other = clients.as("other-pm");
        assertThat(other.get("/api/help/pages/" + help).status()).isEqualTo(404);
        assertThat(titles(other)).doesNotContain("帮助 " + marker);
        assertThat(ids(other.get("/api/help/search?q=" + encode("售后服务热线"))
                        .json()
                        .path("hits")))
                .doesNotContain(help);
    }

    private String page(Api pm, String title, String content) {
        UUID project = jdbc.sql("select id from prj_project where name = 'Gearbox Housing Line'")
                .query(UUID.class)
                .single();
        Api.Response created = pm.post(
                "/api/projects/" + project + "/pages",
                Map.of(
                        "title",
                        title,
                        "content",
                        content,
                        "sharing",
                        Map.of("customers", false, "organisationIds", List.of())));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().path("id").asText();
    }

    private static List<String> titles(Api api) {
        List<String> titles = new ArrayList<>();
        api.get("/api/help/pages")
                .json()
                .forEach(p -> titles.add(p.path("title").asText()));
        return titles;
    }

    private static List<String> ids(JsonNode hits) {
        List<String> ids = new ArrayList<>();
        hits.forEach(h -> ids.add(h.path("objectId").asText()));
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
