package io.crossflow.shared;

/**
 * The object does not exist <em>or the caller may not see it</em>: both answer 404 with the same
 * message, so a response never reveals that an invisible object exists.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what + " not found");
    }
}
