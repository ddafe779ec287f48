package io.crossflow.identity.internal;

import io.crossflow.identity.ApiTokenScope;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** The user's capabilities as {@code ROLE_*} plus the token's scopes as {@code SCOPE_*}. */
final class ApiTokenAuthentication extends AbstractAuthenticationToken {

    private final ApiTokenPrincipal principal;

    ApiTokenAuthentication(ApiTokenPrincipal principal) {
        super(authorities(principal));
        this.principal = principal;
        setAuthenticated(true);
    }

    private static List<GrantedAuthority> authorities(ApiTokenPrincipal principal) {
        List<GrantedAuthority> authorities = new ArrayList<>(CrossflowUserDetails.authorities(principal.currentUser()));
        principal.scopes().stream()
                .map(ApiTokenScope::authority)
                .map(SimpleGrantedAuthority::new)
                .forEach(authorities::add);
        return authorities;
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public ApiTokenPrincipal getPrincipal() {
        return principal;
    }
}
