package io.crossflow.identity.internal;

import io.crossflow.identity.ApiTokenScope;
import io.crossflow.identity.CrossflowPrincipal;
import io.crossflow.identity.CurrentUser;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.core.AuthenticatedPrincipal;

/** The caller of a request authenticated by an API token; lives for that request only. */
public record ApiTokenPrincipal(CurrentUser currentUser, UUID tokenId, Set<ApiTokenScope> scopes)
        implements CrossflowPrincipal, AuthenticatedPrincipal {

    public ApiTokenPrincipal {
        scopes = Set.copyOf(scopes);
    }

    @Override
    public String getName() {
        return currentUser.username();
    }
}
