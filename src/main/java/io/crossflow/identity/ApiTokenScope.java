package io.crossflow.identity;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Optional;

/**
 * What an API token may be used for. A request authenticated by a token carries the Spring
 * Security authority {@code SCOPE_<value>} for each of its scopes.
 */
public enum ApiTokenScope {
    /** GET and HEAD requests under {@code /api}. */
    READ,
    /** Every other method under {@code /api}. */
    WRITE,
    /** Everything under {@code /api/integrations}, whatever the method; no other path. */
    INTEGRATION;

    /** The name clients send and see: {@code read}, {@code write}, {@code integration}. */
    @JsonValue
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String authority() {
        return "SCOPE_" + value();
    }

    public static Optional<ApiTokenScope> parse(String value) {
        for (ApiTokenScope scope : values()) {
            if (scope.value().equals(value)) {
                return Optional.of(scope);
            }
        }
        return Optional.empty();
    }
}
