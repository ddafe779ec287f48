package io.crossflow.workflow;

/**
 * An input field of a task form: its variable {@code key}, whether form-js requires it, and its
 * maximum length ({@code validate.maxLength}) or null.
 */
public record FormField(String key, String label, boolean required, Integer maxLength) {}
