package io.crossflow.document;

/** What a document is attached to. */
public enum TargetType {
    PROJECT,
    WORK_ITEM,
    TASK,
    TICKET
}
