package io.crossflow.shared;

/** The object existed but can no longer be used (an expired, withdrawn or used link): answers 410. */
public class GoneException extends RuntimeException {

    public GoneException(String message) {
        super(message);
    }
}
