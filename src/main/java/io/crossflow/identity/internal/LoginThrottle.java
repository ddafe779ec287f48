package io.crossflow.identity.internal;

import io.crossflow.identity.IdentityProperties;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins per username in the database, so the lock holds across app nodes.
 * Unknown usernames are counted like known ones: the answer never tells which names exist.
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
        Instant now = Instant.now();
        return jdbc.sql("select locked_until from idn_login_throttle where username = ?")
                .param(key(username))
                .query(java.sql.Timestamp.class)
                .optional()
                .map(java.sql.Timestamp::toInstant)
                .filter(until -> until.isAfter(now))
                .map(until -> Duration.between(now, until));
    }

    @Transactional
    void recordFailure(String username) {
        Instant now = Instant.now();
        Instant windowStart = now.minus(settings.failureWindow());
        // one statement, so concurrent failures are all counted
        jdbc.sql("""
                        insert into idn_login_throttle (username, failures, window_start)
                        values (:username, 1, :now)
                        on conflict (username) do update set
                          failures = case when idn_login_throttle.window_start < :windowStart then 1
                                          else idn_login_throttle.failures + 1 end,
                          window_start = case when idn_login_throttle.window_start < :windowStart then :now
                                              else idn_login_throttle.window_start end
                        """)
                .param("username", key(username))
                .param("now", java.sql.Timestamp.from(now))
                .param("windowStart", java.sql.Timestamp.from(windowStart))
                .update();
        jdbc.sql(
                        "update idn_login_throttle set locked_until = :until, failures = 0 where username = :username and failures >= :max")
                .param("until", java.sql.Timestamp.from(now.plus(settings.lockDuration())))
                .param("username", key(username))
                .param("max", settings.maxFailures())
                .update();
    }

    @Transactional
    void reset(String username) {
        jdbc.sql("delete from idn_login_throttle where username = ?")
                .param(key(username))
                .update();
    }

    private static String key(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }
}
