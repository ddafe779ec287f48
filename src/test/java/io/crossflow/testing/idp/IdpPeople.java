package io.crossflow.testing.idp;

import java.util.List;

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

    private IdpPeople() {}

    public record Person(String username, String email, boolean emailVerified) {}
}
