package io.crossflow.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/**
 * Where a failed single sign-on lands: a refused account on {@code /sso/refused} (with the e-mail
 * the IdP gave, kept in the session rather than the URL so nobody can craft the message), any
 * other failure (the IdP's error, a stale state) on {@code /sso/failed}, a tenant admin's test
 * sign-in on {@code /sso/test-result}. Never a stack trace.
 */
@Component
public class SsoSignIn {

    /** Session attribute holding the refused account's e-mail for the refusal page. */
    public static final String REFUSED_EMAIL = SsoSignIn.class.getName() + ".refusedEmail";

    /** Session attribute holding a test sign-in's outcome and what it found, for the result page. */
    public static final String TEST_RESULT = SsoSignIn.class.getName() + ".testResult";

    public static final String REFUSED_PATH = "/sso/refused";
    public static final String TEST_RESULT_PATH = "/sso/test-result";
    public static final String FAILED_PATH = "/sso/failed";

    private static final Logger log = LoggerFactory.getLogger(SsoSignIn.class);

    AuthenticationFailureHandler failure() {
        return (request, response, exception) -> {
            if (exception instanceof SsoTestCompleted test) {
                request.getSession().setAttribute(TEST_RESULT, new String[] {test.outcome(), test.detail()});
                response.sendRedirect(path(request, TEST_RESULT_PATH));
            } else if (exception instanceof UnregisteredSsoAccountException refused) {
                request.getSession().setAttribute(REFUSED_EMAIL, refused.email() == null ? "" : refused.email());
                response.sendRedirect(path(request, REFUSED_PATH));
            } else {
                log.info("Single sign-on failed: {}", exception.getMessage());
                response.sendRedirect(path(request, FAILED_PATH));
            }
        };
    }

    private static String path(HttpServletRequest request, String path) {
        return request.getContextPath() + path;
    }
}
