package io.crossflow.identity.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.crossflow.tenancy.Tenants;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Form sign-in for both callers: the web app posts with {@code Accept: application/json} and gets
 * JSON (200, 401, 429); a plain HTML form gets redirects. Failed attempts feed {@link LoginThrottle}
 * (per username and per client address); a failure that locks a username mails its user an
 * {@link UnlockLinks unlock link}. The client address is the request's remote address as the
 * server resolved it ({@code server.forward-headers-strategy}: behind trusted proxies their {@code
 * X-Forwarded-For}).
 */
@Component
class FormLoginHandlers {

    private final LoginThrottle throttle;
    private final UnlockLinks unlockLinks;
    private final ProblemResponses problems;
    private final ObjectMapper objectMapper;
    private final SavedRequestAwareAuthenticationSuccessHandler redirects =
            new SavedRequestAwareAuthenticationSuccessHandler();

    private final UserAdministration users;
    private final TwoFactorSignIn twoFactor;
    private final SessionEpochs sessions;
    private final Tenants tenants;

    FormLoginHandlers(
            LoginThrottle throttle,
            UnlockLinks unlockLinks,
            ProblemResponses problems,
            ObjectMapper objectMapper,
            UserAdministration users,
            TwoFactorSignIn twoFactor,
            SessionEpochs sessions,
            Tenants tenants) {
        this.tenants = tenants;
        this.throttle = throttle;
        this.unlockLinks = unlockLinks;
        this.problems = problems;
        this.objectMapper = objectMapper;
        this.users = users;
        this.twoFactor = twoFactor;
        this.sessions = sessions;
    }

    AuthenticationSuccessHandler success() {
        return (request, response, authentication) -> {
            if (authentication.getPrincipal() instanceof CrossflowUserDetails details && !details.active()) {
                throttle.reset(authentication.getName());
                // the password was right, so the person may learn why it cannot come in
                ActiveAccountFilter.signOutDeactivated(request, response, problems);
                return;
            }
            if (authentication.getPrincipal() instanceof CrossflowUserDetails details
                    && tenants.isSuspended(details.currentUser().tenantId())) {
                ActiveAccountFilter.signOutSuspended(request, response, problems);
                return;
            }
            if (authentication.getPrincipal() instanceof CrossflowUserDetails details) {
                // the failure count is not reset yet: wrong codes add to the failed passwords before them
                Optional<TwoFactorSignIn.Step> step = twoFactor.afterPassword(request, response, details.currentUser());
                if (step.isPresent()) {
                    awaitSecondStep(request, response, authentication.getName(), step.get());
                    return;
                }
                sessions.stamp(request.getSession(), details.currentUser().id());
                users.recordSignIn(details.currentUser().id());
            }
            throttle.reset(authentication.getName());
            // Signing in replaced the CSRF token and cleared the XSRF-TOKEN cookie; hand out the new one
            // now, or the web app's first write after sign-in is refused.
            if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken csrf) {
                csrf.getToken();
            }
            if (ProblemResponses.wantsJson(request)) {
                response.setStatus(HttpStatus.OK.value());
                response.setContentType(MediaType.APPLICATION_JSON_VALUE);
                objectMapper.writeValue(
                        response.getOutputStream(), Map.of("username", authentication.getName(), "signedIn", true));
            } else {
                redirects.onAuthenticationSuccess(request, response, authentication);
            }
        };
    }

    /** The password was right; a second step comes before the person is signed in. */
    private void awaitSecondStep(
            HttpServletRequest request, HttpServletResponse response, String username, TwoFactorSignIn.Step step)
            throws IOException {
        if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken csrf) {
            csrf.getToken();
        }
        if (ProblemResponses.wantsJson(request)) {
            response.setStatus(HttpStatus.OK.value());
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            objectMapper.writeValue(
                    response.getOutputStream(),
                    Map.of("username", username, "signedIn", false, "secondStep", step.name()));
        } else {
            response.sendRedirect(request.getContextPath() + "/login?second-step");
        }
    }

    AuthenticationFailureHandler failure() {
        return (request, response, exception) -> {
            String username = request.getParameter("username");
            throttle.recordFailure(username, request.getRemoteAddr())
                    .ifPresent(lockedUntil -> unlockLinks.issue(username, lockedUntil));
            Optional<Duration> blocked = throttle.blockedFor(request.getRemoteAddr());
            Optional<Duration> locked = throttle.lockedFor(username);
            if (blocked.isPresent()) {
                respondBlocked(request, response, blocked.get());
            } else if (locked.isPresent()) {
                respondLocked(request, response, locked.get());
            } else if (ProblemResponses.wantsJson(request)) {
                problems.write(
                        response,
                        HttpStatus.UNAUTHORIZED,
                        "Sign-in failed",
                        "The username or password is not correct.");
            } else {
                response.sendRedirect(request.getContextPath() + "/login?error");
            }
        };
    }

    /** Refuses sign-in from a blocked address or for a locked username before the password is even checked. */
    OncePerRequestFilter lockFilter() {
        return new OncePerRequestFilter() {
            @Override
            protected boolean shouldNotFilter(HttpServletRequest request) {
                return !("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()));
            }

            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                Optional<Duration> blocked = throttle.blockedFor(request.getRemoteAddr());
                if (blocked.isPresent()) {
                    respondBlocked(request, response, blocked.get());
                    return;
                }
                Optional<Duration> locked = throttle.lockedFor(request.getParameter("username"));
                if (locked.isPresent()) {
                    respondLocked(request, response, locked.get());
                    return;
                }
                chain.doFilter(request, response);
            }
        };
    }

    private void respondLocked(HttpServletRequest request, HttpServletResponse response, Duration lockedFor)
            throws IOException {
        respond(request, response, lockedFor, "Too many failed sign-in attempts for this user. Try again in ");
    }

    private void respondBlocked(HttpServletRequest request, HttpServletResponse response, Duration blockedFor)
            throws IOException {
        respond(
                request,
                response,
                blockedFor,
                "Too many failed sign-in attempts from your network address. Try again in ");
    }

    private void respond(HttpServletRequest request, HttpServletResponse response, Duration wait, String detail)
            throws IOException {
        long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
        response.setHeader("Retry-After", Long.toString(Math.max(1, wait.toSeconds())));
        if (ProblemResponses.wantsJson(request)) {
            problems.write(
                    response,
                    HttpStatus.TOO_MANY_REQUESTS,
                    "Too many failed sign-ins",
                    detail + minutes + " minute" + (minutes == 1 ? "" : "s") + ".");
        } else {
            response.sendRedirect(request.getContextPath() + "/login?locked");
        }
    }
}
