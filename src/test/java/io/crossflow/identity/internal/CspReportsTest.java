package io.crossflow.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.crossflow.shared.InvalidInputException;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CspReportsTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final CspReports reports = new CspReports(new ObjectMapper(), meters);

    @Test
    void countsAReportUriReportByItsDirective() {
        int recorded = reports.record(bytes("""
                {"csp-report":{"document-uri":"http://localhost/projects","violated-directive":"script-src-elem",
                 "effective-directive":"script-src-elem","blocked-uri":"inline","line-number":3}}
                """));

        assertThat(recorded).isEqualTo(1);
        assertThat(count("script-src-elem")).isEqualTo(1.0);
    }

    @Test
    void countsEveryViolationOfAReportingApiBatchAndIgnoresOtherReportTypes() {
        int recorded = reports.record(bytes("""
                [{"type":"csp-violation","url":"http://localhost/inbox",
                  "body":{"effectiveDirective":"img-src","blockedURL":"https://tracker.example/p.gif"}},
                 {"type":"csp-violation","body":{"effectiveDirective":"img-src","blockedURL":"https://x.example/"}},
                 {"type":"deprecation","body":{"id":"x"}}]
                """));

        assertThat(recorded).isEqualTo(2);
        assertThat(count("img-src")).isEqualTo(2.0);
    }

    @Test
    void aDirectiveThatIsNoDirectiveIsCountedAsOther() {
        reports.record(bytes("{\"csp-report\":{\"effective-directive\":\"<script>alert(1)</script>\"}}"));
        reports.record(bytes("{\"csp-report\":{\"violated-directive\":\"style-src 'self'\"}}"));

        assertThat(count("other")).isEqualTo(1.0);
        assertThat(count("style-src")).isEqualTo(1.0);
    }

    @Test
    void somethingElseIsRefused() {
        assertThatThrownBy(() -> reports.record(bytes("not json"))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> reports.record(bytes("{\"hello\":1}"))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> reports.record(bytes("[]"))).isInstanceOf(InvalidInputException.class);
    }

    private double count(String directive) {
        var counter = meters.find(CspReports.METRIC).tag("directive", directive).counter();
        return counter == null ? 0 : counter.count();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
