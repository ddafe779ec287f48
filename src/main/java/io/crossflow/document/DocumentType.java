package io.crossflow.document;

/** What a document is; BPMN steps may require one of a type ({@code crossflow:requiresDocument}). */
public enum DocumentType {
    QC_REPORT,
    DELIVERABLE,
    REQUIREMENT,
    DESIGN,
    OTHER
}
