package io.crossflow.system.internal;

import java.util.List;

/** The external database is selected but not named; reported by {@link MissingDatabaseSettingsFailureAnalyzer}. */
class MissingDatabaseSettingsException extends RuntimeException {

    private final List<String> missing;

    MissingDatabaseSettingsException(List<String> missing) {
        super("External PostgreSQL is not configured; missing " + String.join(", ", missing));
        this.missing = List.copyOf(missing);
    }

    List<String> missing() {
        return missing;
    }
}
