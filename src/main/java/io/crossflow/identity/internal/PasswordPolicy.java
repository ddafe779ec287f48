package io.crossflow.identity.internal;

import io.crossflow.identity.IdentityProperties;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The one rule for every new password, wherever it is chosen (an admin's initial password, an
 * invitation, a reset, a change; docs/identity.md): at least {@code
 * crossflow.identity.password.minimum-length} characters (12 unless configured), at most {@value
 * #MAX}, never one of the {@link CommonPasswords 10,000 most common passwords}, and never
 * containing the user name or the e-mail address.
 */
@Component
final class PasswordPolicy {

    static final int DEFAULT_MIN = 12;
    static final int MAX = 200;
    static final String COMMON =
            "This password is one of the 10,000 most common passwords, which attackers try first. Choose another.";

    private final int minimumLength;
    private final CommonPasswords common;

    @Autowired
    PasswordPolicy(IdentityProperties settings) {
        this(settings.password().minimumLength(), CommonPasswords.load());
    }

    PasswordPolicy(int minimumLength, CommonPasswords common) {
        if (minimumLength < 1 || minimumLength > MAX) {
            throw new IllegalArgumentException(
                    "crossflow.identity.password.minimum-length must be between 1 and " + MAX);
        }
        this.minimumLength = minimumLength;
        this.common = common;
    }

    int minimumLength() {
        return minimumLength;
    }

    /** What is wrong with the password, worded for the person choosing it; empty when it is good. */
    Optional<String> problem(String password, String username, String email) {
        if (password == null || password.isEmpty()) {
            return Optional.of("This field is required.");
        }
        int length = password.codePointCount(0, password.length());
        if (length < minimumLength) {
            return Optional.of("Use at least " + minimumLength + " characters.");
        }
        if (length > MAX) {
            return Optional.of("Use at most " + MAX + " characters.");
        }
        if (common.contains(password)) {
            return Optional.of(COMMON);
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
