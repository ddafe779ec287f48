package io.crossflow.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A cookie-keeping HTTP client that asks for HTML like a browser and follows redirects only when
 * told to, across hosts (app and IdP), so tests can look at every hop of a sign-in.
 */
final class Browser {

    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    /** GET with {@code Accept: text/html} unless the name/value pairs in {@code headers} say otherwise. */
    Page get(String url, String... headers) {
        return send(request(URI.create(url), headers).GET());
    }

    Page postForm(String url, Map<String, String> form, String... headers) {
        String body = form.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(request(URI.create(url), headers)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Follows redirects from {@code page}; returns every page seen, {@code page} first. */
    List<Page> follow(Page page) {
        List<Page> pages = new ArrayList<>(List.of(page));
        Page current = page;
        while (current.redirect().isPresent()) {
            if (pages.size() > 15) {
                throw new AssertionError("Redirect loop: " + pages);
            }
            current = send(request(current.redirect().get()).GET());
            pages.add(current);
        }
        return pages;
    }

    Optional<String> cookie(String url, String name) {
        return cookies.getCookieStore().get(URI.create(url)).stream()
                .filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue)
                .findFirst();
    }

    /** Signs in with the web app's form post (JSON answer); returns the raw answer. */
    Page signIn(String baseUrl, String username, String password) {
        get(baseUrl + "/api/me", "Accept", "application/json"); // any answer hands out XSRF-TOKEN
        String xsrf = cookie(baseUrl, "XSRF-TOKEN").orElseThrow(() -> new AssertionError("No XSRF-TOKEN cookie"));
        return postForm(
                baseUrl + "/login",
                Map.of("username", username, "password", password),
                "Accept",
                "application/json",
                "X-XSRF-TOKEN",
                xsrf);
    }

    private static HttpRequest.Builder request(URI uri, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60));
        boolean accept = false;
        for (int i = 0; i < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
            accept |= headers[i].equalsIgnoreCase("Accept");
        }
        if (!accept) {
            builder.header("Accept", "text/html,application/xhtml+xml");
        }
        return builder;
    }

    private Page send(HttpRequest.Builder builder) {
        HttpRequest request = builder.build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Page(request.uri(), response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** One response, with the URI it answered. */
    record Page(URI uri, int status, String body, HttpHeaders headers) {

        Optional<URI> redirect() {
            return status / 100 == 3 ? headers.firstValue("Location").map(uri::resolve) : Optional.empty();
        }

        @Override
        public String toString() {
            return status + " " + uri + redirect().map(l -> " -> " + l).orElse("");
        }
    }
}
