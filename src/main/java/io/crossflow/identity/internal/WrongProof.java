package io.crossflow.identity.internal;

import io.crossflow.shared.InvalidInputException;
import java.util.List;

/**
 * The caller's own password or authenticator code, asked to confirm a sensitive step of its
 * account, was wrong: a 400 on that field, and a failed sign-in for {@link Reauthentication}.
 */
final class WrongProof extends InvalidInputException {

    WrongProof(String field, String message) {
        super("Please correct the highlighted field.", List.of(new FieldError(field, message)));
    }
}
