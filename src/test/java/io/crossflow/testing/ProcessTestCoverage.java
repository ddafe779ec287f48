package io.crossflow.testing;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.camunda.community.process_test_coverage.engine.platform7.ProcessCoverageConfigurator;
import org.camunda.community.process_test_coverage.engine.platform7.ProcessEngineAdapter;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Process test coverage (camunda-process-test-coverage) on the shared context's one engine.
 *
 * <p>The library's {@code ProcessEngineCoverageTestExecutionListener} is registered for every
 * Spring test by its own {@code spring.factories}; this configuration gives it the engine's coverage
 * parse listener and its settings: only {@code *ProcessIT} classes are measured, and each must reach
 * the class coverage named by the system property {@value #MINIMUM_PROPERTY} (Failsafe passes the
 * pom's value; {@value #DEFAULT_MINIMUM} when run without it), or the class fails. Reports land in
 * {@code target/process-test-coverage/}.
 *
 * <p>Every other IT runs processes too, on the same engine: between measured classes the parse
 * listener reports to a collector that drops everything ({@link #detach}), so those ITs neither need
 * a coverage run nor add to a process test's figure.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ProcessTestCoverage {

    public static final String MINIMUM_PROPERTY = "crossflow.process-coverage.minimum";
    static final double DEFAULT_MINIMUM = 0.9;

    @Bean
    AbstractCamundaConfiguration processCoverageEnginePlugin() {
        return new AbstractCamundaConfiguration() {
            @Override
            public void preInit(SpringProcessEngineConfiguration configuration) {
                ProcessCoverageConfigurator.initializeProcessCoverageExtensions(configuration);
            }

            @Override
            public void postProcessEngineBuild(ProcessEngine engine) {
                detach(engine);
            }
        };
    }

    @Bean
    ProcessEngineCoverageProperties processEngineCoverageProperties() {
        return ProcessEngineCoverageProperties.builder()
                .addInclusionPatternForTestClasses("*ProcessIT")
                .assertClassCoverageAtLeast(minimum())
                .build();
    }

    static double minimum() {
        String value = System.getProperty(MINIMUM_PROPERTY);
        return value == null || value.isBlank() ? DEFAULT_MINIMUM : Double.parseDouble(value);
    }

    /** Points the engine's coverage listeners at a collector that drops every event. */
    static void detach(ProcessEngine engine) {
        new ProcessEngineAdapter(engine, event -> {}).initializeListeners();
    }

    /**
     * Detaches the engine from a test class's coverage collector when the class is done, so the
     * next class, measured or not, starts clean.
     */
    public static class DetachAfterTestClass implements TestExecutionListener {

        @Override
        public void afterTestClass(TestContext testContext) {
            if (testContext.hasApplicationContext()) {
                testContext
                        .getApplicationContext()
                        .getBeanProvider(ProcessEngine.class)
                        .ifAvailable(ProcessTestCoverage::detach);
            }
        }
    }
}
