package io.crossflow.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.crossflow.testing.Api;
import io.crossflow.testing.DemoIds;
import io.crossflow.testing.HandoffFixture;
import io.crossflow.testing.IntegrationTest;
import io.crossflow.testing.TestClients;
import io.crossflow.testing.browser.BrowserSession;
import io.crossflow.testing.browser.BrowserTest;
import io.crossflow.testing.browser.PageProblems;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The global search (issue 12): the project manager uploads a Chinese document shared internally
 * only, finds it by a word from the header's search box (the {@code /} shortcut on a desktop, the
 * icon on a phone), sees it grouped under documents with the word marked, filters by documents
 * and opens its page;
 * supplier B, searching the same word, meets no trace of it — no hit and no count. At 1440×900 in
 * English and 390×844 in Chinese; fails on any console error or failed request.
 */
@IntegrationTest
class GlobalSearchBrowserIT extends BrowserTest {

    private static final String WORD = "焊接工艺";
    private static final Duration INDEXED_WITHIN = Duration.ofSeconds(60);

    @Autowired
    TestClients clients;

    @Autowired
    DemoIds demo;

    @ParameterizedTest(name = "{0} at {1}x{2}")
    @CsvSource({"en, 1440, 900", "zh-CN, 390, 844"})
    void theManagerFindsAChineseDocumentByAWordAndAnotherPartnerFindsNothingOfIt(
            String language, int width, int height) {
        boolean phone = width < 500;
        String name = HandoffFixture.unique(WORD + "规程") + ".txt";
        // no partnerOrganisationIds and no customers: shared inside the host company only
        Api.Response upload = clients.as("pm")
                .multipart(
                        "/api/projects/" + demo.demoProject() + "/documents",
                        Map.of("type", "OTHER"),
                        name,
                        ("主题：" + WORD + "。\n适用于齿轮箱壳体的预热与层间温度控制，焊后检验按质检报告执行。").getBytes(StandardCharsets.UTF_8));
        assertThat(upload.status()).as(upload.toString()).isEqualTo(201);
        String id = upload.json().path("id").asText();
        awaitFound(clients.as("pm"), id);

        BrowserSession pm = browser(language, width, height, phone).signIn("pm");
        Page page = pm.page();
        PageProblems problems = PageProblems.watch(page);
        searchFromTheHeader(pm, phone, language);
        assertThat(page).hasURL(Pattern.compile("/search\\?q="));
        Locator documents = page.locator("[data-test=search-group][data-kind=document]");
        Locator hit = documents.locator("[data-test=search-hit][data-id='" + id + "']");
        assertThat(hit).isVisible();
        assertThat(hit.locator("[data-test=search-hit-title]")).hasText(name);
        assertThat(hit.locator("[data-test=search-hit-snippet] mark").first()).hasText(WORD);
        assertThat(hit.locator("[data-test=search-hit-title] mark").first()).hasText(WORD);
        assertThat(documents.locator("h2")).containsText(phone ? "文档" : "Documents");
        assertThat(page.locator("[data-test=search-facet][data-kind=document] .count"))
                .not()
                .hasText("0");
        if (phone) {
            assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1"))
                    .as("no sideways scrolling on a phone")
                    .isTrue();
        }
        pm.screenshot(language + "-results");
        page.locator("[data-test=search-facet][data-kind=document]").click();
        assertThat(page).hasURL(Pattern.compile("kind=document"));
        assertThat(page.locator("[data-test=search-group]")).hasCount(1);
        assertThat(hit).isVisible();
        hit.locator("[data-test=search-hit-link]").click();
        assertThat(page).hasURL(Pattern.compile("/documents/" + id + "$"));
        assertThat(page.locator("[data-test=document-name]")).hasText(name);
        pm.screenshot(language + "-document-opened");
        problems.assertNone("pm " + language);

        BrowserSession outsider = browser(language, width, height, phone).signIn("supplier-b");
        Page other = outsider.page();
        PageProblems otherProblems = PageProblems.watch(other);
        searchFromTheHeader(outsider, phone, language);
        assertThat(other.locator("[data-test=search-empty]")).isVisible();
        assertThat(other.locator("[data-test=search-hit]")).hasCount(0);
        assertThat(other.locator("[data-test=search-summary]")).containsText("0");
        outsider.screenshot(language + "-nothing-for-supplier-b");
        JsonNode answer = clients.as("supplier-b").get(searchPath(null)).json();
        assertThat(answer.path("total").asLong()).isZero();
        answer.path("facets")
                .forEach(
                        count -> assertThat(count.asLong()).as("no count of it").isZero());
        assertThat(outsider.everythingReceived()).doesNotContain(id).doesNotContain(name);
        otherProblems.assertNone("supplier-b " + language);
    }

    /** Focuses the header's box (the shortcut on a desktop, the icon on a phone), types the word, Enter. */
    private static void searchFromTheHeader(BrowserSession session, boolean phone, String language) {
        Page page = session.page();
        if (phone) {
            page.locator("[data-test=search-open]").click();
        } else {
            page.keyboard().press("/");
        }
        Locator box = page.locator("input[data-test=search-input]");
        assertThat(box).isFocused();
        box.fill(WORD);
        session.screenshot(language + "-typed");
        box.press("Enter");
    }

    /**
     * Polls the API until the document's extracted text is in the index (its name is found from the
     * upload on, its text once extraction ran): until its snippet marks the word.
     */
    private static void awaitFound(Api api, String documentId) {
        Instant end = Instant.now().plus(INDEXED_WITHIN);
        while (true) {
            JsonNode hits = api.get(searchPath("document")).json().path("hits");
            for (JsonNode hit : hits) {
                if (hit.path("objectId").asText().equals(documentId)
                        && hit.path("snippet").asText().contains("<mark>")) {
                    return;
                }
            }
            assertThat(Instant.now()).as("document indexed in time").isBefore(end);
            try {
                Thread.sleep(100); // a poll interval, not a wait for a guessed duration
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static String searchPath(String kind) {
        return "/api/search?size=50&q=" + URLEncoder.encode(WORD, StandardCharsets.UTF_8)
                + (kind == null ? "" : "&kind=" + kind);
    }
}
