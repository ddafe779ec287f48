package io.crossflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.crossflow.testing.IntegrationTest;
import io.crossflow.testing.TestClients;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The web app is served by the application: page addresses, its files and their caching. */
@IntegrationTest
class SinglePageAppIT {

    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    TestClients clients;

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(clients.baseUrl() + path))
                        .header("Accept", "text/html")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void everyPageAddressOfTheAppAnswersTheAppWithoutBeingCached() throws Exception {
        for (String page :
                new String[] {"/", "/login", "/inbox", "/projects/6f1c0b8e-0000-4000-8000-000000000000", "/portal"}) {
            HttpResponse<String> response = get(page);
            assertThat(response.statusCode()).as(page).isEqualTo(200);
            assertThat(response.body()).as(page).contains("<div id=\"app\"></div>");
            assertThat(response.headers().firstValue("Cache-Control"))
                    .as(page)
                    .hasValueSatisfying(v -> assertThat(v).contains("no-cache"));
        }
    }

    @Test
    void bundlesAreCachedForAYearAndServerPathsAreNotTakenForPages() throws Exception {
        Matcher script = Pattern.compile("src=\"(/assets/[^\"]+\\.js)\"")
                .matcher(get("/inbox").body());
        assertThat(script.find()).isTrue();
        HttpResponse<String> bundle = get(script.group(1));
        assertThat(bundle.statusCode()).isEqualTo(200);
        assertThat(bundle.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(v -> assertThat(v).contains("max-age=31536000", "immutable"));

        assertThat(get("/assets/no-such-file.js").statusCode()).isEqualTo(404);
        assertThat(get("/engine-rest/task").statusCode()).isEqualTo(404);
        HttpResponse<String> api = get("/api/no-such-thing");
        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(api.body()).doesNotContain("<div id=\"app\">");
    }
}
