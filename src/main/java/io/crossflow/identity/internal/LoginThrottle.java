package io.crossflow.identity.internal;

import io.crossflow.identity.IdentityProperties;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins in the database, so the limits hold across app nodes: per username
 * ({@code idn_login_throttle}) and per client address across usernames ({@code
 * idn_login_source_throttle}). Unknown usernames are counted like known ones: the answer never
 * tells which names exist. docs/identity.md, "Sign-in lock-out".
 */
@Component
class LoginThrottle {

    private final JdbcClient jdbc;
    private final IdentityProperties.Login settings;

    LoginThrottle(JdbcClient jdbc, IdentityProperties properties) {
        this.jdbc = jdbc;
        this.settings = properties.login();
    }

    /** How long the username stays locked, if it is locked now. */
    Optional<Duration> lockedFor(String username) {
        return remaining("select locked_until from idn_login_throttle where username = ?", key(username));
    }

    /** How long the client address may not sign in, if it is blocked now. */
    Optional<Duration> blockedFor(String source) {
        return remaining("select blocked_until from idn_login_source_throttle where source = ?", source(source));
    }

    /**
     * Counts a failure for the username and for the client address.
     *
     * @return when the username's lock ends, if this very failure locked it
     */
    @Transactional
    Optional<Instant> recordFailure(String username, String source) {
        Instant now = Instant.now();
        count("idn_login_throttle", "username", key(username), now);
        count("idn_login_source_throttle", "source", source(source), now);
        jdbc.sql("""
                        update idn_login_source_throttle set blocked_until = :until, failures = 0
                         where source = :source and failures >= :max
                        """)
                .param("until", Timestamp.from(now.plus(settings.lockDuration())))
                .param("source", source(source))
                .param("max", settings.maxFailuresPerSource())
                .update();
        return lockIfOver(username, now);
    }

    private Optional<Instant> lockIfOver(String username, Instant now) {
        return jdbc.sql("""
                        update idn_login_throttle set locked_until = :until, failures = 0
                         where username = :username and failures >= :max
                        returning locked_until
                        """)
                .param("until", Timestamp.from(now.plus(settings.lockDuration())))
                .param("username", key(username))
                .param("max", settings.maxFailures())
                .query(Timestamp.class)
                .optional()
                .map(Timestamp::toInstant);
    }

    /**
     * Counts a failure for the username only: a wrong proof of one's own password or code inside a
     * session ({@link Reauthentication}), which is about that one account, not about the address.
     *
     * @return when the username's lock ends, if this very failure locked it
     */
    @Transactional
    Optional<Instant> recordUserFailure(String username) {
        Instant now = Instant.now();
        count("idn_login_throttle", "username", key(username), now);
        return lockIfOver(username, now);
    }

    /** Forgets the username's failures and lifts its lock (a successful sign-in, an unlock link). */
    @Transactional
    void reset(String username) {
        jdbc.sql("delete from idn_login_throttle where username = ?")
                .param(key(username))
                .update();
    }

    private Optional<Duration> remaining(String sql, String key) {
        Instant now = Instant.now();
        return jdbc.sql(sql)
                .param(key)
                .query(Timestamp.class)
                .optional()
                .map(Timestamp::toInstant)
                .filter(until -> until.isAfter(now))
                .map(until -> Duration.between(now, until));
    }

    /** One statement, so concurrent failures are all counted; a window that has passed starts again. */
    private void count(String table, String column, String key, Instant now) {
        jdbc.sql("""
                        insert into %1$s (%2$s, failures, window_start)
                        values (:key, 1, :now)
                        on conflict (%2$s) do update set
                          failures = case when %1$s.window_start < :windowStart then 1
                                          else %1$s.failures + 1 end,
                          window_start = case when %1$s.window_start < :windowStart then :now
                                              else %1$s.window_start end
                        """.formatted(table, column))
                .param("key", key)
                .param("now", Timestamp.from(now))
                .param("windowStart", Timestamp.from(now.minus(settings.failureWindow())))
                .update();
    }

    static String key(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }

    private static String source(String address) {
        return address == null ? "" : address;
    }
}
