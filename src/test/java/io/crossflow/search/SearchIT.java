package io.crossflow.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.crossflow.testing.Api;
import io.crossflow.testing.DemoIds;
import io.crossflow.testing.IntegrationTest;
import io.crossflow.testing.TestClients;
import io.crossflow.ticket.TicketStages;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Search through the API as the demo users: Chinese and stemmed English text, and every kind of
 * entry found exactly by those the access policy lets see it.
 */
@IntegrationTest
class SearchIT {

    private static final List<String> OUTSIDERS = List.of("supplier-b", "customer", "other-pm", "operator");

    @Autowired
    TestClients clients;

    @Autowired
    DemoIds demo;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SearchIndex index;

    @Autowired
    TicketStages stages;

    @Test
    void chineseTextIsFoundByItsWordsAndOnlyByItsAudience() {
        String id = putDocument(
                "质检报告 " + UUID.randomUUID(), "本次质检报告显示焊接强度合格", Set.of(demo.organisation(DemoIds.SUPPLIER_A)), false);

        for (String user : List.of("pm", "engineer", "admin", "supplier-a")) {
            assertThat(objectIds(search(user, "质检报告"))).as(user).contains(id);
            assertThat(objectIds(search(user, "焊接"))).as(user).contains(id);
        }
        for (String user : OUTSIDERS) {
            assertThat(objectIds(search(user, "焊接"))).as(user).doesNotContain(id);
        }
    }

    @Test
    void snippetHighlightsTheHitInTheOriginalText() {
        String id = putDocument("QC " + UUID.randomUUID(), "本次质检报告显示焊接强度合格", Set.of(), false);
        JsonNode hit = hit(search("pm", "焊接"), id);
        assertThat(hit.path("snippet").asText()).contains("<mark>焊接</mark>").contains("强度合格");
        assertThat(hit.path("kind").asText()).isEqualTo(SearchKinds.DOCUMENT);
        assertThat(hit.path("projectName").asText()).isEqualTo("Gearbox Housing Line");
    }

    @Test
    void englishIsFoundByAnotherFormOfTheWord() {
        String word = word();
        String id = putDocument(
                "Inspection " + word, "The seams were welded twice and both welds passed " + word, Set.of(), true);

        JsonNode results = search("customer", "welding " + word);
        assertThat(objectIds(results)).contains(id);
        assertThat(hit(results, id).path("snippet").asText()).contains("<mark>welded</mark>");
        assertThat(objectIds(search("pm", "weld " + word))).contains(id);
        assertThat(objectIds(search("supplier-a", "welding " + word))).doesNotContain(id);
    }

    @Test
    void titleHitsRankAboveBodyHits() {
        String word = word();
        String inBody = putDocument("Minutes " + UUID.randomUUID(), "we talked about " + word, Set.of(), false);
        String inTitle = putDocument("The " + word + " plan", "nothing else", Set.of(), false);
        assertThat(objectIds(search("pm", word))).containsExactly(inTitle, inBody);
    }

    @Test
    void workItemsAreFoundByTheirAssigneeOrganisationAndMilestonesByCustomers() {
        String word = word();
        String supplierItem = createItem("Deburr " + word + " flanges", demo.organisation(DemoIds.SUPPLIER_A), false);
        String milestone = createItem("Sign off " + word + " samples", null, true);

        assertThat(objectIds(search("pm", word))).contains(supplierItem, milestone);
        assertThat(objectIds(search("supplier-a", word))).containsExactly(supplierItem);
        assertThat(objectIds(search("customer", word))).containsExactly(milestone);
        assertThat(objectIds(search("supplier-b", word))).isEmpty();
        assertThat(objectIds(search("other-pm", word))).isEmpty();
    }

    @Test
    void seededWorkItemsAreIndexed() {
        // the access matrix renames supplier A's seeded item; supplier B's keeps its name
        JsonNode results = search("supplier-b", "aluminium casting");
        assertThat(results.path("hits").findValuesAsText("title")).contains("Aluminium castings, batch 1");
        assertThat(search("supplier-a", "aluminium casting").path("hits").findValuesAsText("title"))
                .doesNotContain("Aluminium castings, batch 1");
    }

    @Test
    void ticketsAreFoundByTheirReporterOrganisationAndInternalUsers() {
        String word = word();
        Api.Response raised = clients.as("supplier-b")
                .post(
                        "/api/projects/" + demo.demoProject() + "/tickets",
                        Map.of("type", "ISSUE", "title", "Porosity in " + word + " castings"));
        assertThat(raised.status()).as(raised.toString()).isEqualTo(201);
        String ticket = raised.json().path("id").asText();

        assertThat(objectIds(search("supplier-b", word))).containsExactly(ticket);
        assertThat(objectIds(search("pm", word))).containsExactly(ticket);
        assertThat(objectIds(search("supplier-a", word))).isEmpty();
        assertThat(objectIds(search("customer", word))).isEmpty();
        assertThat(objectIds(search("pm", raised.json().path("number").asText())))
                .contains(ticket);
    }

    @Test
    void aTicketRoutedOrSharedLaterIsFoundByItsNewAudience() {
        String word = word();
        Api.Response raised = clients.as("supplier-b")
                .post(
                        "/api/projects/" + demo.demoProject() + "/tickets",
                        Map.of("type", "ISSUE", "title", "Cracked " + word + " cores"));
        assertThat(raised.status()).as(raised.toString()).isEqualTo(201);
        UUID ticket = UUID.fromString(raised.json().path("id").asText());
        assertThat(objectIds(search("supplier-a", word))).isEmpty();
        assertThat(objectIds(search("customer", word))).isEmpty();

        stages.route(demo.demoTenant(), ticket, demo.organisation(DemoIds.SUPPLIER_A));
        stages.shareWithCustomers(demo.demoTenant(), ticket);

        assertThat(objectIds(search("supplier-a", word))).containsExactly(ticket.toString());
        assertThat(objectIds(search("customer", word))).containsExactly(ticket.toString());
    }

    @Test
    void kindFilterPagingAndFacets() {
        String word = word();
        for (int i = 0; i < 3; i++) {
            putDocument("Report " + i + " " + word, "", Set.of(), false);
        }
        createItem("Check " + word, null, false);

        JsonNode all = search("pm", word);
        assertThat(all.path("total").asLong()).isEqualTo(4);
        assertThat(all.path("facets").path("document").asLong()).isEqualTo(3);
        assertThat(all.path("facets").path("work-item").asLong()).isEqualTo(1);

        JsonNode page = clients.as("pm")
                .get("/api/search?q=" + word + "&kind=document&size=2&page=1")
                .json();
        assertThat(page.path("total").asLong()).isEqualTo(3);
        assertThat(page.path("hits")).hasSize(1);
        assertThat(page.path("facets").path("work-item").asLong()).isEqualTo(1);
    }

    @Test
    void blankQueryIsAFieldError() {
        Api.Response response = clients.as("pm").get("/api/search?q=%20");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("errors").get(0).path("field").asText()).isEqualTo("q");
    }

    @Test
    void searchingAProjectTheCallerDoesNotSeeIsNotFound() {
        UUID other = jdbc.sql("select id from prj_project where name = 'Warehouse Retrofit'")
                .query(UUID.class)
                .single();
        assertThat(clients.as("pm").get("/api/search?q=x&projectId=" + other).status())
                .isEqualTo(404);
        assertThat(clients.as("other-pm")
                        .get("/api/search?q=x&projectId=" + other)
                        .status())
                .isEqualTo(200);
    }

    @Test
    void queryOperatorsAreTakenAsText() {
        Api.Response response = clients.as("pm").get("/api/search?q=" + encode("a & !b | (c:* <-> 'd'"));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
    }

    @Test
    void aSingleCharacterOrAPartOfAWordFindsTheTextsContainingIt() {
        String word = word();
        String grinding = putDocument("砂轮片 " + word, "更换砂轮后打磨焊缝", Set.of(), false);
        String gearbox = putDocument("Inspection " + word, "检查齿轮箱的密封", Set.of(), false);

        assertThat(objectIds(search("pm", "砂 " + word))).containsExactly(grinding);
        JsonNode results = search("pm", "轮箱 " + word);
        assertThat(objectIds(results)).containsExactly(gearbox);
        assertThat(hit(results, gearbox).path("snippet").asText()).isEqualTo("检查齿<mark>轮箱</mark>的密封");
        assertThat(objectIds(search("pm", "砂"))).contains(grinding);
        assertThat(objectIds(search("pm", "轮箱"))).contains(gearbox);
        assertThat(objectIds(search("pm", "焊 " + word))).containsExactly(grinding);
    }

    @Test
    void wholeWordHitsRankAbovePartsOfWords() {
        String word = word();
        String part = putDocument("Report " + UUID.randomUUID(), "焊接强度合格 " + word, Set.of(), false);
        String whole = putDocument("Notes " + UUID.randomUUID(), "焊 " + word, Set.of(), false);

        JsonNode results = search("pm", "焊 " + word);
        assertThat(objectIds(results)).containsExactly(whole, part);
        assertThat(hit(results, whole).path("score").asDouble())
                .isGreaterThan(hit(results, part).path("score").asDouble());
        assertThat(results.path("total").asLong()).isEqualTo(2);
        assertThat(results.path("facets").path(SearchKinds.DOCUMENT).asLong()).isEqualTo(2);
        assertThat(hit(results, part).path("snippet").asText()).startsWith("<mark>焊</mark>接强度合格");

        JsonNode second = clients.as("pm")
                .get("/api/search?size=1&page=1&q=" + encode("焊 " + word))
                .json();
        assertThat(objectIds(second)).containsExactly(part);
        assertThat(second.path("total").asLong()).isEqualTo(2);
    }

    @Test
    void aPartOfAWordIsFoundOnlyByTheTextsAudience() {
        String word = word();
        String shared = putDocument("Shared " + word, "更换砂轮", Set.of(demo.organisation(DemoIds.SUPPLIER_A)), false);
        String internal = putDocument("Internal " + word, "更换砂轮", Set.of(), false);
        String customers = putDocument("Customers " + word, "更换砂轮", Set.of(), true);

        assertThat(objectIds(search("pm", "砂 " + word))).containsExactlyInAnyOrder(shared, internal, customers);
        assertThat(objectIds(search("supplier-a", "砂 " + word))).containsExactly(shared);
        assertThat(objectIds(search("customer", "砂 " + word))).containsExactly(customers);
        for (String user : List.of("supplier-b", "other-pm", "operator")) {
            assertThat(objectIds(search(user, "砂 " + word))).as(user).isEmpty();
            assertThat(objectIds(search(user, "砂"))).as(user).doesNotContain(shared, internal, customers);
        }
    }

    @Test
    void aChangedOrRemovedTextIsNoLongerFoundByItsOldCharacters() {
        String word = word();
        String id = putDocument("Grinding " + word, "更换砂轮", Set.of(), false);
        assertThat(objectIds(search("pm", "砂 " + word))).containsExactly(id);

        index.put(new SearchEntry(
                demo.demoTenant(),
                demo.demoProject(),
                SearchKinds.DOCUMENT,
                id,
                "Grinding " + word,
                "replaced by a polishing step",
                Audience.INTERNAL,
                Instant.now()));
        assertThat(objectIds(search("pm", "砂 " + word))).isEmpty();
        assertThat(objectIds(search("pm", "polish " + word))).containsExactly(id);

        index.put(new SearchEntry(
                demo.demoTenant(),
                demo.demoProject(),
                SearchKinds.DOCUMENT,
                id,
                "Grinding " + word,
                "改用轮箱",
                Audience.INTERNAL,
                Instant.now()));
        assertThat(objectIds(search("pm", "轮 " + word))).containsExactly(id);

        index.remove(demo.demoTenant(), SearchKinds.DOCUMENT, id);
        assertThat(objectIds(search("pm", "轮 " + word))).isEmpty();
        assertThat(objectIds(search("pm", "轮"))).doesNotContain(id);
    }

    private String putDocument(String title, String body, Set<UUID> organisations, boolean customers) {
        String id = UUID.randomUUID().toString();
        index.put(new SearchEntry(
                demo.demoTenant(),
                demo.demoProject(),
                SearchKinds.DOCUMENT,
                id,
                title,
                body,
                new Audience(organisations, customers),
                Instant.now()));
        return id;
    }

    private String createItem(String title, UUID organisation, boolean milestone) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("title", title);
        body.put("plannedStart", LocalDate.now().toString());
        body.put("plannedEnd", LocalDate.now().plusDays(3).toString());
        body.put("milestone", milestone);
        if (organisation != null) {
            body.put("assigneeOrganisationId", organisation);
        }
        Api.Response response = clients.as("pm").post("/api/projects/" + demo.demoProject() + "/work-items", body);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().path("id").asText();
    }

    private JsonNode search(String user, String q) {
        Api.Response response = clients.as(user).get("/api/search?size=50&q=" + encode(q));
        assertThat(response.status()).as(user + ": " + response).isEqualTo(200);
        return response.json();
    }

    private static List<String> objectIds(JsonNode results) {
        List<String> ids = new ArrayList<>();
        results.path("hits").forEach(h -> ids.add(h.path("objectId").asText()));
        return ids;
    }

    private static JsonNode hit(JsonNode results, String objectId) {
        for (JsonNode hit : results.path("hits")) {
            if (hit.path("objectId").asText().equals(objectId)) {
                return hit;
            }
        }
        throw new AssertionError("No hit " + objectId + " in " + results);
    }

    /** A made-up word no other test uses. */
    private static String word() {
        StringBuilder word = new StringBuilder("zq");
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return word.append("ax").toString();
    }

    private static String encode(String q) {
        return URLEncoder.encode(q, StandardCharsets.UTF_8);
    }
}
