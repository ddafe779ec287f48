package io.crossflow.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.web.csrf.CsrfToken;

/** The header and cookie settings, in development (plain HTTP allowed) and in prod (HTTPS only). */
class SecurityHeadersTest {

    @Test
    void theWebAppGetsAStrictPolicyWithoutInlineScripts() {
        MockHttpServletResponse response = write(SecurityHeaders.application(false), plainRequest());

        String policy = response.getHeader("Content-Security-Policy");
        List<String> directives =
                Arrays.stream(policy.split(";")).map(String::trim).toList();
        assertThat(directives)
                .contains(
                        "default-src 'self'",
                        "script-src 'self'",
                        "object-src 'none'",
                        "base-uri 'self'",
                        "form-action 'self'",
                        "frame-ancestors 'none'",
                        "report-uri /api/csp-reports");
        assertThat(directives.stream().filter(d -> d.startsWith("script-src")))
                .singleElement()
                .asString()
                .doesNotContain("unsafe");
        assertThat(response.getHeader("Referrer-Policy")).isEqualTo("same-origin");
        assertThat(response.getHeader("Permissions-Policy"))
                .contains("camera=()", "microphone=()", "geolocation=()", "payment=()", "usb=()");
    }

    @Test
    void camundaWebappsKeepTheirOwnPolicy() {
        MockHttpServletResponse response = write(SecurityHeaders.camundaWebapps(true), plainRequest());

        assertThat(response.getHeader("Content-Security-Policy")).isNull();
        assertThat(response.getHeader("Referrer-Policy")).isEqualTo("same-origin");
        assertThat(response.getHeader("Strict-Transport-Security")).isNotNull();
    }

    @Test
    void withoutHttpsOnlyHstsGoesOnlyWithSecureRequests() {
        assertThat(write(SecurityHeaders.application(false), plainRequest()).getHeader("Strict-Transport-Security"))
                .isNull();
        MockHttpServletRequest secure = plainRequest();
        secure.setSecure(true);
        assertThat(write(SecurityHeaders.application(false), secure).getHeader("Strict-Transport-Security"))
                .isEqualTo("max-age=31536000 ; includeSubDomains");
    }

    @Test
    void httpsOnlySendsHstsEvenWhenTheProxyForwardsPlainHttp() {
        assertThat(write(SecurityHeaders.application(true), plainRequest()).getHeader("Strict-Transport-Security"))
                .isEqualTo("max-age=31536000 ; includeSubDomains");
    }

    @Test
    void httpsOnlyMakesTheXsrfCookieSecure() {
        assertThat(xsrfCookie(true).getSecure()).isTrue();
        assertThat(xsrfCookie(false).getSecure()).isFalse();
        assertThat(xsrfCookie(true).isHttpOnly()).as("the web app reads it").isFalse();
    }

    @Test
    void httpsOnlyMakesTheSessionCookieSecure() {
        TomcatServletWebServerFactory prod = new TomcatServletWebServerFactory();
        SecureCookies.sessionCookie(true).customize(prod);
        assertThat(prod.getSession().getCookie().getSecure()).isTrue();

        TomcatServletWebServerFactory development = new TomcatServletWebServerFactory();
        SecureCookies.sessionCookie(false).customize(development);
        assertThat(development.getSession().getCookie().getSecure()).isNotEqualTo(Boolean.TRUE);
    }

    private static Cookie xsrfCookie(boolean httpsOnly) {
        var tokens = SecureCookies.csrfTokens(httpsOnly);
        MockHttpServletRequest request = plainRequest();
        MockHttpServletResponse response = new MockHttpServletResponse();
        CsrfToken token = tokens.generateToken(request);
        tokens.saveToken(token, request, response);
        return response.getCookie("XSRF-TOKEN");
    }

    private static MockHttpServletRequest plainRequest() {
        return new MockHttpServletRequest("GET", "/projects");
    }

    private static MockHttpServletResponse write(SecurityHeaders headers, MockHttpServletRequest request) {
        MockHttpServletResponse response = new MockHttpServletResponse();
        headers.writeHeaders(request, response);
        return response;
    }
}
