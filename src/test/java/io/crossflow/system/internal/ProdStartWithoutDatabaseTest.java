package io.crossflow.system.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crossflow.CrossflowApplication;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * An operator who starts the prod profile without naming the database gets one clear message,
 * not a stack trace. The start fails while the DataSource is created, before the engine or the
 * web server start, so this costs a second or two.
 */
@ExtendWith(OutputCaptureExtension.class)
class ProdStartWithoutDatabaseTest {

    @Test
    void prodStartWithoutDatabaseSettingsNamesAllThreeVariables(CapturedOutput output) {
        SpringApplicationBuilder app = new SpringApplicationBuilder(CrossflowApplication.class)
                .profiles("prod")
                .properties("spring.main.banner-mode=off");

        // explicit blanks win over whatever CROSSFLOW_DB_* the developer's shell may have set
        assertThatThrownBy(() -> app.run(
                        "--crossflow.system.database.url=",
                        "--crossflow.system.database.username=",
                        "--crossflow.system.database.password=",
                        "--server.port=0"))
                .hasRootCauseInstanceOf(MissingDatabaseSettingsException.class);

        assertThat(output)
                .contains("APPLICATION FAILED TO START")
                .contains("Crossflow runs on an external PostgreSQL in this profile, but CROSSFLOW_DB_URL, "
                        + "CROSSFLOW_DB_USER, CROSSFLOW_DB_PASSWORD are not set.")
                .contains("Set CROSSFLOW_DB_URL (e.g. jdbc:postgresql://db:5432/crossflow), CROSSFLOW_DB_USER and "
                        + "CROSSFLOW_DB_PASSWORD")
                .doesNotContain("Embedded PostgreSQL listening");
    }

    @Test
    void oneMissingSettingIsNamedAlone() {
        FailureAnalysis analysis = new MissingDatabaseSettingsFailureAnalyzer()
                .analyze(new IllegalStateException(
                        "wrapper", new MissingDatabaseSettingsException(List.of("CROSSFLOW_DB_PASSWORD"))));

        assertThat(analysis.getDescription())
                .isEqualTo("Crossflow runs on an external PostgreSQL in this profile, but CROSSFLOW_DB_PASSWORD"
                        + " is not set.");
    }
}
