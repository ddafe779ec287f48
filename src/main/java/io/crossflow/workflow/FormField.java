package io.crossflow.workflow;

/** An input field of a task form: its variable {@code key} and whether form-js requires it. */
public record FormField(String key, String label, boolean required) {}
