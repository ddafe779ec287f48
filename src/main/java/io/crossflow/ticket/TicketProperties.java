package io.crossflow.ticket;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code crossflow.ticket}.
 *
 * @param supportServiceDeskCapability the internal capability whose holders form each tenant's
 *     service desk: support requests go to the candidate group {@code tenant:<tenantId>:<capability>}
 */
@ConfigurationProperties("crossflow.ticket")
public record TicketProperties(@DefaultValue("MANAGER") String supportServiceDeskCapability) {}
