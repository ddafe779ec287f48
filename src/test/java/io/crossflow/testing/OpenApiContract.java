package io.crossflow.testing;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Checks every request {@link Api} sends to {@code /api/**} and every answer it gets against the
 * OpenAPI document the server itself serves ({@code /v3/api-docs}, fetched once per run), with
 * swagger-request-validator. A mismatch fails the test that sent the request, naming method, path,
 * status and what does not match (see docs/api.md). Refusals are not held against a request: a test
 * that sends bad input on purpose must get a 4xx, and then only the answer is checked; a request the
 * document calls invalid that the server <em>accepts</em> is a mismatch.
 *
 * <p>At the end of the run {@code target/openapi/coverage.md} lists every operation of the document
 * with the ITs that exercised it, and the ones none did.
 */
public final class OpenApiContract {

    /**
     * {@code -Dcrossflow.openapi.validation=on} (the default, also the pom's) fails the test of a mismatch;
     * {@code report} only lists it in {@code target/openapi/coverage.md}; {@code off} skips the check.
     */
    private static final String MODE = System.getProperty("crossflow.openapi.validation", "on");

    private static final boolean ENABLED = !"off".equalsIgnoreCase(MODE);
    private static final boolean FAILS = !"report".equalsIgnoreCase(MODE);

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, OpenApiContract> BY_BASE_URL = new ConcurrentHashMap<>();
    private static final Path REPORTS = Path.of("target", "openapi");

    /** Every mismatch of this JVM, in order: {@link FailOnMismatch} reads what each test added. */
    private static final List<String> ALL_MISMATCHES = Collections.synchronizedList(new ArrayList<>());

    private final OpenApiInteractionValidator validator;
    private final List<Operation> operations;
    private final Map<String, Set<String>> coverage = new ConcurrentHashMap<>();
    private final List<String> mismatches = Collections.synchronizedList(new ArrayList<>());

    private record Operation(String method, String template, Pattern pattern) {

        String key() {
            return method + " " + template;
        }
    }

    private final boolean fails;

    private OpenApiContract(String document, boolean fails) {
        this.validator = OpenApiInteractionValidator.createForInlineApiSpecification(document)
                .build();
        this.operations = operations(document);
        this.fails = fails;
    }

    /** The check of the served document: fails as the mode says, reports at the end of the run. */
    private static OpenApiContract ofServer(String document) {
        OpenApiContract contract = new OpenApiContract(document, FAILS);
        Runtime.getRuntime().addShutdownHook(new Thread(contract::writeReports, "openapi-coverage"));
        return contract;
    }

    /** A check against this document that always fails on a mismatch and writes no report (its own tests). */
    static OpenApiContract forDocument(String document) {
        return new OpenApiContract(document, true);
    }

    /** Whether this path is part of the API the document describes (everything else: see docs/api.md). */
    static boolean isApi(String path) {
        return path.startsWith("/api/");
    }

    /** Checks one exchange; throws an {@link AssertionError} naming the mismatch. */
    static void check(
            String baseUrl,
            HttpRequest request,
            String cookieHeader,
            int status,
            Map<String, List<String>> responseHeaders,
            byte[] responseBody) {
        if (!ENABLED || !isApi(request.uri().getRawPath())) {
            return;
        }
        BY_BASE_URL
                .computeIfAbsent(baseUrl, OpenApiContract::load)
                .verify(request, cookieHeader, status, responseHeaders, responseBody);
    }

    void verify(
            HttpRequest request,
            String cookieHeader,
            int status,
            Map<String, List<String>> responseHeaders,
            byte[] responseBody) {
        String path = request.uri().getRawPath();
        String method = request.method();
        Operation operation = operation(method, path);
        if (operation != null) {
            coverage.computeIfAbsent(operation.key(), k -> ConcurrentHashMap.newKeySet())
                    .add(currentTest());
        }
        ValidationReport report =
                validator.validate(request(request, cookieHeader), response(status, responseHeaders, responseBody));
        List<String> problems = new ArrayList<>();
        for (ValidationReport.Message message : report.getMessages()) {
            if (message.getLevel() != ValidationReport.Level.ERROR) {
                continue;
            }
            boolean aboutRequest = message.getKey().startsWith("validation.request");
            if (aboutRequest && status >= 400) {
                continue; // a refused request: the test sent bad input or no credentials on purpose
            }
            if (!aboutRequest && operation == null && status >= 400) {
                continue; // a 404/405 of a path that is no operation: nothing to compare with
            }
            problems.add((aboutRequest ? "request: " : "response: ") + message.getKey() + ": " + message.getMessage()
                    + message.getNestedMessages().stream()
                            .map(n -> "\n      " + n.getMessage())
                            .collect(Collectors.joining()));
        }
        if (!problems.isEmpty()) {
            String text = method + " " + path + " answered " + status + " ("
                    + (operation == null ? "no operation of the document" : operation.key()) + ", test "
                    + currentTest() + ") does not match the OpenAPI document:\n  - "
                    + String.join("\n  - ", problems);
            mismatches.add(text);
            if (fails) {
                ALL_MISMATCHES.add(text);
                throw new AssertionError(text);
            }
        }
    }

    private Operation operation(String method, String path) {
        return operations.stream()
                .filter(o ->
                        o.method().equals(method) && o.pattern().matcher(path).matches())
                // a literal segment wins over a template ("/api/tasks/mine" over "/api/tasks/{id}")
                .min((a, b) -> Long.compare(
                        a.template().chars().filter(c -> c == '{').count(),
                        b.template().chars().filter(c -> c == '{').count()))
                .orElse(null);
    }

    /** The cookies the client sends with a request to this address, as one {@code Cookie} header. */
    static String cookieHeader(CookieManager cookies, URI uri) {
        return cookies.getCookieStore().get(uri).stream()
                .map(HttpCookie::toString)
                .collect(Collectors.joining("; "));
    }

    private static Request request(HttpRequest request, String cookieHeader) {
        URI uri = request.uri();
        SimpleRequest.Builder builder = new SimpleRequest.Builder(request.method(), uri.getRawPath());
        request.headers().map().forEach(builder::withHeader);
        if (!cookieHeader.isEmpty()) {
            builder.withHeader("Cookie", cookieHeader);
        }
        if (uri.getRawQuery() != null) {
            Map<String, List<String>> query = new TreeMap<>();
            for (String pair : uri.getRawQuery().split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                query.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
            }
            query.forEach(builder::withQueryParam);
        }
        byte[] body = request.bodyPublisher().map(OpenApiContract::bytes).orElse(null);
        if (body != null && body.length > 0) {
            builder.withBody(body);
        }
        return builder.build();
    }

    private static SimpleResponse response(int status, Map<String, List<String>> headers, byte[] body) {
        SimpleResponse.Builder builder = SimpleResponse.Builder.status(status);
        headers.forEach((name, values) -> {
            if (name != null && !name.startsWith(":")) {
                builder.withHeader(name, values);
            }
        });
        if (body != null && body.length > 0) {
            builder.withBody(body);
        }
        return builder.build();
    }

    /** The bytes of a body publisher the client already sent (ofString/ofByteArray publishers replay). */
    private static byte[] bytes(HttpRequest.BodyPublisher publisher) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        CountDownLatch done = new CountDownLatch(1);
        publisher.subscribe(new Flow.Subscriber<ByteBuffer>() {
            @Override
            public void onSubscribe(Flow.Subscription subscription) {
                subscription.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(ByteBuffer item) {
                byte[] chunk = new byte[item.remaining()];
                item.get(chunk);
                out.writeBytes(chunk);
            }

            @Override
            public void onError(Throwable throwable) {
                done.countDown();
            }

            @Override
            public void onComplete() {
                done.countDown();
            }
        });
        try {
            done.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return out.toByteArray();
    }

    /** The IT (class and method) on the stack: the one whose request this is. */
    private static String currentTest() {
        return StackWalker.getInstance()
                .walk(frames -> frames.filter(f -> f.getClassName().endsWith("IT")
                                || f.getClassName().contains("IT$"))
                        .reduce((first, second) -> second) // the outermost frame of an IT: its test method
                        .map(f -> f.getClassName().substring(f.getClassName().lastIndexOf('.') + 1) + "."
                                + f.getMethodName())
                        .orElse("(no IT on the stack)"));
    }

    private static List<Operation> operations(String document) {
        try {
            JsonNode paths = JSON.readTree(document).path("paths");
            List<Operation> operations = new ArrayList<>();
            for (Iterator<String> it = paths.fieldNames(); it.hasNext(); ) {
                String template = it.next();
                Pattern pattern = Pattern.compile(Pattern.quote(template).replaceAll("\\{[^}/]+}", "\\\\E[^/]+\\\\Q"));
                for (Iterator<String> m = paths.path(template).fieldNames(); m.hasNext(); ) {
                    String method = m.next().toUpperCase();
                    if (Set.of("GET", "PUT", "POST", "DELETE", "PATCH", "HEAD", "OPTIONS")
                            .contains(method)) {
                        operations.add(new Operation(method, template, pattern));
                    }
                }
            }
            return operations;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fetches the served document once, as the demo tenant admin (it is for internal staff only). */
    private static OpenApiContract load(String baseUrl) {
        try {
            CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
            HttpClient http = HttpClient.newBuilder()
                    .cookieHandler(cookies)
                    .connectTimeout(Duration.ofSeconds(10))
                    .build();
            http.send(
                    HttpRequest.newBuilder(URI.create(baseUrl + "/api/me")).build(),
                    HttpResponse.BodyHandlers.discarding());
            String xsrf = cookies.getCookieStore().getCookies().stream()
                    .filter(c -> c.getName().equals("XSRF-TOKEN"))
                    .map(HttpCookie::getValue)
                    .findFirst()
                    .orElseThrow();
            HttpResponse<String> signIn = http.send(
                    HttpRequest.newBuilder(URI.create(baseUrl + "/login"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .header("Accept", "application/json")
                            .header("X-XSRF-TOKEN", xsrf)
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    "username=admin&password=" + TestClients.PASSWORD))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (signIn.statusCode() != 200) {
                throw new AssertionError("The OpenAPI check could not sign in as admin: " + signIn.statusCode());
            }
            HttpResponse<String> docs = http.send(
                    HttpRequest.newBuilder(URI.create(baseUrl + "/v3/api-docs"))
                            .header("Accept", "application/json")
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (docs.statusCode() != 200) {
                throw new AssertionError("/v3/api-docs answered " + docs.statusCode() + ": " + docs.body());
            }
            Files.createDirectories(REPORTS);
            Files.writeString(REPORTS.resolve("api-docs.json"), docs.body());
            return ofServer(docs.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void writeReports() {
        StringBuilder out = new StringBuilder("# OpenAPI operations exercised by this run's ITs\n\n");
        Set<String> uncovered = new TreeSet<>();
        int covered = 0;
        for (Operation operation : operations) {
            Set<String> tests = coverage.get(operation.key());
            if (tests == null) {
                uncovered.add(operation.key());
            } else {
                covered++;
            }
        }
        out.append(covered).append(" of ").append(operations.size()).append(" operations exercised.\n\n");
        out.append("## Not exercised\n\n");
        uncovered.forEach(o -> out.append("- `").append(o).append("`\n"));
        out.append("\n## Exercised\n\n");
        new TreeMap<>(coverage)
                .forEach((operation, tests) -> out.append("- `")
                        .append(operation)
                        .append("`: ")
                        .append(String.join(", ", new TreeSet<>(tests)))
                        .append('\n'));
        out.append("\n## Mismatches\n\n");
        synchronized (mismatches) {
            if (mismatches.isEmpty()) {
                out.append("none\n");
            }
            mismatches.forEach(m -> out.append("```\n").append(m).append("\n```\n"));
        }
        try {
            Files.createDirectories(REPORTS);
            Files.writeString(REPORTS.resolve("coverage.md"), out.toString());
        } catch (IOException e) {
            System.err.println("Could not write the OpenAPI coverage report: " + e);
        }
    }

    /**
     * Fails a test whose exchanges did not match the document even where the {@link AssertionError}
     * thrown at the request never reached JUnit: a request sent from another thread, inside a retry
     * loop, or caught by the test. Registered on {@link IntegrationTest}, so every IT has it.
     */
    public static final class FailOnMismatch implements BeforeEachCallback, AfterEachCallback {

        private static final ExtensionContext.Namespace NAMESPACE =
                ExtensionContext.Namespace.create(FailOnMismatch.class);

        @Override
        public void beforeEach(ExtensionContext context) {
            context.getStore(NAMESPACE).put("from", ALL_MISMATCHES.size());
        }

        @Override
        public void afterEach(ExtensionContext context) {
            Integer from = context.getStore(NAMESPACE).get("from", Integer.class);
            if (!FAILS || from == null || context.getExecutionException().isPresent()) {
                return; // a failed test already names its first mismatch (or another failure)
            }
            List<String> added;
            synchronized (ALL_MISMATCHES) {
                added = List.copyOf(ALL_MISMATCHES.subList(from, ALL_MISMATCHES.size()));
            }
            if (!added.isEmpty()) {
                throw new AssertionError(added.size() + " exchange(s) of " + context.getDisplayName()
                        + " did not match the OpenAPI document (see docs/api.md):\n"
                        + String.join("\n", added));
            }
        }
    }
}
