package io.crossflow.supply.internal;

import io.crossflow.supply.SupplierOrder;
import io.crossflow.supply.SupplierOrderStatus;
import io.crossflow.supply.SupplyDisruption;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The supply module's tables ({@code sup_*}); no access checks: callers decide who may see what. */
@Repository
public class OrderRecords {

    private static final String COLUMNS = """
            id, tenant_id, project_id, number, title, supplier_organisation_id, milestone_work_item_id, status,
            qc_report_reference, shipment_reference, process_instance_id, created_at
            """;

    private final JdbcClient jdbc;

    OrderRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts a new order with its work items and returns its id and number. */
    public SupplierOrder insert(
            UUID tenantId,
            UUID projectId,
            String title,
            UUID supplierOrganisationId,
            UUID milestoneWorkItemId,
            List<UUID> workItemIds,
            UUID createdBy) {
        UUID id = UUID.randomUUID();
        long sequence = jdbc.sql("select nextval('sup_order_number_seq')")
                .query(Long.class)
                .single();
        jdbc.sql("""
                        insert into sup_order (id, tenant_id, project_id, number, title, supplier_organisation_id,
                                               milestone_work_item_id, created_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        id,
                        tenantId,
                        projectId,
                        "SO-" + sequence,
                        title,
                        supplierOrganisationId,
                        milestoneWorkItemId,
                        createdBy)
                .update();
        for (UUID workItemId : workItemIds) {
            jdbc.sql("insert into sup_order_work_item (order_id, work_item_id) values (?, ?)")
                    .params(id, workItemId)
                    .update();
        }
        return find(tenantId, id).orElseThrow();
    }

    public void recordProcess(UUID orderId, String processInstanceId) {
        jdbc.sql("update sup_order set process_instance_id = ? where id = ?")
                .params(processInstanceId, orderId)
                .update();
    }

    public Optional<SupplierOrder> find(UUID tenantId, UUID orderId) {
        return jdbc.sql("select " + COLUMNS + " from sup_order where tenant_id = ? and id = ?")
                .params(tenantId, orderId)
                .query((rs, i) -> row(rs))
                .optional()
                .map(this::complete);
    }

    /** The tenant's orders in the projects, newest first; only the supplier's own when {@code supplier} is set. */
    public List<SupplierOrder> list(UUID tenantId, java.util.Collection<UUID> projectIds, UUID supplier) {
        if (projectIds.isEmpty()) {
            return List.of();
        }
        var statement = jdbc.sql("select " + COLUMNS
                        + " from sup_order where tenant_id = :tenant and project_id in (:projects)"
                        + (supplier == null ? "" : " and supplier_organisation_id = :supplier")
                        + " order by created_at desc, id")
                .param("tenant", tenantId)
                .param("projects", List.copyOf(projectIds));
        if (supplier != null) {
            statement = statement.param("supplier", supplier);
        }
        return statement.query((rs, i) -> row(rs)).list().stream()
                .map(this::complete)
                .toList();
    }

    /** The order of the tenant named by its number ({@code SO-12}, any case) or its id. */
    public Optional<SupplierOrder> findByReference(UUID tenantId, String reference) {
        String trimmed = reference.trim();
        try {
            Optional<SupplierOrder> byId = find(tenantId, UUID.fromString(trimmed));
            if (byId.isPresent()) {
                return byId;
            }
        } catch (IllegalArgumentException e) {
            // not an id: a number
        }
        return jdbc.sql("select " + COLUMNS + " from sup_order where tenant_id = ? and upper(number) = upper(?)")
                .params(tenantId, trimmed)
                .query((rs, i) -> row(rs))
                .optional()
                .map(this::complete);
    }

    public void updateStatus(UUID tenantId, UUID orderId, SupplierOrderStatus status) {
        jdbc.sql("update sup_order set status = ?, updated_at = now() where tenant_id = ? and id = ?")
                .params(status.name(), tenantId, orderId)
                .update();
    }

    public void recordQcReport(UUID tenantId, UUID orderId, String reference) {
        jdbc.sql("update sup_order set qc_report_reference = ?, updated_at = now() where tenant_id = ? and id = ?")
                .params(reference, tenantId, orderId)
                .update();
    }

    public void recordShipment(UUID tenantId, UUID orderId, String reference) {
        jdbc.sql("update sup_order set shipment_reference = ?, updated_at = now() where tenant_id = ? and id = ?")
                .params(reference, tenantId, orderId)
                .update();
    }

    public UUID insertDisruption(UUID tenantId, UUID orderId, SupplyDisruption type, String detail, UUID reportedBy) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into sup_order_disruption (id, tenant_id, order_id, type, detail, reported_by)
                        values (?, ?, ?, ?, ?, ?)
                        """)
                .params(id, tenantId, orderId, type.name(), detail, reportedBy)
                .update();
        return id;
    }

    /**
     * Marks the order's open disruptions resolved (by a user, or by nobody when the order shipped);
     * returns how many were open.
     */
    public int resolveDisruptions(UUID tenantId, UUID orderId, UUID resolvedBy, String resolution) {
        return jdbc.sql("""
                        update sup_order_disruption set resolved_at = now(), resolved_by = ?, resolution = ?
                         where tenant_id = ? and order_id = ? and resolved_at is null
                        """).params(resolvedBy, resolution, tenantId, orderId).update();
    }

    private SupplierOrder complete(SupplierOrder order) {
        List<UUID> items = jdbc.sql(
                        "select work_item_id from sup_order_work_item where order_id = ? order by work_item_id")
                .param(order.id())
                .query(UUID.class)
                .list();
        List<SupplierOrder.Disruption> disruptions = jdbc.sql(
                        "select id, type, detail, reported_at, resolved_at from sup_order_disruption where order_id = ? order by reported_at, id")
                .param(order.id())
                .query((rs, i) -> new SupplierOrder.Disruption(
                        rs.getObject("id", UUID.class),
                        SupplyDisruption.valueOf(rs.getString("type")),
                        rs.getString("detail"),
                        rs.getTimestamp("reported_at").toInstant(),
                        rs.getTimestamp("resolved_at") == null
                                ? null
                                : rs.getTimestamp("resolved_at").toInstant()))
                .list();
        return new SupplierOrder(
                order.id(),
                order.tenantId(),
                order.projectId(),
                order.number(),
                order.title(),
                order.supplierOrganisationId(),
                order.milestoneWorkItemId(),
                items,
                order.status(),
                order.qcReportReference(),
                order.shipmentReference(),
                order.processInstanceId(),
                order.createdAt(),
                disruptions);
    }

    private static SupplierOrder row(java.sql.ResultSet rs) throws java.sql.SQLException {
        Timestamp created = rs.getTimestamp("created_at");
        return new SupplierOrder(
                rs.getObject("id", UUID.class),
                rs.getObject("tenant_id", UUID.class),
                rs.getObject("project_id", UUID.class),
                rs.getString("number"),
                rs.getString("title"),
                rs.getObject("supplier_organisation_id", UUID.class),
                rs.getObject("milestone_work_item_id", UUID.class),
                List.of(),
                SupplierOrderStatus.valueOf(rs.getString("status")),
                rs.getString("qc_report_reference"),
                rs.getString("shipment_reference"),
                rs.getString("process_instance_id"),
                created.toInstant(),
                List.of());
    }
}
