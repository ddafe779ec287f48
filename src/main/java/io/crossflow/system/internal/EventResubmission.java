package io.crossflow.system.internal;

import io.crossflow.system.SystemProperties;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands incomplete event publications to their listeners again: those of listeners that failed, of
 * a full listener queue, and of a node that stopped before its listeners ran. Only publications
 * older than {@code resubmit-after} (younger ones are still in flight) and younger than
 * {@code give-up-after} (the cap: older ones stay in the registry, reported in the log, for an
 * operator). One node per pass, by an advisory lock; listeners are idempotent, so a publication
 * handed over twice does no harm.
 */
@Component
@EnableScheduling
class EventResubmission {

    private static final Logger log = LoggerFactory.getLogger(EventResubmission.class);
    private static final long LOCK = 0x63726f7373666cL; // "crossfl"

    private final IncompleteEventPublications incomplete;
    private final EventHandover handover;
    private final JdbcClient jdbc;
    private final SystemProperties.Events settings;
    private final Clock clock;

    EventResubmission(
            IncompleteEventPublications incomplete,
            EventHandover handover,
            JdbcClient jdbc,
            SystemProperties properties) {
        this.incomplete = incomplete;
        this.handover = handover;
        this.jdbc = jdbc;
        this.settings = properties.events();
        this.clock = Clock.systemUTC();
    }

    @Scheduled(
            fixedDelayString = "${crossflow.system.events.resubmit-interval}",
            initialDelayString = "${crossflow.system.events.resubmit-interval}")
    @Transactional
    public void resubmit() {
        if (handover.queued() > handover.queueCapacity() / 2) {
            log.debug("{} hand-overs queued; resubmission waits for the next pass", handover.queued());
            return;
        }
        if (!jdbc.sql("select pg_try_advisory_xact_lock(?)")
                .param(LOCK)
                .query(Boolean.class)
                .single()) {
            return;
        }
        Window window = Window.of(clock.instant(), settings);
        incomplete.resubmitIncompletePublications(p -> window.due(p.getPublicationDate()));
        long stuck = jdbc.sql("select count(*) from event_publication where completion_date is null"
                        + " and publication_date < ?")
                .param(java.sql.Timestamp.from(window.oldest()))
                .query(Long.class)
                .single();
        if (stuck > 0) {
            log.warn(
                    "{} event hand-overs older than {} are no longer resubmitted (table event_publication)",
                    stuck,
                    settings.giveUpAfter());
        }
    }

    /** Which publications a pass resubmits: published between {@code oldest} and {@code newest}. */
    record Window(Instant oldest, Instant newest) {

        static Window of(Instant now, SystemProperties.Events settings) {
            return new Window(now.minus(settings.giveUpAfter()), now.minus(settings.resubmitAfter()));
        }

        boolean due(Instant published) {
            return !published.isBefore(oldest) && !published.isAfter(newest);
        }
    }
}
