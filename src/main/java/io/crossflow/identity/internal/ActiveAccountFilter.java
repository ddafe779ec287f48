package io.crossflow.identity.internal;

import io.crossflow.identity.CrossflowPrincipal;
import io.crossflow.tenancy.Tenants;
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
 * load their user afresh and a deactivated user's tokens are revoked. A suspended tenant's users
 * are signed out the same way, with their own reason ({@code tenant-suspended}); its API tokens
 * are refused by {@link ApiTokenAuthenticationFilter}.
 */
final class ActiveAccountFilter extends OncePerRequestFilter {

    static final String DEACTIVATED =
            "Your account has been deactivated. Ask your administrator if you need access again.";
    static final String DEACTIVATED_REASON = "account-deactivated";
    static final String SUSPENDED =
            "Your organisation's Crossflow tenant is suspended. Nothing has been deleted; ask your administrator when it"
                    + " will be resumed.";
    static final String SUSPENDED_REASON = "tenant-suspended";

    private final JdbcClient jdbc;
    private final ProblemResponses problems;
    private final Tenants tenants;

    ActiveAccountFilter(JdbcClient jdbc, ProblemResponses problems, Tenants tenants) {
        this.jdbc = jdbc;
        this.problems = problems;
        this.tenants = tenants;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null
                && !(authentication.getPrincipal() instanceof ApiTokenPrincipal)
                && authentication.getPrincipal() instanceof CrossflowPrincipal principal) {
            if (!active(principal)) {
                signOutDeactivated(request, response, problems);
                return;
            }
            if (tenants.isSuspended(principal.currentUser().tenantId())) {
                signOutSuspended(request, response, problems);
                return;
            }
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

    /** As {@link #signOutDeactivated}, saying that the user's tenant is suspended ({@code /login?suspended}). */
    static void signOutSuspended(HttpServletRequest request, HttpServletResponse response, ProblemResponses problems)
            throws IOException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
        if (ProblemResponses.wantsJson(request)) {
            problems.write(response, HttpStatus.UNAUTHORIZED, "Tenant suspended", SUSPENDED, SUSPENDED_REASON);
        } else {
            response.sendRedirect(request.getContextPath() + "/login?suspended");
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
