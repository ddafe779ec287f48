package io.crossflow.ticket.internal;

import io.crossflow.shared.Priority;
import io.crossflow.ticket.Severity;
import io.crossflow.ticket.StageChange;
import io.crossflow.ticket.Ticket;
import io.crossflow.ticket.TicketType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The ticket tables ({@code tkt_}); no access checks here, callers apply the policy. */
@Repository
public class TicketStore {

    private static final String COLUMNS = """
            t.id, t.tenant_id, t.project_id, t.number, t.type, t.title, t.description, t.reporter_user_id,
            t.reporter_organisation_id, t.routed_organisation_id, t.customer_visible, t.stage, t.stage_due_at,
            t.sla_breached, t.created_at, t.closed_at, t.priority, t.severity,
            array(select a.work_item_id from tkt_affected_item a where a.ticket_id = t.id order by a.work_item_id)
                as affected
            """;

    private final JdbcClient jdbc;

    TicketStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The next number of the project's tickets of the type; the row lock serialises concurrent callers. */
    public int nextNumber(UUID projectId, TicketType type) {
        return jdbc.sql("""
                        insert into tkt_counter (project_id, type, last_number) values (?, ?, 1)
                        on conflict (project_id, type) do update set last_number = tkt_counter.last_number + 1
                        returning last_number
                        """).params(projectId, type.name()).query(Integer.class).single();
    }

    /** The next number of the tenant's tickets of the type that have no project (support requests: SR-7). */
    public int nextTenantNumber(UUID tenantId, TicketType type) {
        return jdbc.sql("""
                        insert into tkt_tenant_counter (tenant_id, type, last_number) values (?, ?, 1)
                        on conflict (tenant_id, type) do update set last_number = tkt_tenant_counter.last_number + 1
                        returning last_number
                        """).params(tenantId, type.name()).query(Integer.class).single();
    }

    /**
     * The tenant's tickets without a project, newest first: of one reporting organisation when it is
     * given, of one reporter when that is given.
     */
    public List<Ticket> withoutProject(UUID tenantId, UUID reporterOrganisationId, UUID reporterUserId) {
        return jdbc.sql("select " + COLUMNS + " from tkt_ticket t where t.tenant_id = :tenant and t.project_id is null"
                        + (reporterOrganisationId == null ? "" : " and t.reporter_organisation_id = :organisation")
                        + (reporterUserId == null ? "" : " and t.reporter_user_id = :reporter")
                        + " order by t.created_at desc, t.number")
                .param("tenant", tenantId)
                .param("organisation", reporterOrganisationId)
                .param("reporter", reporterUserId)
                .query(TicketStore::ticket)
                .list();
    }

    public void insert(Ticket t) {
        jdbc.sql("""
                        insert into tkt_ticket (id, tenant_id, project_id, type, number, title, description, reporter_user_id,
                                                reporter_organisation_id, routed_organisation_id, customer_visible, stage, created_at,
                                                priority, severity)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        t.id(),
                        t.tenantId(),
                        t.projectId(),
                        t.type().name(),
                        t.number(),
                        t.title(),
                        t.description(),
                        t.reporterUserId(),
                        t.reporterOrganisationId(),
                        t.routedOrganisationId(),
                        t.customerVisible(),
                        t.stage(),
                        Timestamp.from(t.createdAt()),
                        t.priority().name(),
                        t.severity() == null ? null : t.severity().name())
                .update();
        jdbc.sql("insert into tkt_stage_change (ticket_id, stage, actor_id, at) values (?, ?, ?, ?)")
                .params(t.id(), t.stage(), t.reporterUserId(), Timestamp.from(t.createdAt()))
                .update();
        for (UUID item : t.affectedWorkItemIds()) {
            jdbc.sql("insert into tkt_affected_item (ticket_id, work_item_id) values (?, ?)")
                    .params(t.id(), item)
                    .update();
        }
    }

    public void setProcessInstance(UUID ticketId, String processInstanceId) {
        jdbc.sql("update tkt_ticket set process_instance_id = ? where id = ?")
                .params(processInstanceId, ticketId)
                .update();
    }

    /** The id of the ticket's process instance; empty before it started. */
    public Optional<String> processInstance(UUID ticketId) {
        return jdbc.sql("select process_instance_id from tkt_ticket where id = ? and process_instance_id is not null")
                .param(ticketId)
                .query(String.class)
                .optional();
    }

    public Optional<Ticket> find(UUID tenantId, UUID ticketId) {
        return jdbc.sql("select " + COLUMNS + " from tkt_ticket t where t.tenant_id = ? and t.id = ?")
                .params(tenantId, ticketId)
                .query(TicketStore::ticket)
                .optional();
    }

    /** The tenant's tickets among {@code ids}, in one query. */
    public List<Ticket> findAll(UUID tenantId, java.util.Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from tkt_ticket t where t.tenant_id = :tenant and t.id in (:ids)")
                .param("tenant", tenantId)
                .param("ids", ids)
                .query(TicketStore::ticket)
                .list();
    }

    /** Every ticket of every tenant, one at a time. */
    public void forEach(Consumer<Ticket> action) {
        jdbc.sql("select " + COLUMNS + " from tkt_ticket t order by t.tenant_id, t.id")
                .query((RowCallbackHandler) rs -> action.accept(ticket(rs, rs.getRow())));
    }

    /** The same, locked for a change of its stage. */
    public Optional<Ticket> lock(UUID tenantId, UUID ticketId) {
        return jdbc.sql("select " + COLUMNS + " from tkt_ticket t where t.tenant_id = ? and t.id = ? for update")
                .params(tenantId, ticketId)
                .query(TicketStore::ticket)
                .optional();
    }

    /** Tickets of the projects, newest first; only those the reporter raised when it is given. */
    public List<Ticket> inProjects(UUID tenantId, List<UUID> projectIds, UUID reporterUserId) {
        if (projectIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS
                        + " from tkt_ticket t where t.tenant_id = :tenant and t.project_id in (:projects)"
                        + (reporterUserId == null ? "" : " and t.reporter_user_id = :reporter")
                        + " order by t.created_at desc, t.number")
                .param("tenant", tenantId)
                .param("projects", projectIds)
                .param("reporter", reporterUserId)
                .query(TicketStore::ticket)
                .list();
    }

    public List<StageChange> history(UUID ticketId) {
        return jdbc.sql("""
                        select c.stage, c.previous_stage, c.actor_id, u.display_name, c.at, c.note
                          from tkt_stage_change c left join idn_user u on u.id = c.actor_id
                         where c.ticket_id = ? order by c.id
                        """)
                .param(ticketId)
                .query((rs, i) -> new StageChange(
                        rs.getString("stage"),
                        rs.getString("previous_stage"),
                        rs.getObject("actor_id", UUID.class),
                        rs.getString("display_name"),
                        rs.getTimestamp("at").toInstant(),
                        rs.getString("note")))
                .list();
    }

    /** Moves the ticket to the stage (SLA not breached) and records the change; returns its history id. */
    public long moveTo(Ticket ticket, String stage, Instant dueAt, UUID actorId, String note, boolean closes) {
        jdbc.sql("""
                        update tkt_ticket set stage = ?, stage_due_at = ?, sla_breached = false,
                                              closed_at = case when ? then now() else null end
                         where id = ?
                        """)
                .params(stage, dueAt == null ? null : Timestamp.from(dueAt), closes, ticket.id())
                .update();
        return jdbc.sql("""
                        insert into tkt_stage_change (ticket_id, stage, previous_stage, actor_id, note)
                        values (?, ?, ?, ?, ?) returning id
                        """)
                .params(ticket.id(), stage, ticket.stage(), actorId, note)
                .query(Long.class)
                .single();
    }

    /** Records that the current stage's SLA ran out; false if that stage is no longer current. */
    public boolean markBreached(UUID ticketId, String stage) {
        return jdbc.sql("update tkt_ticket set sla_breached = true where id = ? and stage = ?")
                        .params(ticketId, stage)
                        .update()
                > 0;
    }

    /** Records that the ticket reached the escalation level; false if it had reached it before. */
    public boolean recordEscalation(UUID ticketId, String level) {
        return jdbc.sql("insert into tkt_escalation (ticket_id, level) values (?, ?) on conflict do nothing")
                        .params(ticketId, level)
                        .update()
                > 0;
    }

    public void setRouted(UUID ticketId, UUID organisationId) {
        jdbc.sql("update tkt_ticket set routed_organisation_id = ? where id = ?")
                .params(organisationId, ticketId)
                .update();
    }

    public void shareWithCustomers(UUID ticketId) {
        jdbc.sql("update tkt_ticket set customer_visible = true where id = ?")
                .param(ticketId)
                .update();
    }

    public void proposeDates(UUID ticketId, UUID workItemId, LocalDate start, LocalDate end) {
        jdbc.sql(
                        "update tkt_affected_item set new_planned_start = ?, new_planned_end = ? where ticket_id = ? and work_item_id = ?")
                .params(start, end, ticketId, workItemId)
                .update();
    }

    /** Proposed new dates of the affected items, for those that have any. */
    public List<ProposedDates> proposedDates(UUID ticketId) {
        return jdbc.sql("""
                        select work_item_id, new_planned_start, new_planned_end from tkt_affected_item
                         where ticket_id = ? and (new_planned_start is not null or new_planned_end is not null)
                         order by work_item_id
                        """)
                .param(ticketId)
                .query((rs, i) -> new ProposedDates(
                        rs.getObject("work_item_id", UUID.class),
                        rs.getObject("new_planned_start", LocalDate.class),
                        rs.getObject("new_planned_end", LocalDate.class)))
                .list();
    }

    public record ProposedDates(UUID workItemId, LocalDate plannedStart, LocalDate plannedEnd) {}

    private static Ticket ticket(ResultSet rs, int i) throws SQLException {
        UUID[] affected = (UUID[]) rs.getArray("affected").getArray();
        return new Ticket(
                rs.getObject("id", UUID.class),
                rs.getObject("tenant_id", UUID.class),
                rs.getObject("project_id", UUID.class),
                rs.getString("number"),
                TicketType.valueOf(rs.getString("type")),
                rs.getString("title"),
                rs.getString("description"),
                rs.getObject("reporter_user_id", UUID.class),
                rs.getObject("reporter_organisation_id", UUID.class),
                rs.getObject("routed_organisation_id", UUID.class),
                rs.getBoolean("customer_visible"),
                List.of(affected),
                rs.getString("stage"),
                instant(rs.getTimestamp("stage_due_at")),
                rs.getBoolean("sla_breached"),
                instant(rs.getTimestamp("created_at")),
                instant(rs.getTimestamp("closed_at")),
                Priority.valueOf(rs.getString("priority")),
                rs.getString("severity") == null ? null : Severity.valueOf(rs.getString("severity")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
