package io.crossflow.shared;

import java.util.function.UnaryOperator;

/**
 * An answer body (or a property of a problem) that carries messages for people: the system
 * module words them in the caller's language ({@code Accept-Language}) before the body is
 * written, as it does for problem details.
 */
public interface Localized {

    /** This value with every message passed through {@code translate}. */
    Object localized(UnaryOperator<String> translate);
}
