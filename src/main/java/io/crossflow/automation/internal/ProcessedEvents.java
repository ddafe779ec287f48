package io.crossflow.automation.internal;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The events each rule has acted on: a rule acts on one event at most once. */
@Component
class ProcessedEvents {

    private final JdbcClient jdbc;

    ProcessedEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the rule as acting on the event; false if it already has (or is, on another node). */
    boolean claim(UUID ruleId, String eventId) {
        return jdbc.sql("""
                        insert into aut_processed_event (rule_id, event_id, outcome) values (?, ?, 'DONE')
                        on conflict do nothing
                        """).params(ruleId, eventId).update() > 0;
    }

    /** Records a failed action, so the event is not acted on again. */
    void failed(UUID ruleId, String eventId, String detail) {
        jdbc.sql("""
                        insert into aut_processed_event (rule_id, event_id, outcome, detail) values (?, ?, 'FAILED', ?)
                        on conflict do nothing
                        """)
                .params(ruleId, eventId, detail.length() > 1000 ? detail.substring(0, 1000) : detail)
                .update();
    }
}
