package io.crossflow.system.internal;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a missing production database setting into a start-up message an operator can act on. */
class MissingDatabaseSettingsFailureAnalyzer extends AbstractFailureAnalyzer<MissingDatabaseSettingsException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MissingDatabaseSettingsException cause) {
        return new FailureAnalysis(
                "Crossflow runs on an external PostgreSQL in this profile, but "
                        + String.join(", ", cause.missing())
                        + (cause.missing().size() == 1 ? " is" : " are")
                        + " not set.",
                "Set CROSSFLOW_DB_URL (e.g. jdbc:postgresql://db:5432/crossflow), CROSSFLOW_DB_USER and "
                        + "CROSSFLOW_DB_PASSWORD, or run without the prod profile to use the embedded database.",
                cause);
    }
}
