package io.crossflow.identity.internal;

import io.crossflow.identity.CrossflowPrincipal;
import io.crossflow.identity.CurrentUser;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/**
 * A user signed in through OIDC single sign-on: the IdP's tokens plus the Crossflow user it was
 * matched to, whose capabilities are its authorities. Its name is the Crossflow username.
 */
final class SsoPrincipal extends DefaultOidcUser implements CrossflowPrincipal {

    private static final long serialVersionUID = 1L;

    private final CurrentUser user;

    SsoPrincipal(CurrentUser user, OidcIdToken idToken, OidcUserInfo userInfo) {
        super(CrossflowUserDetails.authorities(user), idToken, userInfo, IdTokenClaimNames.SUB);
        this.user = user;
    }

    @Override
    public CurrentUser currentUser() {
        return user;
    }

    @Override
    public String getName() {
        return user.username();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SsoPrincipal that && super.equals(that) && user.equals(that.user);
    }

    @Override
    public int hashCode() {
        return 31 * super.hashCode() + user.hashCode();
    }
}
