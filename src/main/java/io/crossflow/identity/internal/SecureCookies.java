package io.crossflow.identity.internal;

import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.server.AbstractServletWebServerFactory;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;

/**
 * The two cookies the web app holds, the session and XSRF-TOKEN, are {@code Secure} when the app is
 * reached over HTTPS only ({@code crossflow.identity.https-only}): the browser then never sends
 * them over plain HTTP, even to a node that sees only the proxy's plain request.
 */
final class SecureCookies {

    private SecureCookies() {}

    /** The XSRF-TOKEN cookie the web app reads (hence not HttpOnly) and echoes in {@code X-XSRF-TOKEN}. */
    static CookieCsrfTokenRepository csrfTokens(boolean httpsOnly) {
        CookieCsrfTokenRepository tokens = CookieCsrfTokenRepository.withHttpOnlyFalse();
        if (httpsOnly) {
            tokens.setCookieCustomizer(cookie -> cookie.secure(true));
        }
        return tokens;
    }

    /** The servlet session cookie; left to {@code server.servlet.session.cookie.secure} otherwise. */
    static WebServerFactoryCustomizer<AbstractServletWebServerFactory> sessionCookie(boolean httpsOnly) {
        return factory -> {
            if (httpsOnly) {
                factory.getSession().getCookie().setSecure(true);
            }
        };
    }
}
