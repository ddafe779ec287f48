package io.crossflow.identity.internal;

import io.crossflow.identity.CurrentUser;
import io.crossflow.identity.Users;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Form sign-in against idn_user; users without a password (SSO-only, service users) cannot sign in
 * this way. A deactivated user's password is still checked: only with the right one does sign-in
 * say that the account is deactivated ({@link FormLoginHandlers}).
 */
@Component
class DatabaseUserDetailsService implements UserDetailsService {

    private final Users users;
    private final JdbcClient jdbc;

    DatabaseUserDetailsService(Users users, JdbcClient jdbc) {
        this.users = users;
        this.jdbc = jdbc;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        Account account = jdbc.sql("select id, enabled, password_hash from idn_user where lower(username) = lower(?)")
                .param(username == null ? "" : username)
                .query((rs, i) -> new Account(
                        rs.getObject("id", UUID.class), rs.getBoolean("enabled"), rs.getString("password_hash")))
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
        if (account.passwordHash() == null) {
            throw new UsernameNotFoundException("User has no password");
        }
        CurrentUser user = users.accountIncludingDeactivated(account.id())
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
        return new CrossflowUserDetails(user, account.passwordHash(), account.enabled());
    }

    private record Account(UUID id, boolean enabled, String passwordHash) {}
}
