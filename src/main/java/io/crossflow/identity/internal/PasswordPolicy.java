package io.crossflow.identity.internal;

import java.util.Locale;
import java.util.Optional;

/**
 * The one rule for every new password, wherever it is chosen (an admin's initial password, an
 * invitation, a reset, a change; docs/identity.md): at least {@value #MIN} characters, at most
 * {@value #MAX}, and never containing the user name or the e-mail address.
 */
final class PasswordPolicy {

    static final int MIN = 12;
    static final int MAX = 200;

    private PasswordPolicy() {}

    /** What is wrong with the password, worded for the person choosing it; empty when it is good. */
    static Optional<String> problem(String password, String username, String email) {
        if (password == null || password.isEmpty()) {
            return Optional.of("This field is required.");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN) {
            return Optional.of("Use at least " + MIN + " characters.");
        }
        if (length > MAX) {
            return Optional.of("Use at most " + MAX + " characters.");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (contains(lower, username) || contains(lower, email)) {
            return Optional.of("The password must not contain the username or e-mail address.");
        }
        return Optional.empty();
    }

    private static boolean contains(String lowerPassword, String part) {
        return part != null && !part.isBlank() && lowerPassword.contains(part.toLowerCase(Locale.ROOT));
    }
}
