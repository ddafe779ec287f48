package io.crossflow.identity.internal;

import io.crossflow.identity.CurrentUser;
import io.crossflow.identity.Users;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Form sign-in against idn_user; users without a password (SSO-only, service users) cannot sign in this way. */
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
        CurrentUser user =
                users.currentUserByUsername(username).orElseThrow(() -> new UsernameNotFoundException("No such user"));
        String hash = jdbc.sql("select password_hash from idn_user where id = ?")
                .param(user.id())
                .query(String.class)
                .optional()
                .orElse(null);
        if (hash == null) {
            throw new UsernameNotFoundException("User has no password");
        }
        return new CrossflowUserDetails(user, hash);
    }
}
