package io.crossflow.automation;

import java.time.Instant;

/**
 * What a rule did lately, as its project's internal members see it beside the rule. Every event the
 * rule acts on ends as done, or, after failures, as done later or given up; nothing is dropped
 * without a trace here.
 *
 * @param state {@code RETRYING} while some action waits for another attempt; {@code FAILED} when the
 *     latest outcome was an action given up after its last attempt; else {@code OK}
 * @param done events the rule acted on
 * @param retrying events whose action failed and will be attempted again
 * @param failed events whose action was given up
 * @param lastFailure the most recent failure, null if the rule never failed
 */
public record RuleStatus(State state, long done, long retrying, long failed, Failure lastFailure) {

    public enum State {
        OK,
        RETRYING,
        FAILED
    }

    /**
     * @param at when the latest attempt failed
     * @param message why, in words a manager can act on (e.g. the author lost access to the item)
     * @param attempts failed attempts so far on that event
     * @param retried whether it will be attempted again; false once given up or done since
     */
    public record Failure(Instant at, String message, int attempts, boolean retried) {}

    /** A rule that has not acted yet. */
    public static final RuleStatus NONE = new RuleStatus(State.OK, 0, 0, 0, null);
}
