package io.crossflow.identity.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crossflow.shared.InvalidInputException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Takes the Content-Security-Policy violation reports browsers send (docs/security.md, "Headers"):
 * counts each as {@code crossflow.csp.violations} by directive and logs it. Both formats arrive:
 * {@code report-uri}'s {@code application/csp-report} object and the Reporting API's {@code
 * application/reports+json} list. Anyone may post here, so nothing of a report is trusted: the
 * directive becomes a metric tag only when it looks like one, logged values are cut short and
 * stripped of control characters, and at most {@link #LOGGED_PER_MINUTE} reports a minute are
 * logged (all are counted).
 */
@Component
public class CspReports {

    /** The largest report body accepted; a browser's report is well under 4 KB. */
    public static final int MAX_BYTES = 16 * 1024;

    static final String METRIC = "crossflow.csp.violations";
    static final int LOGGED_PER_MINUTE = 60;

    private static final Logger log = LoggerFactory.getLogger(CspReports.class);
    private static final Pattern DIRECTIVE = Pattern.compile("[a-z-]{1,40}");
    private static final int LOGGED_CHARS = 200;

    private final ObjectMapper json;
    private final MeterRegistry meters;
    private final Clock clock;
    private long logMinute;
    private int loggedThisMinute;

    CspReports(ObjectMapper json, MeterRegistry meters) {
        this.json = json;
        this.meters = meters;
        this.clock = Clock.systemUTC();
    }

    /** One violation as the browser reported it. */
    record Violation(String directive, String blocked, String document, String source, String line) {}

    /**
     * Records the violations of one report body.
     *
     * @return how many violations it held
     * @throws InvalidInputException when the body is no violation report of either format
     */
    public int record(byte[] body) {
        List<Violation> violations = parse(body);
        for (Violation violation : violations) {
            Counter.builder(METRIC)
                    .description("Content-Security-Policy violations reported by browsers")
                    .tag("directive", tag(violation.directive()))
                    .register(meters)
                    .increment();
            if (mayLog()) {
                log.warn(
                        "Content-Security-Policy violation: {} blocked {} on {} ({}:{})",
                        violation.directive(),
                        violation.blocked(),
                        violation.document(),
                        violation.source(),
                        violation.line());
            }
        }
        return violations.size();
    }

    List<Violation> parse(byte[] body) {
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (IOException e) {
            throw notAReport();
        }
        List<Violation> violations = new ArrayList<>();
        if (root != null && root.has("csp-report")) {
            JsonNode report = root.get("csp-report");
            violations.add(new Violation(
                    text(report, "effective-directive", "violated-directive"),
                    text(report, "blocked-uri"),
                    text(report, "document-uri"),
                    text(report, "source-file"),
                    text(report, "line-number")));
        } else if (root != null && root.isArray()) {
            for (JsonNode report : root) {
                if ("csp-violation".equals(report.path("type").asText())) {
                    JsonNode b = report.path("body");
                    violations.add(new Violation(
                            text(b, "effectiveDirective"),
                            text(b, "blockedURL"),
                            text(b, "documentURL"),
                            text(b, "sourceFile"),
                            text(b, "lineNumber")));
                }
            }
        }
        if (violations.isEmpty()) {
            throw notAReport();
        }
        return violations;
    }

    private static InvalidInputException notAReport() {
        return new InvalidInputException("This is not a Content-Security-Policy violation report.");
    }

    private static String text(JsonNode node, String... names) {
        for (String name : names) {
            JsonNode value = node.path(name);
            if (!value.isMissingNode() && !value.isNull()) {
                String cleaned = value.asText().replaceAll("\\p{Cntrl}", "?");
                return cleaned.length() > LOGGED_CHARS ? cleaned.substring(0, LOGGED_CHARS) + "…" : cleaned;
            }
        }
        return "";
    }

    static String tag(String directive) {
        // violated-directive of the old format may carry the directive's value after a space
        String name = directive.split(" ", 2)[0];
        return DIRECTIVE.matcher(name).matches() ? name : "other";
    }

    private synchronized boolean mayLog() {
        long minute = clock.millis() / 60_000;
        if (minute != logMinute) {
            logMinute = minute;
            loggedThisMinute = 0;
        }
        return ++loggedThisMinute <= LOGGED_PER_MINUTE;
    }
}
