package io.crossflow.notification.internal;

import io.crossflow.tenancy.Tenants;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.ToDoubleFunction;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How much of the outbox waits for delivery, per channel: the number of pending rows and the age
 * of the oldest. Read by the health endpoint ({@link OutboxHealthIndicator}) and published as the
 * gauges {@code crossflow.outbox.pending} and {@code crossflow.outbox.oldest.age} (seconds), tagged
 * by {@code channel}. A load balancer polls health every few seconds and a metrics scrape reads
 * four gauges, so one snapshot serves them all for {@link #MAX_STALENESS}; the query reads only
 * pending rows, through the dispatcher's partial index.
 */
@Component
class OutboxBacklog implements MeterBinder {

    static final Duration MAX_STALENESS = Duration.ofSeconds(5);

    private final JdbcClient jdbc;
    private final Tenants tenants;
    private final Clock clock;
    private Snapshot cached;

    OutboxBacklog(JdbcClient jdbc, Tenants tenants) {
        this.jdbc = jdbc;
        this.tenants = tenants;
        this.clock = Clock.systemUTC();
    }

    /**
     * One channel's backlog: what waits for delivery ({@code oldest} is null when nothing does), and
     * apart from it what is held for suspended tenants, which is not late: it waits on purpose until
     * the tenant is resumed (the dispatcher skips it).
     */
    record ChannelBacklog(long pending, Duration oldest, long held) {}

    /** Every channel's backlog at {@code takenAt}. */
    record Snapshot(Instant takenAt, Map<Channel, ChannelBacklog> channels) {

        ChannelBacklog of(Channel channel) {
            return channels.getOrDefault(channel, new ChannelBacklog(0, null, 0));
        }
    }

    /** The backlog now, or as read at most {@link #MAX_STALENESS} ago. */
    synchronized Snapshot snapshot() {
        Instant now = clock.instant();
        if (cached == null || cached.takenAt().plus(MAX_STALENESS).isBefore(now)) {
            cached = read(now);
        }
        return cached;
    }

    private Snapshot read(Instant now) {
        Map<Channel, ChannelBacklog> channels = new EnumMap<>(Channel.class);
        UUID[] suspended = tenants.suspendedIds().toArray(UUID[]::new);
        jdbc.sql("""
                        select channel,
                               count(*) filter (where tenant_id <> all(cast(:suspended as uuid[]))) as pending,
                               min(created_at) filter (where tenant_id <> all(cast(:suspended as uuid[]))) as oldest,
                               count(*) filter (where tenant_id = any(cast(:suspended as uuid[]))) as held
                          from ntf_outbox
                         where status = 'PENDING'
                         group by channel
                        """).param("suspended", suspended).query(rs -> {
            Timestamp oldest = rs.getTimestamp("oldest");
            channels.put(
                    Channel.valueOf(rs.getString("channel")),
                    new ChannelBacklog(
                            rs.getLong("pending"),
                            oldest == null ? null : max0(Duration.between(oldest.toInstant(), now)),
                            rs.getLong("held")));
        });
        return new Snapshot(now, channels);
    }

    private static Duration max0(Duration age) {
        return age.isNegative() ? Duration.ZERO : age;
    }

    @Override
    public void bindTo(MeterRegistry meters) {
        for (Channel channel : Channel.values()) {
            gauge(meters, "crossflow.outbox.pending", channel, null, b -> b.pending());
            gauge(
                    meters,
                    "crossflow.outbox.oldest.age",
                    channel,
                    "seconds",
                    b -> b.oldest() == null ? 0 : b.oldest().toMillis() / 1000.0);
        }
    }

    private void gauge(
            MeterRegistry meters, String name, Channel channel, String unit, ToDoubleFunction<ChannelBacklog> value) {
        Gauge.builder(name, this, backlog -> {
                    try {
                        return value.applyAsDouble(backlog.snapshot().of(channel));
                    } catch (RuntimeException databaseUnavailable) {
                        return Double.NaN;
                    }
                })
                .description("Notifications waiting in the outbox for delivery")
                .tag("channel", channel.name())
                .baseUnit(unit)
                .register(meters);
    }
}
