package io.crossflow.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the process tests of the outside waits look at: the engine's clock moved past a reminder or
 * an escalation, the timers due then, and who got the in-app notification with a dedupe key. The
 * engine's clock is its own ({@link ClockUtil}), not {@link MovableClock}; {@link #at} resets it.
 */
public final class OutsideWaitProbe {

    private final ManagementService management;
    private final JdbcClient jdbc;

    public OutsideWaitProbe(ManagementService management, JdbcClient jdbc) {
        this.management = management;
        this.jdbc = jdbc;
    }

    /** Runs the step with the engine's clock a minute past {@code after} from now, then resets it. */
    public void at(Duration after, Runnable step) {
        try {
            ClockUtil.setCurrentTime(Date.from(Instant.now().plus(after).plus(Duration.ofMinutes(1))));
            step.run();
        } finally {
            ClockUtil.reset();
        }
    }

    /** The ids of the instance's timers that are due at the engine's current time. */
    public List<String> dueTimers(String processInstanceId) {
        return management.createJobQuery().processInstanceId(processInstanceId).timers().executable().list().stream()
                .map(job -> management
                        .createJobDefinitionQuery()
                        .jobDefinitionId(job.getJobDefinitionId())
                        .singleResult()
                        .getActivityId())
                .sorted()
                .toList();
    }

    /** The instance's timer on the activity, or null when there is none (any more). */
    public Job timer(String processInstanceId, String activityId) {
        return management
                .createJobQuery()
                .processInstanceId(processInstanceId)
                .activityId(activityId)
                .timers()
                .singleResult();
    }

    /** "username link" of every in-app notification written for the dedupe key. */
    public List<String> recipients(String dedupeKey) {
        return jdbc.sql("""
                        select u.username || ' ' || coalesce(o.link, '-') from ntf_outbox o
                          join idn_user u on u.id = o.recipient_id
                         where o.dedupe_key = ? and o.channel = 'IN_APP' order by u.username
                        """).param(dedupeKey).query(String.class).list();
    }
}
