package io.crossflow.identity.internal;

import io.crossflow.identity.ApiTokenScope;
import io.crossflow.tenancy.Tenants;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer cft_…} requests for this request only: nothing is
 * saved in a session, so a bearer request neither needs nor creates one (and skips CSRF, see
 * {@link SecurityConfiguration}). A request with a bearer header never falls back to a session
 * cookie: a bad token answers 401, a token without the needed scope 403, any token of a suspended
 * tenant 401 (with {@code reason: tenant-suspended}).
 */
final class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

    static final String INVALID = "The API token is invalid, expired or revoked.";

    private static final PathPatternRequestMatcher.Builder PATH = PathPatternRequestMatcher.withDefaults();
    private static final RequestMatcher INTEGRATIONS = PATH.matcher("/api/integrations/**");
    // a leaked token must not be able to mint longer-lived ones or hide itself
    private static final RequestMatcher TOKEN_MANAGEMENT = new OrRequestMatcher(
            PATH.matcher("/api/tokens"),
            PATH.matcher("/api/tokens/**"),
            PATH.matcher("/api/admin/users/*/tokens"),
            PATH.matcher("/api/admin/users/*/tokens/**"));

    private final ApiTokens tokens;
    private final ProblemResponses problems;
    private final Tenants tenants;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    ApiTokenAuthenticationFilter(ApiTokens tokens, ProblemResponses problems, Tenants tenants) {
        this.tokens = tokens;
        this.problems = problems;
        this.tenants = tenants;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !SecurityConfiguration.hasBearerToken(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String token = request.getHeader(HttpHeaders.AUTHORIZATION).substring(7).strip();
        Optional<ApiTokenPrincipal> principal = tokens.authenticate(token);
        if (principal.isEmpty()) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
            problems.write(response, HttpStatus.UNAUTHORIZED, "Invalid API token", INVALID);
            return;
        }
        if (tenants.isSuspended(principal.get().currentUser().tenantId())) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
            problems.write(
                    response,
                    HttpStatus.UNAUTHORIZED,
                    "Tenant suspended",
                    ActiveAccountFilter.SUSPENDED,
                    ActiveAccountFilter.SUSPENDED_REASON);
            return;
        }
        if (TOKEN_MANAGEMENT.matches(request)) {
            problems.write(
                    response,
                    HttpStatus.FORBIDDEN,
                    "Forbidden",
                    "API tokens cannot be managed with an API token; sign in to create, list or revoke them.");
            return;
        }
        ApiTokenScope needed = neededScope(request);
        if (!principal.get().scopes().contains(needed)) {
            response.setHeader(
                    HttpHeaders.WWW_AUTHENTICATE,
                    "Bearer error=\"insufficient_scope\", scope=\"" + needed.value() + "\"");
            problems.write(
                    response,
                    HttpStatus.FORBIDDEN,
                    "Forbidden",
                    "This API token lacks the '" + needed.value() + "' scope needed for this request.");
            return;
        }
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(new ApiTokenAuthentication(principal.get()));
        contexts.setContext(context);
        chain.doFilter(request, response);
    }

    static ApiTokenScope neededScope(HttpServletRequest request) {
        if (INTEGRATIONS.matches(request)) {
            return ApiTokenScope.INTEGRATION;
        }
        String method = request.getMethod();
        return "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method)
                ? ApiTokenScope.READ
                : ApiTokenScope.WRITE;
    }
}
