package io.crossflow.insight.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * One figure a manager can set a threshold on (e.g. a partner's on-time rate, a project's SPI).
 * Each figure is a bean; the alert checker finds them all by their {@link #key()}. A figure reads
 * rollups, never scans history, because the checker evaluates every threshold on a schedule.
 */
public interface AlertFigure {

    /** What the figure is about. */
    enum Subject {
        PROJECT,
        PARTNER
    }

    /** Stable key used in the API and stored with thresholds, e.g. {@code partner.on-time-rate}. */
    String key();

    Subject subject();

    /**
     * The figure's value for one project or partner organisation over the {@code windowDays}
     * ending at {@code now}; empty when there is nothing to compute it from (no deliveries yet),
     * which never counts as crossing a threshold.
     */
    Optional<BigDecimal> value(UUID tenantId, UUID subjectId, int windowDays, Instant now);
}
