package io.crossflow.identity;

import io.crossflow.identity.internal.ApiTokenPrincipal;
import io.crossflow.shared.ForbiddenException;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Access to the caller of the current request. */
public final class CurrentUsers {

    static final String NOT_AN_INTEGRATION =
            "Only API tokens with the 'integration' scope may call the integration API.";

    private CurrentUsers() {}

    public static Optional<CurrentUser> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof CrossflowPrincipal principal) {
            return Optional.of(principal.currentUser());
        }
        return Optional.empty();
    }

    /** The caller; only call where the security configuration guarantees a signed-in user. */
    public static CurrentUser require() {
        return find().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Not signed in"));
    }

    /**
     * The caller of an integration request: an API token with the {@code integration} scope (a
     * signed-in person never is one: 403), with the reach {@link ApiTokenPolicy} gives its owner now.
     */
    public static IntegrationCaller requireIntegration() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null
                && authentication.getPrincipal() instanceof ApiTokenPrincipal token
                && token.scopes().contains(ApiTokenScope.INTEGRATION)) {
            return new IntegrationCaller(
                    token.currentUser(),
                    ApiTokenPolicy.reach(token.currentUser()).orElse(null));
        }
        throw new ForbiddenException(NOT_AN_INTEGRATION);
    }
}
