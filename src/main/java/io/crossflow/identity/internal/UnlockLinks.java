package io.crossflow.identity.internal;

import io.crossflow.identity.CurrentUser;
import io.crossflow.identity.IdentityProperties;
import io.crossflow.identity.SignInLocked;
import io.crossflow.identity.UserSummary;
import io.crossflow.identity.Users;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The e-mailed way out of a lock someone else caused: when a username gets locked, its user (if
 * it exists, is enabled and has an address) gets a link that lifts the lock. The link's secret is
 * random (256 bits), kept only as its SHA-256 ({@code idn_unlock_token}), valid for {@code
 * crossflow.identity.login.unlock-link-validity} and used at most once; it unlocks, it never signs
 * in. docs/identity.md, "Sign-in lock-out".
 */
@Component
public class UnlockLinks {

    /** The page the link opens (identity.web.UnlockPage). */
    public static final String PATH = "/unlock";

    private final JdbcClient jdbc;
    private final Users users;
    private final LoginThrottle throttle;
    private final ApplicationEventPublisher events;
    private final IdentityProperties.Login settings;
    private final SecureRandom random = new SecureRandom();

    UnlockLinks(
            JdbcClient jdbc,
            Users users,
            LoginThrottle throttle,
            ApplicationEventPublisher events,
            IdentityProperties properties) {
        this.jdbc = jdbc;
        this.users = users;
        this.throttle = throttle;
        this.events = events;
        this.settings = properties.login();
    }

    /** Mails the username's user an unlock link, if there is such a user with an address; else nothing. */
    @Transactional
    void issue(String username, Instant lockedUntil) {
        Optional<CurrentUser> user = users.currentUserByUsername(LoginThrottle.key(username));
        Optional<UserSummary> addressee = user.flatMap(u -> users.find(u.tenantId(), u.id()))
                .filter(u -> u.email() != null && !u.email().isBlank());
        if (addressee.isEmpty()) {
            return;
        }
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = Instant.now();
        Instant expires = now.plus(settings.unlockLinkValidity());
        jdbc.sql("""
                        insert into idn_unlock_token (token_hash, user_id, username, created_at, expires_at)
                        values (?, ?, ?, ?, ?)
                        """)
                .params(
                        hash(token),
                        addressee.get().id(),
                        LoginThrottle.key(username),
                        Timestamp.from(now),
                        Timestamp.from(expires))
                .update();
        events.publishEvent(new SignInLocked(
                addressee.get().tenantId(), addressee.get().id(), PATH + "?token=" + token, lockedUntil, expires));
    }

    /**
     * Lifts the lock of the link's username if the link is known, unused and not expired, and uses
     * the link up (one statement, so two clicks at once unlock once).
     *
     * @return whether the link unlocked
     */
    @Transactional
    public boolean redeem(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return false;
        }
        Timestamp now = Timestamp.from(Instant.now());
        Optional<String> username = jdbc.sql("""
                        update idn_unlock_token set used_at = :now
                         where token_hash = :hash and used_at is null and expires_at > :now
                        returning username
                        """)
                .param("now", now)
                .param("hash", hash(token))
                .query(String.class)
                .optional();
        username.ifPresent(throttle::reset);
        return username.isPresent();
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
