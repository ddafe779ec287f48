package io.crossflow.project;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds work items whose planned end has passed while they are not done, and announces each once
 * per day ({@link WorkItemOverdue}). The notice table's primary key makes this safe when several
 * nodes run the check at the same time: only the node whose insert succeeds publishes.
 */
@Service
public class OverdueWorkItems {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    OverdueWorkItems(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** Publishes {@link WorkItemOverdue} for every item overdue on {@code day} not yet announced that day; the count. */
    @Transactional
    public int publish(LocalDate day) {
        return publish(day, Set.of());
    }

    /**
     * As {@link #publish(LocalDate)} for one tenant, {@code day} being today in the tenant's time
     * zone: an item planned to end on 12-08 in Asia/Shanghai is overdue from the start of 12-09 there.
     */
    @Transactional
    public int publishFor(UUID tenantId, LocalDate day) {
        return publish(day, Set.of(), tenantId);
    }

    /** As {@link #publish(LocalDate)}, leaving out the given (suspended) tenants: their items are announced later. */
    @Transactional
    public int publish(LocalDate day, Set<UUID> pausedTenants) {
        return publish(day, pausedTenants, null);
    }

    private int publish(LocalDate day, Set<UUID> pausedTenants, UUID onlyTenant) {
        List<WorkItemOverdue> overdue = jdbc
                .sql("""
                        insert into prj_work_item_overdue_notice (work_item_id, day, tenant_id)
                        select id, :day, tenant_id from prj_work_item
                         where planned_end < :day and status <> 'DONE' and tenant_id <> all(cast(:paused as uuid[]))
                           and (cast(:tenant as uuid) is null or tenant_id = cast(:tenant as uuid))
                        on conflict do nothing
                        returning work_item_id
                        """)
                .param("day", day)
                .param("paused", pausedTenants.toArray(UUID[]::new))
                .param("tenant", onlyTenant)
                .query(UUID.class)
                .list()
                .stream()
                .map(id -> jdbc.sql("select tenant_id, project_id, planned_end from prj_work_item where id = ?")
                        .param(id)
                        .query((rs, i) -> new WorkItemOverdue(
                                rs.getObject("tenant_id", UUID.class),
                                rs.getObject("project_id", UUID.class),
                                id,
                                rs.getObject("planned_end", LocalDate.class),
                                day))
                        .single())
                .toList();
        overdue.forEach(events::publishEvent);
        return overdue.size();
    }
}
