package io.crossflow.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * An HTTP client holding one browser-like session (cookies, XSRF token) against the running app.
 * {@link #signIn} uses the same form sign-in and CSRF cookie flow as the web app. Every exchange
 * with {@code /api/**} is checked against the served OpenAPI document ({@link OpenApiContract}).
 */
public final class Api {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    private final String baseUrl;
    private final CookieManager cookies;
    private final HttpClient http;
    private final String bearerToken;
    private final String language;
    private final String clientAddress;

    private Api(String baseUrl, String bearerToken) {
        this.baseUrl = baseUrl;
        this.bearerToken = bearerToken;
        this.cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        this.http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        this.language = null;
        this.clientAddress = null;
    }

    /** The same session (cookies, token) asking in another language or from another address. */
    private Api(Api session, String language, String clientAddress) {
        this.baseUrl = session.baseUrl;
        this.bearerToken = session.bearerToken;
        this.cookies = session.cookies;
        this.http = session.http;
        this.language = language;
        this.clientAddress = clientAddress;
    }

    /**
     * The same session asking for answers in this language ({@code Accept-Language}), as the web
     * app does. A new client: the shared sessions of {@link TestClients#as} never change language
     * under the tests that come after.
     */
    public Api speaking(String languageTag) {
        return new Api(this, languageTag, clientAddress);
    }

    /**
     * The same session sending every request as if from this client address, through a proxy on
     * the loopback ({@code X-Forwarded-For}, which the server trusts only from its internal
     * proxies). A new client, as {@link #speaking}.
     */
    public Api from(String address) {
        return new Api(this, language, address);
    }

    public static Api anonymous(String baseUrl) {
        return new Api(baseUrl, null);
    }

    public static Api withToken(String baseUrl, String token) {
        return new Api(baseUrl, token);
    }

    /** Signs in with username and password; fails the test if sign-in is refused. */
    public static Api signIn(String baseUrl, String username, String password) {
        Api api = new Api(baseUrl, null);
        Response response = api.signInAttempt(username, password);
        if (response.status() != 200) {
            throw new AssertionError("Sign-in of " + username + " failed: " + response);
        }
        return api;
    }

    /** Posts the sign-in form as the web app does and returns the raw answer. */
    public Response signInAttempt(String username, String password) {
        get("/api/me"); // any request hands out the XSRF-TOKEN cookie
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return send(request("/login")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    public Response get(String path) {
        return send(request(path).GET());
    }

    /** A POST without a body, for operations that take none (claim, suspend, read-all …). */
    public Response post(String path) {
        return call("POST", path, null);
    }

    /** A POST with this JSON body; {@code null} sends no body at all (not {@code {}}). */
    public Response post(String path, Object body) {
        return call("POST", path, body);
    }

    /** A PATCH with this JSON body; {@code null} sends no body. */
    public Response patch(String path, Object body) {
        return call("PATCH", path, body);
    }

    /** A PUT with this JSON body; {@code null} sends no body. */
    public Response put(String path, Object body) {
        return call("PUT", path, body);
    }

    public Response delete(String path) {
        return send(request(path).DELETE());
    }

    /**
     * Sends a request with any method and optional JSON body: {@code null} sends none, and no
     * {@code Content-Type} either, as a browser's body-less request does; the OpenAPI check holds
     * a body sent to an operation that takes none against the test (docs/api.md).
     */
    public Response call(String method, String path, Object body) {
        HttpRequest.Builder builder = request(path);
        if (body != null) {
            builder.header("Content-Type", "application/json").method(method, json(body));
        } else {
            builder.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return send(builder);
    }

    /** A multipart/form-data request: form fields, and one file part named "file" (null for none). */
    public Response multipart(String path, Map<String, ?> fields, String fileName, byte[] file) {
        return send(multipartRequest(path, fields, fileName, file));
    }

    /** The builder of {@link #multipart}, for tests that tune it (e.g. {@code expectContinue}). */
    public HttpRequest.Builder multipartRequest(String path, Map<String, ?> fields, String fileName, byte[] file) {
        Multipart body = multipartBody(fields, fileName, file);
        return request(path)
                .header("Content-Type", body.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes()));
    }

    /** A multipart/form-data body: form fields, and one file part named "file" (null for none). */
    public static Multipart multipartBody(Map<String, ?> fields, String fileName, byte[] file) {
        String boundary =
                "----crossflow" + java.util.UUID.randomUUID().toString().replace("-", "");
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        java.util.function.Consumer<String> text = t -> body.writeBytes(t.getBytes(StandardCharsets.UTF_8));
        fields.forEach((name, value) -> {
            java.util.Collection<?> values = value instanceof java.util.Collection<?> c ? c : java.util.List.of(value);
            for (Object v : values) {
                text.accept("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + v
                        + "\r\n");
            }
        });
        if (file != null) {
            text.accept("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                    + fileName.replace("\"", "%22") + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
            body.writeBytes(file);
            text.accept("\r\n");
        }
        text.accept("--" + boundary + "--\r\n");
        return new Multipart("multipart/form-data; boundary=" + boundary, body.toByteArray());
    }

    /** A multipart body and the content type naming its boundary. */
    public record Multipart(String contentType, byte[] bytes) {}

    /** A GET answered with bytes (downloads). */
    public Binary download(String path) {
        try {
            HttpRequest request = request(path).GET().build();
            String cookieHeader = OpenApiContract.cookieHeader(cookies, request.uri());
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            OpenApiContract.check(
                    baseUrl,
                    request,
                    cookieHeader,
                    response.statusCode(),
                    response.headers().map(),
                    response.body());
            return new Binary(
                    response.statusCode(), response.body(), response.headers().map());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A response with a binary body. */
    public record Binary(int status, byte[] body, Map<String, java.util.List<String>> headers) {

        public String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream())
                    .findFirst()
                    .orElse(null);
        }
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder =
                HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(60));
        builder.header("Accept", "application/json");
        if (language != null) {
            builder.header("Accept-Language", language);
        }
        if (clientAddress != null) {
            builder.header("X-Forwarded-For", clientAddress);
        }
        if (bearerToken != null) {
            builder.header("Authorization", "Bearer " + bearerToken);
        }
        String xsrf = xsrfToken();
        if (xsrf != null) {
            builder.header("X-XSRF-TOKEN", xsrf);
        }
        return builder;
    }

    private String xsrfToken() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElse(null);
    }

    private static HttpRequest.BodyPublisher json(Object body) {
        try {
            return HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : JSON.writeValueAsString(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends a request built on this session (cookies, XSRF token), e.g. by {@link #multipartRequest}. */
    public Response send(HttpRequest.Builder builder) {
        try {
            HttpRequest request = builder.build();
            String cookieHeader = OpenApiContract.cookieHeader(cookies, request.uri());
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            OpenApiContract.check(
                    baseUrl,
                    request,
                    cookieHeader,
                    response.statusCode(),
                    response.headers().map(),
                    response.body() == null ? null : response.body().getBytes(StandardCharsets.UTF_8));
            return new Response(
                    response.statusCode(), response.body(), response.headers().map());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A response: status, raw body, headers; {@link #json()} parses the body. */
    public record Response(int status, String body, Map<String, java.util.List<String>> headers) {

        public JsonNode json() {
            try {
                return JSON.readTree(body == null || body.isEmpty() ? "null" : body);
            } catch (IOException e) {
                throw new AssertionError("Not JSON (status " + status + "): " + body, e);
            }
        }

        @Override
        public String toString() {
            return status + " " + (body == null ? "" : body.length() > 500 ? body.substring(0, 500) + "…" : body);
        }
    }
}
