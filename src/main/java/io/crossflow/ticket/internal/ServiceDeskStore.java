package io.crossflow.ticket.internal;

import io.crossflow.ticket.ServiceDesk;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The service desks ({@code tkt_service_desk}) and support requests' resolution SLAs ({@code tkt_support_resolution}). */
@Repository
public class ServiceDeskStore {

    private final JdbcClient jdbc;

    ServiceDeskStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ServiceDesk> find(UUID tenantId) {
        return jdbc.sql("""
                        select tenant_id, capability, first_response_hours, resolution_hours, open, updated_at
                        from tkt_service_desk where tenant_id = ?
                        """)
                .param(tenantId)
                .query((rs, n) -> new ServiceDesk(
                        rs.getObject("tenant_id", UUID.class),
                        rs.getString("capability"),
                        rs.getInt("first_response_hours"),
                        rs.getInt("resolution_hours"),
                        rs.getBoolean("open"),
                        true,
                        rs.getTimestamp("updated_at").toInstant()))
                .optional();
    }

    public void save(ServiceDesk desk, UUID by) {
        jdbc.sql("""
                        insert into tkt_service_desk (tenant_id, capability, first_response_hours, resolution_hours, open,
                                                      updated_by, updated_at)
                        values (?, ?, ?, ?, ?, ?, ?)
                        on conflict (tenant_id) do update set capability = excluded.capability,
                            first_response_hours = excluded.first_response_hours,
                            resolution_hours = excluded.resolution_hours, open = excluded.open,
                            updated_by = excluded.updated_by, updated_at = excluded.updated_at
                        """)
                .params(
                        desk.tenantId(),
                        desk.capability(),
                        desk.firstResponseHours(),
                        desk.resolutionHours(),
                        desk.open(),
                        by,
                        Timestamp.from(desk.updatedAt()))
                .update();
    }

    /** A support request's resolution SLA: when it is due, and when it was found breached (null: not). */
    public record Resolution(Instant dueAt, Instant breachedAt) {}

    public void insertResolution(UUID ticketId, Instant dueAt) {
        jdbc.sql("insert into tkt_support_resolution (ticket_id, due_at) values (?, ?)")
                .params(ticketId, Timestamp.from(dueAt))
                .update();
    }

    public Optional<Resolution> resolution(UUID ticketId) {
        return jdbc.sql("select due_at, breached_at from tkt_support_resolution where ticket_id = ?")
                .param(ticketId)
                .query((rs, n) -> new Resolution(
                        rs.getTimestamp("due_at").toInstant(),
                        rs.getTimestamp("breached_at") == null
                                ? null
                                : rs.getTimestamp("breached_at").toInstant()))
                .optional();
    }

    /** Marks the resolution SLA breached; false if it was already, or the request has none. */
    public boolean markResolutionBreached(UUID ticketId, Instant at) {
        return jdbc.sql("update tkt_support_resolution set breached_at = ? where ticket_id = ? and breached_at is null")
                        .params(Timestamp.from(at), ticketId)
                        .update()
                > 0;
    }
}
