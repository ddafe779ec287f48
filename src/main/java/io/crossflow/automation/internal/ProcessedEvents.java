package io.crossflow.automation.internal;

import io.crossflow.automation.RuleStatus;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The events each rule has acted on, and its failures: a rule acts on one event at most once, and a
 * failed action is attempted again until it succeeds or reaches the cap. Owns {@code aut_processed_event}.
 */
@Component
public class ProcessedEvents {

    private static final int MAX_DETAIL = 1000;

    private final JdbcClient jdbc;

    ProcessedEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records the rule as acting on the event, in the action's transaction; false if it already has
     * (or is, on another thread or node: the row lock makes the second wait and then see DONE) or
     * has given up on it.
     */
    boolean claim(UUID ruleId, String eventId) {
        return jdbc.sql("""
                        insert into aut_processed_event (rule_id, event_id, outcome) values (?, ?, 'DONE')
                        on conflict (rule_id, event_id) do update set outcome = 'DONE', processed_at = now()
                         where aut_processed_event.outcome = 'FAILED'
                        """).params(ruleId, eventId).update() > 0;
    }

    /**
     * Records a failed attempt, after its transaction rolled back; true if the action will be attempted
     * again, false if this was the last attempt (GAVE_UP) or the event is done already.
     */
    boolean failed(UUID ruleId, String eventId, String message, int maxAttempts) {
        String detail = message.length() > MAX_DETAIL ? message.substring(0, MAX_DETAIL) : message;
        return jdbc.sql("""
                        insert into aut_processed_event (rule_id, event_id, outcome, detail, failures, failed_at)
                        values (:rule, :event, case when 1 >= :max then 'GAVE_UP' else 'FAILED' end, :detail, 1, now())
                        on conflict (rule_id, event_id) do update
                           set failures = aut_processed_event.failures + 1,
                               outcome = case when aut_processed_event.failures + 1 >= :max
                                              then 'GAVE_UP' else 'FAILED' end,
                               detail = excluded.detail, failed_at = now(), processed_at = now()
                         where aut_processed_event.outcome = 'FAILED'
                        returning outcome
                        """)
                .param("rule", ruleId)
                .param("event", eventId)
                .param("max", maxAttempts)
                .param("detail", detail)
                .query(String.class)
                .optional()
                .map("FAILED"::equals)
                .orElse(false);
    }

    /** The status of each of the rules (those that never ran: {@link RuleStatus#NONE}). */
    public Map<UUID, RuleStatus> statuses(Collection<UUID> ruleIds) {
        Map<UUID, RuleStatus> statuses = new HashMap<>();
        if (ruleIds.isEmpty()) {
            return statuses;
        }
        List<UUID> ids = List.copyOf(ruleIds);
        Map<UUID, RuleStatus.Failure> failures = new HashMap<>();
        jdbc.sql("""
                        select distinct on (rule_id) rule_id, failed_at, detail, failures, outcome
                          from aut_processed_event where rule_id in (:ids) and failed_at is not null
                         order by rule_id, failed_at desc
                        """).param("ids", ids).query(rs -> {
            failures.put(
                    rs.getObject("rule_id", UUID.class),
                    new RuleStatus.Failure(
                            ((Timestamp) rs.getTimestamp("failed_at")).toInstant(),
                            rs.getString("detail"),
                            rs.getInt("failures"),
                            "FAILED".equals(rs.getString("outcome"))));
        });
        jdbc.sql("""
                        select rule_id,
                               count(*) filter (where outcome = 'DONE') as done,
                               count(*) filter (where outcome = 'FAILED') as retrying,
                               count(*) filter (where outcome = 'GAVE_UP') as failed,
                               (array_agg(outcome order by processed_at desc))[1] as latest
                          from aut_processed_event where rule_id in (:ids) group by rule_id
                        """).param("ids", ids).query(rs -> {
            UUID rule = rs.getObject("rule_id", UUID.class);
            long retrying = rs.getLong("retrying");
            RuleStatus.State state = retrying > 0
                    ? RuleStatus.State.RETRYING
                    : "GAVE_UP".equals(rs.getString("latest")) ? RuleStatus.State.FAILED : RuleStatus.State.OK;
            statuses.put(
                    rule,
                    new RuleStatus(state, rs.getLong("done"), retrying, rs.getLong("failed"), failures.get(rule)));
        });
        ruleIds.forEach(id -> statuses.putIfAbsent(id, RuleStatus.NONE));
        return statuses;
    }
}
