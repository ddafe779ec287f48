package io.crossflow.automation.internal;

import io.crossflow.project.WorkItemChanged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How deep in a chain of rules a change is. Rules run on listener threads, one hand-over after
 * another, so the chain's depth cannot live on a thread: while a rule's action runs, the work-item
 * changes it causes are recorded here, in the action's own transaction, with the depth one below
 * the rule's event. Owns {@code aut_cascade}.
 */
@Component
class Cascades {

    private static final ThreadLocal<Integer> ACTING_AT = new ThreadLocal<>();

    private final JdbcClient jdbc;

    Cascades(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Runs a rule's action on an event at {@code depth}; the changes it makes are at {@code depth + 1}. */
    void acting(int depth, Runnable action) {
        ACTING_AT.set(depth + 1);
        try {
            action.run();
        } finally {
            ACTING_AT.remove();
        }
    }

    /** Synchronous, in the changing transaction: only a rule's own changes are recorded. */
    @EventListener
    void on(WorkItemChanged event) {
        Integer depth = ACTING_AT.get();
        if (depth != null && event.changed("status")) {
            jdbc.sql("insert into aut_cascade (event_id, depth) values (?, ?) on conflict do nothing")
                    .params(RuleEngine.eventId(event), depth)
                    .update();
        }
    }

    /** The depth of the event: 0 unless a rule's action caused it. */
    int depthOf(String eventId) {
        return jdbc.sql("select depth from aut_cascade where event_id = ?")
                .param(eventId)
                .query(Integer.class)
                .optional()
                .orElse(0);
    }
}
