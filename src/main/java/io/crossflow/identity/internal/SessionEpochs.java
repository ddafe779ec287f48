package io.crossflow.identity.internal;

import jakarta.servlet.http.HttpSession;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Ends a user's sessions when its password changes, on every node: {@code idn_user.session_epoch}
 * rises with each change or reset, every session remembers the value it signed in under, and
 * {@link ActiveAccountFilter} ends a session whose value is older at its next request. Sessions
 * live in each node's memory (no Spring Session), so a node-local registry could not reach the
 * others; the database check costs nothing extra, it is the same primary-key read that already
 * checks that the account is active (docs/security.md, "Decisions").
 */
@Component
public class SessionEpochs {

    static final String ATTRIBUTE = SessionEpochs.class.getName() + ".epoch";

    private final JdbcClient jdbc;

    SessionEpochs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Ends every session of the user that exists now; returns the new epoch. */
    int endSessions(UUID userId) {
        return jdbc.sql("update idn_user set session_epoch = session_epoch + 1 where id = ? returning session_epoch")
                .param(userId)
                .query(Integer.class)
                .single();
    }

    int current(UUID userId) {
        return jdbc.sql("select session_epoch from idn_user where id = ?")
                .param(userId)
                .query(Integer.class)
                .optional()
                .orElse(0);
    }

    /** Marks a session as signed in under the user's present epoch (at every sign-in). */
    void stamp(HttpSession session, UUID userId) {
        keep(session, current(userId));
    }

    /** Keeps this session alive across an epoch change it caused itself (the caller changing its password). */
    public static void keep(HttpSession session, int epoch) {
        if (session != null) {
            session.setAttribute(ATTRIBUTE, epoch);
        }
    }

    static Integer of(HttpSession session) {
        return session == null ? null : (Integer) session.getAttribute(ATTRIBUTE);
    }
}
