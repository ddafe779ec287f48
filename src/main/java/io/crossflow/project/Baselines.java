package io.crossflow.project;

import io.crossflow.shared.ForbiddenException;
import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Saving the plan as the baseline that later plans and actual dates are compared against. */
@Service
public class Baselines {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    Baselines(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** Copies every work item's planned dates to its baseline; managers of the project only. */
    @Transactional
    public BaselineSaved save(Standing standing) {
        if (!standing.savesBaseline()) {
            throw new ForbiddenException("Only the project's managers can save a new baseline.");
        }
        int count = jdbc.sql("""
                        update prj_work_item set baseline_start = planned_start, baseline_end = planned_end
                         where tenant_id = ? and project_id = ?
                        """)
                .params(standing.project().tenantId(), standing.project().id())
                .update();
        BaselineSaved saved = new BaselineSaved(
                standing.project().tenantId(),
                standing.project().id(),
                standing.user().id(),
                count,
                Instant.now());
        events.publishEvent(saved);
        return saved;
    }
}
