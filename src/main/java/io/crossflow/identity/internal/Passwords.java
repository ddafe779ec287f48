package io.crossflow.identity.internal;

import io.crossflow.identity.CurrentUser;
import io.crossflow.identity.PasswordResetRequested;
import io.crossflow.shared.ConflictException;
import io.crossflow.shared.GoneException;
import io.crossflow.shared.InvalidInputException;
import io.crossflow.shared.NotFoundException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changing a password, and resetting a forgotten one by e-mail (docs/identity.md). Asking for a
 * reset never tells whether the address has an account; the link is single-use, lives 30
 * minutes, and only its SHA-256 is stored. A new password follows the same policy everywhere
 * ({@link PasswordPolicy}).
 */
@Service
public class Passwords {

    static final Duration RESET_VALIDITY = Duration.ofMinutes(30);
    static final Duration RESEND_PAUSE = Duration.ofMinutes(2);
    static final String PATH = "/password-reset/";
    static final String USED = "This reset link has been used already. Ask for a new one if you still need it.";
    static final String EXPIRED = "This reset link has expired. Ask for a new one.";
    static final String WRONG_CURRENT = "This is not your current password.";

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final ApplicationEventPublisher events;
    private final LoginThrottle throttle;
    private final PasswordPolicy policy;
    private final SessionEpochs sessions;
    private final SecureRandom random = new SecureRandom();

    Passwords(
            JdbcClient jdbc,
            PasswordEncoder passwords,
            ApplicationEventPublisher events,
            LoginThrottle throttle,
            PasswordPolicy policy,
            SessionEpochs sessions) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.events = events;
        this.throttle = throttle;
        this.policy = policy;
        this.sessions = sessions;
    }

    /**
     * Mails a reset link to the active account with this address, if there is one that signs in
     * with a password; otherwise does nothing. The answer is the same either way.
     */
    @Transactional
    public void requestReset(String email) {
        if (email == null || email.isBlank() || email.length() > 254) {
            throw InvalidInputException.field("email", "Enter the e-mail address of your account.");
        }
        Optional<Account> account = jdbc.sql("""
                        select id, tenant_id, username, email from idn_user
                         where lower(email) = ? and enabled and not service_account and password_hash is not null
                        """)
                .param(email.strip().toLowerCase(Locale.ROOT))
                .query((rs, i) -> new Account(
                        rs.getObject("id", UUID.class),
                        rs.getObject("tenant_id", UUID.class),
                        rs.getString("username"),
                        rs.getString("email")))
                .optional();
        if (account.isEmpty() || recentlySent(account.get().id())) {
            return;
        }
        issueLink(account.get());
    }

    /**
     * A tenant admin sends one of its tenant's people a reset link (the person chooses the new
     * password; the admin never sees it). Another tenant's user answers 404; an account that signs
     * in without a password (a service user, an invitee who has not accepted, a deactivated one) 409,
     * as does a second request within the resend pause.
     */
    @Transactional
    public void sendReset(CurrentUser admin, UUID userId) {
        OrganisationAdministration.requireAdmin(admin);
        record Target(Account account, boolean enabled, boolean serviceAccount, boolean password) {}
        Target target = jdbc.sql("""
                        select id, tenant_id, username, email, enabled, service_account,
                               password_hash is not null as has_password
                          from idn_user where id = ? and tenant_id = ?
                        """)
                .params(userId, admin.tenantId())
                .query((rs, i) -> new Target(
                        new Account(
                                rs.getObject("id", UUID.class),
                                rs.getObject("tenant_id", UUID.class),
                                rs.getString("username"),
                                rs.getString("email")),
                        rs.getBoolean("enabled"),
                        rs.getBoolean("service_account"),
                        rs.getBoolean("has_password")))
                .optional()
                .orElseThrow(() -> new NotFoundException("User"));
        if (!target.enabled() || target.serviceAccount() || !target.password()) {
            throw new ConflictException(
                    "This account does not sign in with a password (a service user, a pending invitation or a"
                            + " deactivated account), so there is nothing to reset.");
        }
        if (target.account().email() == null || target.account().email().isBlank()) {
            throw new ConflictException("This user has no e-mail address; add one before sending a reset link.");
        }
        if (recentlySent(userId)) {
            throw new ConflictException("A reset link went to this user a moment ago; it stays valid for 30 minutes.");
        }
        issueLink(target.account());
    }

    private void issueLink(Account account) {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = Instant.now();
        Instant expires = now.plus(RESET_VALIDITY);
        jdbc.sql("insert into idn_password_reset (token_hash, user_id, created_at, expires_at) values (?, ?, ?, ?)")
                .params(UnlockLinks.hash(token), account.id(), Timestamp.from(now), Timestamp.from(expires))
                .update();
        events.publishEvent(new PasswordResetRequested(account.tenantId(), account.id(), PATH + token, expires));
    }

    /** A link went out in the last minutes: asking again does not fill the person's mailbox. */
    private boolean recentlySent(UUID userId) {
        return jdbc.sql("""
                        select exists (select 1 from idn_password_reset
                                        where user_id = ? and used_at is null and created_at > ?)
                        """)
                .params(userId, Timestamp.from(Instant.now().minus(RESEND_PAUSE)))
                .query(Boolean.class)
                .single();
    }

    /**
     * Sets a new password from a reset link, once: an unknown link answers 404, a used or expired
     * one 410; a refused password changes nothing and leaves the link usable. Lifts a sign-in lock
     * and ends every session of the user (its API tokens stay valid).
     */
    @Transactional
    public void reset(String token, String newPassword) {
        if (token == null || token.isBlank() || token.length() > 100) {
            throw new NotFoundException("Reset link");
        }
        Account account = jdbc.sql("""
                        select u.id, u.tenant_id, u.username, u.email, r.used_at, r.expires_at
                          from idn_password_reset r join idn_user u on u.id = r.user_id
                         where r.token_hash = ? and u.enabled
                        """)
                .param(UnlockLinks.hash(token))
                .query((rs, i) -> {
                    if (rs.getTimestamp("used_at") != null) {
                        throw new GoneException(USED);
                    }
                    if (!rs.getTimestamp("expires_at").toInstant().isAfter(Instant.now())) {
                        throw new GoneException(EXPIRED);
                    }
                    return new Account(
                            rs.getObject("id", UUID.class),
                            rs.getObject("tenant_id", UUID.class),
                            rs.getString("username"),
                            rs.getString("email"));
                })
                .optional()
                .orElseThrow(() -> new NotFoundException("Reset link"));
        requireGood(newPassword, account, "password");
        Timestamp now = Timestamp.from(Instant.now());
        int taken = jdbc.sql("""
                        update idn_password_reset set used_at = :now
                         where token_hash = :hash and used_at is null and expires_at > :now
                        """)
                .param("now", now)
                .param("hash", UnlockLinks.hash(token))
                .update();
        if (taken == 0) {
            throw new GoneException(USED);
        }
        setPassword(account.id(), newPassword);
        sessions.endSessions(account.id());
        throttle.reset(account.username());
    }

    /**
     * The caller changes its own password; the current one must be right (400 on that field
     * otherwise). Ends the user's other sessions (its API tokens stay valid).
     *
     * @return the session epoch under which the caller's own session goes on ({@link
     *     SessionEpochs#keep})
     */
    @Transactional
    public int change(CurrentUser caller, String currentPassword, String newPassword) {
        Account account = jdbc.sql("select id, tenant_id, username, email, password_hash from idn_user where id = ?")
                .param(caller.id())
                .query((rs, i) -> new Account(
                        rs.getObject("id", UUID.class),
                        rs.getObject("tenant_id", UUID.class),
                        rs.getString("username"),
                        rs.getString("email"),
                        rs.getString("password_hash")))
                .single();
        if (account.passwordHash() == null) {
            throw new InvalidInputException("Your account signs in with single sign-on; it has no password here.");
        }
        if (currentPassword == null || !passwords.matches(currentPassword, account.passwordHash())) {
            throw new WrongProof("currentPassword", WRONG_CURRENT);
        }
        requireGood(newPassword, account, "newPassword");
        setPassword(account.id(), newPassword);
        return sessions.endSessions(account.id());
    }

    private void requireGood(String password, Account account, String field) {
        policy.problem(password, account.username(), account.email()).ifPresent(problem -> {
            throw InvalidInputException.field(field, problem);
        });
    }

    private void setPassword(UUID userId, String password) {
        jdbc.sql("update idn_user set password_hash = ? where id = ?")
                .params(passwords.encode(password), userId)
                .update();
    }

    private record Account(UUID id, UUID tenantId, String username, String email, String passwordHash) {
        Account(UUID id, UUID tenantId, String username, String email) {
            this(id, tenantId, username, email, null);
        }
    }
}
