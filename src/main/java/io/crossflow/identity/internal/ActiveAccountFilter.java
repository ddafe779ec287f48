package io.crossflow.identity.internal;

import io.crossflow.identity.CrossflowPrincipal;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends the session of a user who was deactivated since it signed in, at its very next request:
 * a session holds a snapshot of its user, so every session request asks the database (a primary
 * key lookup) whether the account is still active. The check is in the database, not in a node's
 * memory, so it holds on every node behind a load balancer. API tokens need no check here: they
 * load their user afresh and a deactivated user's tokens are revoked.
 */
final class ActiveAccountFilter extends OncePerRequestFilter {

    static final String DEACTIVATED =
            "Your account has been deactivated. Ask your administrator if you need access again.";
    static final String DEACTIVATED_REASON = "account-deactivated";

    private final JdbcClient jdbc;
    private final ProblemResponses problems;

    ActiveAccountFilter(JdbcClient jdbc, ProblemResponses problems) {
        this.jdbc = jdbc;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null
                && !(authentication.getPrincipal() instanceof ApiTokenPrincipal)
                && authentication.getPrincipal() instanceof CrossflowPrincipal principal
                && !active(principal)) {
            signOutDeactivated(request, response, problems);
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * Ends the request's session and answers that the account is deactivated: a ProblemDetail
     * with {@code reason: account-deactivated} for the web app and scripts, a redirect to the
     * sign-in page (which then says why) for a page.
     */
    static void signOutDeactivated(HttpServletRequest request, HttpServletResponse response, ProblemResponses problems)
            throws IOException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
        if (ProblemResponses.wantsJson(request)) {
            problems.write(response, HttpStatus.UNAUTHORIZED, "Account deactivated", DEACTIVATED, DEACTIVATED_REASON);
        } else {
            response.sendRedirect(request.getContextPath() + "/login?deactivated");
        }
    }

    private boolean active(CrossflowPrincipal principal) {
        return jdbc.sql("select enabled from idn_user where id = ?")
                .param(principal.currentUser().id())
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }
}
