package io.crossflow.workflow;

/**
 * Published for every engine event of a user task, synchronously and inside the engine's
 * transaction: a listener that fails rolls the engine's change back, and a listener's writes
 * commit together with it. Listen with {@code @EventListener}, never after commit, when a read
 * model must stay exact.
 */
public record TaskChanged(Kind kind, TaskSnapshot task) {

    public enum Kind {
        /** The task was created, with its candidates. */
        CREATED,
        /** The assignee changed (claimed, unclaimed, delegated). */
        ASSIGNED,
        /** Other properties or the candidates changed. */
        UPDATED,
        /** The task was completed; the process moved on. */
        COMPLETED,
        /** The task ended without completion (instance cancelled, boundary event). */
        DELETED;

        /** Whether the task is no longer open after this event. */
        public boolean ends() {
            return this == COMPLETED || this == DELETED;
        }
    }
}
