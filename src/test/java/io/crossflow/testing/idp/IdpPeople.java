package io.crossflow.testing.idp;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The people the test IdP knows. Their subject ({@code sub}) is their username here. */
public final class IdpPeople {

    public static final String PASSWORD = "idp-password";

    /** Verified e-mail of the demo user "engineer", in different case. */
    public static final Person ENGINEER = new Person("sso-engineer", "Engineer@Demo.Example", true);
    /** Verified e-mail nobody in Crossflow has. */
    public static final Person STRANGER = new Person("sso-stranger", "stranger@elsewhere.example", true);
    /** The demo user "pm"'s address, but the IdP has not verified it. */
    public static final Person UNVERIFIED = new Person("sso-unverified", "pm@demo.example", false);
    /** No e-mail at all; only a subject mapping can match this one. */
    public static final Person SUBJECT_ONLY = new Person("sso-subject-only", null, false);

    static final List<Person> ALL = List.of(ENGINEER, STRANGER, UNVERIFIED, SUBJECT_ONLY);

    /** People a test adds for itself (a fresh address per test, so tests do not depend on each other). */
    private static final Map<String, Person> ADDED = new ConcurrentHashMap<>();

    private IdpPeople() {}

    /** Adds a person the IdP knows from now on, with a verified e-mail and a full name. */
    public static Person add(String username, String email, String name) {
        Person person = new Person(username, email, true, name);
        ADDED.put(username, person);
        return person;
    }

    static Optional<Person> find(String username) {
        return ALL.stream()
                .filter(person -> person.username().equals(username))
                .findFirst()
                .or(() -> Optional.ofNullable(ADDED.get(username)));
    }

    /** @param name the {@code name} claim, or null */
    public record Person(String username, String email, boolean emailVerified, String name) {
        public Person(String username, String email, boolean emailVerified) {
            this(username, email, emailVerified, null);
        }
    }
}
