package io.crossflow.shared;

/** The action collides with the object's current state (stale version, already completed): answers 409. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
