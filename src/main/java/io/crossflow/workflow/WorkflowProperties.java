package io.crossflow.workflow;

import java.time.Duration;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code crossflow.workflow}.
 *
 * @param reminderLead how long before a hand-off's due date its partner is reminded
 * @param outsideReminderAfter how long a step waiting on an outside party (a partner's or customer's
 *     task) waits before its assignee or candidates are reminded; an instance may carry its own as
 *     variable {@code outsideReminderAfter}
 * @param outsideEscalationAfter how long such a step waits before the project's managers are told;
 *     variable {@code outsideEscalationAfter}
 */
@ConfigurationProperties("crossflow.workflow")
public record WorkflowProperties(Period reminderLead, Duration outsideReminderAfter, Duration outsideEscalationAfter) {

    public WorkflowProperties {
        outsideReminderAfter = outsideReminderAfter == null ? Duration.ofDays(2) : outsideReminderAfter;
        outsideEscalationAfter = outsideEscalationAfter == null ? Duration.ofDays(5) : outsideEscalationAfter;
    }
}
