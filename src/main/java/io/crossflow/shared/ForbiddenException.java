package io.crossflow.shared;

/** The caller can see the object but may not perform this action on it: answers 403. */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message);
    }
}
