package io.crossflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.crossflow.testing.IntegrationTest;
import io.crossflow.testing.TestClients;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The browser-facing security headers on every kind of answer of the app, Camunda's webapps left
 * with their own policy, and the violation report endpoint (docs/security.md, "Headers"). The
 * prod-only flags (Secure cookies, HSTS over a proxy) are covered by SecurityHeadersTest.
 */
@IntegrationTest
class SecurityHeadersIT {

    private static final String SCRIPT_SRC = "script-src 'self';";

    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    TestClients clients;

    @Autowired
    MeterRegistry meters;

    @Test
    void pagesOfTheWebAppCarryTheStrictPolicy() {
        for (String page : List.of("/", "/login", "/inbox", "/projects", "/portal")) {
            HttpResponse<String> response = send(get(page).header("Accept", "text/html"));
            assertThat(response.statusCode()).as(page).isEqualTo(200);
            assertStrictHeaders(page, response.headers().map());
        }
    }

    @Test
    void apiAnswersCarryTheStrictPolicyWhetherSignedInOrNot() {
        var anonymous = clients.anonymous().get("/api/me");
        assertThat(anonymous.status()).isEqualTo(401);
        assertStrictHeaders("anonymous /api/me", anonymous.headers());

        var signedIn = clients.as("pm").get("/api/projects");
        assertThat(signedIn.status()).isEqualTo(200);
        assertStrictHeaders("pm /api/projects", signedIn.headers());
        assertThat(header(signedIn.headers(), "Strict-Transport-Security"))
                .as("plain HTTP outside prod: no HSTS")
                .isNull();
    }

    @Test
    void camundaWebappsKeepTheirOwnPolicy() {
        HttpResponse<String> cockpit = send(get("/camunda/app/cockpit/default/").header("Accept", "text/html"));

        assertThat(cockpit.statusCode()).isEqualTo(200);
        String policy = cockpit.headers().firstValue("Content-Security-Policy").orElse("");
        assertThat(policy).as("Camunda's own, with a nonce for its scripts").contains("nonce-");
        assertThat(policy).doesNotContain("/api/csp-reports");
        assertThat(cockpit.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
    }

    @Test
    void anonymousBrowserReportsAreCountedWithoutCookieOrCsrfToken() {
        double before = violations("script-src-elem");

        HttpResponse<String> reportUri = send(post("application/csp-report", """
                {"csp-report":{"document-uri":"http://localhost/projects","effective-directive":"script-src-elem",
                 "violated-directive":"script-src-elem","blocked-uri":"inline","line-number":12}}
                """));
        HttpResponse<String> reportTo = send(post("application/reports+json", """
                [{"type":"csp-violation","age":10,"url":"http://localhost/inbox","user_agent":"Chromium",
                  "body":{"documentURL":"http://localhost/inbox","effectiveDirective":"script-src-elem",
                          "blockedURL":"inline","disposition":"enforce"}}]
                """));

        assertThat(reportUri.statusCode()).isEqualTo(204);
        assertThat(reportTo.statusCode()).isEqualTo(204);
        assertThat(violations("script-src-elem")).isEqualTo(before + 2);
    }

    @Test
    void anOversizedReportIsRefusedUnread() {
        double before = violations("img-src");
        String padding = "x".repeat(20 * 1024);

        HttpResponse<String> response = send(post(
                "application/csp-report",
                "{\"csp-report\":{\"effective-directive\":\"img-src\",\"blocked-uri\":\"" + padding + "\"}}"));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("\"detail\":\"A violation report may be at most 16 KB.\"");
        assertThat(violations("img-src")).isEqualTo(before);
    }

    @Test
    void somethingThatIsNoReportAnswers400InTheCallersLanguage() {
        HttpResponse<String> response =
                send(post("application/json", "{\"hello\":\"world\"}").header("Accept-Language", "zh-CN"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("这不是内容安全策略（CSP）违规报告。");
    }

    private static void assertStrictHeaders(String what, Map<String, List<String>> headers) {
        String policy = header(headers, "Content-Security-Policy");
        assertThat(policy).as(what).isNotNull();
        assertThat(policy + ";")
                .as(what)
                .contains(
                        SCRIPT_SRC,
                        "object-src 'none';",
                        "base-uri 'self';",
                        "form-action 'self';",
                        "frame-ancestors 'none';",
                        "report-uri /api/csp-reports;");
        assertThat(header(headers, "Referrer-Policy")).as(what).isEqualTo("same-origin");
        assertThat(header(headers, "Permissions-Policy"))
                .as(what)
                .contains("camera=()", "microphone=()", "geolocation=()", "payment=()");
        assertThat(header(headers, "X-Frame-Options")).as(what).isEqualTo("DENY");
        assertThat(header(headers, "X-Content-Type-Options")).as(what).isEqualTo("nosniff");
    }

    private static String header(Map<String, List<String>> headers, String name) {
        return headers.entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(name))
                .flatMap(e -> e.getValue().stream())
                .findFirst()
                .orElse(null);
    }

    private double violations(String directive) {
        Counter counter = meters.find("crossflow.csp.violations")
                .tag("directive", directive)
                .counter();
        return counter == null ? 0 : counter.count();
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create(clients.baseUrl() + path)).GET();
    }

    /** As a browser posts a report: no cookie, no CSRF token. */
    private HttpRequest.Builder post(String contentType, String body) {
        return HttpRequest.newBuilder(URI.create(clients.baseUrl() + "/api/csp-reports"))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
