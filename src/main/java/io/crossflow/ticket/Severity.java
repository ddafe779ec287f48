package io.crossflow.ticket;

import io.crossflow.shared.Priority;

/** How badly a customer complaint hurts; a complaint's priority follows it. */
public enum Severity {
    CRITICAL(Priority.URGENT),
    MAJOR(Priority.HIGH),
    MINOR(Priority.NORMAL);

    private final Priority priority;

    Severity(Priority priority) {
        this.priority = priority;
    }

    public Priority priority() {
        return priority;
    }
}
