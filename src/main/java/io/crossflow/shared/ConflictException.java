package io.crossflow.shared;

import java.util.Map;

/**
 * The action collides with the object's current state (stale version, already completed): answers 409.
 * Optional {@link #properties()} are added to the ProblemDetail so the client can show what it collided
 * with (e.g. the current version and who saved it).
 */
public class ConflictException extends RuntimeException {

    private final Map<String, Object> properties;

    public ConflictException(String message) {
        this(message, Map.of());
    }

    public ConflictException(String message, Map<String, Object> properties) {
        super(message);
        this.properties = Map.copyOf(properties);
    }

    public Map<String, Object> properties() {
        return properties;
    }
}
