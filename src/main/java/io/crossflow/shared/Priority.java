package io.crossflow.shared;

/**
 * How urgent a work item or ticket is. The engine orders tasks by an int priority (default 50):
 * each level maps to one, so a task carries the priority of the object it is about.
 */
public enum Priority {
    URGENT(90),
    HIGH(70),
    NORMAL(50),
    LOW(30);

    private final int taskPriority;

    Priority(int taskPriority) {
        this.taskPriority = taskPriority;
    }

    /** The engine task priority of this level. */
    public int taskPriority() {
        return taskPriority;
    }

    /** The level of an engine task priority: the highest level it reaches, LOW below NORMAL's. */
    public static Priority ofTaskPriority(int taskPriority) {
        for (Priority p : values()) {
            if (taskPriority >= p.taskPriority) {
                return p;
            }
        }
        return LOW;
    }
}
