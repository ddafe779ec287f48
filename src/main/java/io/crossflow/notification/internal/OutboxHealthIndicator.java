package io.crossflow.notification.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * The outbox in {@code /actuator/health} (component {@code outbox}): always UP, with each channel's
 * backlog as details. Notifications are retried until delivered, so a backlog, even a growing one
 * behind an unreachable mail server, never makes the node unfit to serve: a load balancer must not
 * take it out for that (docs/architecture.md, "Health"). When the database cannot be read the
 * component is UNKNOWN; the {@code db} component reports the outage itself.
 */
@Component
class OutboxHealthIndicator implements HealthIndicator {

    private final OutboxBacklog backlog;

    OutboxHealthIndicator(OutboxBacklog backlog) {
        this.backlog = backlog;
    }

    @Override
    public Health health() {
        OutboxBacklog.Snapshot snapshot;
        try {
            snapshot = backlog.snapshot();
        } catch (DataAccessException e) {
            return Health.unknown()
                    .withDetail("error", "The outbox cannot be read")
                    .build();
        }
        Health.Builder health = Health.up();
        for (Channel channel : Channel.values()) {
            OutboxBacklog.ChannelBacklog of = snapshot.of(channel);
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("pending", of.pending());
            if (of.oldest() != null) {
                details.put("oldestPendingAge", of.oldest().toString());
            }
            if (of.held() > 0) {
                details.put("heldForSuspendedTenants", of.held());
            }
            health.withDetail(channel.name(), details);
        }
        return health.build();
    }
}
