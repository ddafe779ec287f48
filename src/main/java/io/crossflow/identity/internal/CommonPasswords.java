package io.crossflow.identity.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The 10,000 most common passwords, most common first, as ranked in the password dictionary that
 * zxcvbn4j ({@code com.nulab-inc:zxcvbn}, MIT licence) ships: the first {@value #COUNT} lines of its
 * {@code passwords.txt}, read from the library's jar rather than copied, so an update of the
 * library brings the list with it (docs/identity.md, "Passwords"). The list is lower-case; so is
 * the comparison.
 */
final class CommonPasswords {

    static final int COUNT = 10_000;
    static final String RESOURCE = "com/nulabinc/zxcvbn/matchers/dictionaries/passwords.txt";

    private final Set<String> passwords;

    private CommonPasswords(Set<String> passwords) {
        this.passwords = Set.copyOf(passwords);
    }

    /** The list from zxcvbn4j's jar; fails at start-up when the library no longer ships it. */
    static CommonPasswords load() {
        InputStream in = CommonPasswords.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("The common-password list " + RESOURCE + " is not on the class path");
        }
        Set<String> passwords = new HashSet<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while (passwords.size() < COUNT && (line = lines.readLine()) != null) {
                if (!line.isBlank()) {
                    passwords.add(line.strip().toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The common-password list cannot be read", e);
        }
        if (passwords.size() < COUNT) {
            throw new IllegalStateException("The common-password list holds only " + passwords.size() + " entries");
        }
        return new CommonPasswords(passwords);
    }

    boolean contains(String password) {
        return password != null && passwords.contains(password.strip().toLowerCase(Locale.ROOT));
    }

    int size() {
        return passwords.size();
    }
}
