package io.crossflow.identity.internal;

/** Two-factor sign-in cannot work on this node (no encryption key is set): answers 503. */
public class TwoFactorUnavailableException extends RuntimeException {

    TwoFactorUnavailableException(String message) {
        super(message);
    }
}
