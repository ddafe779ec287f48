package io.crossflow.ticket;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code crossflow.ticket}.
 *
 * @param supportServiceDeskCapability the internal capability whose holders form each tenant's
 *     service desk: support requests go to the candidate group {@code tenant:<tenantId>:<capability>}
 * @param issueReminderAfter how long a complaint or issue waits at level 1 (or on its reporter's
 *     confirmation) before the waiting party is reminded: the instance's {@code outsideReminderAfter},
 *     shorter than {@code crossflow.workflow.outside-reminder-after} because level 1's SLA is two days
 */
@ConfigurationProperties("crossflow.ticket")
public record TicketProperties(
        @DefaultValue("MANAGER") String supportServiceDeskCapability,
        @DefaultValue("PT24H") Duration issueReminderAfter) {}
