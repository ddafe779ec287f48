package io.crossflow.identity.internal;

import io.crossflow.identity.Capability;
import io.crossflow.identity.CrossflowPrincipal;
import io.crossflow.identity.CurrentUser;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A form-login principal. The password hash is erased once authentication succeeds. */
final class CrossflowUserDetails implements UserDetails, CredentialsContainer, CrossflowPrincipal {

    private final CurrentUser user;
    private final boolean active;
    private String passwordHash;

    CrossflowUserDetails(CurrentUser user, String passwordHash, boolean active) {
        this.user = user;
        this.passwordHash = passwordHash;
        this.active = active;
    }

    /**
     * Whether the account is active. Deliberately not {@link #isEnabled()}: Spring checks that
     * before the password, which would tell anyone who types the username that it is deactivated.
     */
    boolean active() {
        return active;
    }

    static List<GrantedAuthority> authorities(CurrentUser user) {
        return user.capabilities().stream()
                .map(Capability::authority)
                .<GrantedAuthority>map(SimpleGrantedAuthority::new)
                .toList();
    }

    @Override
    public CurrentUser currentUser() {
        return user;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authorities(user);
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return user.username();
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
