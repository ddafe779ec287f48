package io.crossflow.document.internal;

/** Bytes written to the store under a fresh key, as measured while they streamed through. */
public record StoredContent(String key, long size, String sha256, String contentType, String fileName) {}
