package io.crossflow.document;

/** Where the text extraction of one version stands. */
public enum ExtractionStatus {
    /** Queued; runs after the upload committed. */
    PENDING,
    /** Claimed by a node's extractor. */
    RUNNING,
    DONE,
    /** Could not be extracted (damaged, hostile, timed out); the error says why. */
    FAILED,
    /** Not extracted on purpose (too large, no text in this type). */
    SKIPPED
}
