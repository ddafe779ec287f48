package io.crossflow.identity.internal;

import io.crossflow.identity.CrossflowPrincipal;
import io.crossflow.tenancy.Tenants;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
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
 *
 * <p>The same read ends a session signed in before the user's password was changed or reset
 * ({@link SessionEpochs}).
 */
final class ActiveAccountFilter extends OncePerRequestFilter {

    static final String DEACTIVATED =
            "Your account has been deactivated. Ask your administrator if you need access again.";
    static final String DEACTIVATED_REASON = "account-deactivated";
    static final String ENDED =
            "Your password was changed, so this session has ended. Sign in again with the new password.";
    static final String ENDED_REASON = "session-ended";
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
            Optional<Account> account = account(principal);
            if (account.isEmpty() || !account.get().enabled()) {
                signOutDeactivated(request, response, problems);
                return;
            }
            if (tenants.isSuspended(principal.currentUser().tenantId())) {
                signOutSuspended(request, response, problems);
                return;
            }
            HttpSession session = request.getSession(false);
            Integer signedInUnder = SessionEpochs.of(session);
            if (signedInUnder == null) {
                // a sign-in path that does not stamp its session (single sign-on) takes the present epoch
                SessionEpochs.keep(session, account.get().sessionEpoch());
            } else if (signedInUnder != account.get().sessionEpoch()) {
                signOut(request, response, "Session ended", ENDED, ENDED_REASON, "/login?ended");
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
        signOut(
                request,
                response,
                problems,
                "Account deactivated",
                DEACTIVATED,
                DEACTIVATED_REASON,
                "/login?deactivated");
    }

    private void signOut(
            HttpServletRequest request,
            HttpServletResponse response,
            String title,
            String detail,
            String reason,
            String page)
            throws IOException {
        signOut(request, response, problems, title, detail, reason, page);
    }

    private static void signOut(
            HttpServletRequest request,
            HttpServletResponse response,
            ProblemResponses problems,
            String title,
            String detail,
            String reason,
            String page)
            throws IOException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
        if (ProblemResponses.wantsJson(request)) {
            problems.write(response, HttpStatus.UNAUTHORIZED, title, detail, reason);
        } else {
            response.sendRedirect(request.getContextPath() + page);
        }
    }

    /** As {@link #signOutDeactivated}, saying that the user's tenant is suspended ({@code /login?suspended}). */
    static void signOutSuspended(HttpServletRequest request, HttpServletResponse response, ProblemResponses problems)
            throws IOException {
        signOut(request, response, problems, "Tenant suspended", SUSPENDED, SUSPENDED_REASON, "/login?suspended");
    }

    private Optional<Account> account(CrossflowPrincipal principal) {
        return jdbc.sql("select enabled, session_epoch from idn_user where id = ?")
                .param(principal.currentUser().id())
                .query((rs, i) -> new Account(rs.getBoolean("enabled"), rs.getInt("session_epoch")))
                .optional();
    }

    private record Account(boolean enabled, int sessionEpoch) {}
}
