package io.crossflow.workflow;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code crossflow.workflow}.
 *
 * @param reminderLead how long before a hand-off's due date its partner is reminded
 */
@ConfigurationProperties("crossflow.workflow")
public record WorkflowProperties(Period reminderLead) {}
