package io.crossflow.project;

public enum WorkItemStatus {
    TODO,
    IN_PROGRESS,
    BLOCKED,
    DONE
}
