package io.crossflow.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestExecutionListeners;

/**
 * The one Spring context every IT shares: the whole application on a random port, a temporary
 * embedded PostgreSQL and the demo data. Do not add per-class properties or mocks: a different
 * configuration starts a second context and doubles the suite's time. Process test coverage is
 * part of it ({@link ProcessTestCoverage}), and so is the OpenAPI check of every exchange
 * ({@link OpenApiContract.FailOnMismatch}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({TestClients.class, DemoIds.class, ProcessTestCoverage.class, MovableClock.class})
@ExtendWith(OpenApiContract.FailOnMismatch.class)
@TestExecutionListeners(
        listeners = ProcessTestCoverage.DetachAfterTestClass.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
public @interface IntegrationTest {}
