package io.crossflow.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.HstsHeaderWriter;
import org.springframework.security.web.header.writers.PermissionsPolicyHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;

/**
 * The browser-facing security headers beyond Spring Security's defaults (docs/security.md,
 * "Headers"): the web app's Content-Security-Policy with its report endpoint, Referrer-Policy,
 * Permissions-Policy and, when the app is reached over HTTPS only, HSTS on every answer.
 * Camunda's webapps bring their own Content-Security-Policy (with nonces for their inline
 * scripts), so their chain gets everything but ours.
 */
final class SecurityHeaders implements HeaderWriter {

    /** Where browsers send violation reports ({@code report-uri}; the endpoint also reads the Reporting API's format). */
    static final String REPORTS_PATH = "/api/csp-reports";

    static final String CONTENT_SECURITY_POLICY = String.join(
            "; ",
            "default-src 'self'",
            // only the bundle's own files: no inline script, no eval, no foreign host
            "script-src 'self'",
            // Element Plus, bpmn-js, form-js and frappe-gantt set style attributes and inject <style> elements
            "style-src 'self' 'unsafe-inline'",
            // CSS and diagram icons are data: URIs; downloads and previews are blob: URLs
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            // fetch, the notification stream (EventSource) and the service worker's requests
            "connect-src 'self'",
            "worker-src 'self'",
            "manifest-src 'self'",
            "frame-src 'none'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'",
            // report-uri only: with report-to, Chromium switches to the Reporting API, whose batches it
            // sends in the background, late or (in a headless test browser) not at all
            "report-uri " + REPORTS_PATH);

    static final String PERMISSIONS_POLICY = String.join(
            ", ",
            "accelerometer=()",
            "camera=()",
            "display-capture=()",
            "geolocation=()",
            "gyroscope=()",
            "hid=()",
            "magnetometer=()",
            "microphone=()",
            "midi=()",
            "payment=()",
            "serial=()",
            "usb=()",
            "xr-spatial-tracking=()");

    static final long HSTS_MAX_AGE_SECONDS = 365L * 24 * 60 * 60;

    private final List<HeaderWriter> writers;

    private SecurityHeaders(List<HeaderWriter> writers) {
        this.writers = List.copyOf(writers);
    }

    /** The web app, {@code /api} and the sign-in pages. */
    static SecurityHeaders application(boolean httpsOnly) {
        List<HeaderWriter> writers = common(httpsOnly);
        writers.add(new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY));
        return new SecurityHeaders(writers);
    }

    /** Camunda's webapps under {@code /camunda}: their own CSP stays theirs. */
    static SecurityHeaders camundaWebapps(boolean httpsOnly) {
        return new SecurityHeaders(common(httpsOnly));
    }

    private static List<HeaderWriter> common(boolean httpsOnly) {
        List<HeaderWriter> writers = new ArrayList<>();
        writers.add(new ReferrerPolicyHeaderWriter(ReferrerPolicy.SAME_ORIGIN));
        writers.add(new PermissionsPolicyHeaderWriter(PERMISSIONS_POLICY));
        HstsHeaderWriter hsts = new HstsHeaderWriter();
        hsts.setMaxAgeInSeconds(HSTS_MAX_AGE_SECONDS);
        hsts.setIncludeSubDomains(true);
        if (httpsOnly) {
            // TLS ends at the proxy: the request the node sees may be plain HTTP, the browser's was not
            hsts.setRequestMatcher(AnyRequestMatcher.INSTANCE);
        }
        writers.add(hsts);
        return writers;
    }

    @Override
    public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
        for (HeaderWriter writer : writers) {
            writer.writeHeaders(request, response);
        }
    }
}
