package io.crossflow.automation;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code crossflow.automation}.
 *
 * @param maxAttempts attempts of one rule on one event; after the last failed one the rule's action on
 *     that event is given up and the rule shows the state FAILED
 */
@ConfigurationProperties("crossflow.automation")
public record AutomationProperties(int maxAttempts) {

    public AutomationProperties {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("crossflow.automation.max-attempts must be at least 1");
        }
    }
}
