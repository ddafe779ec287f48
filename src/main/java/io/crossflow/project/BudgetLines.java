package io.crossflow.project;

import io.crossflow.shared.ConflictException;
import io.crossflow.shared.ForbiddenException;
import io.crossflow.shared.InvalidInputException;
import io.crossflow.shared.NotFoundException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A project's budget lines. Internal: partners and customers get 404, as if there were no budget;
 * internal members read it, the project's managers keep it.
 */
@Service
public class BudgetLines {

    private static final RowMapper<BudgetLine> LINE = (rs, i) -> new BudgetLine(
            rs.getObject("id", UUID.class),
            rs.getObject("project_id", UUID.class),
            rs.getString("category"),
            rs.getString("description"),
            rs.getString("currency"),
            rs.getBigDecimal("planned"),
            rs.getBigDecimal("committed"),
            rs.getBigDecimal("actual"),
            rs.getInt("version"));

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    BudgetLines(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** The project's budget lines and their totals per currency. */
    @Transactional(readOnly = true)
    public Budget budget(Standing standing) {
        requireVisible(standing);
        List<BudgetLine> lines = jdbc.sql(
                        "select * from prj_budget_line where tenant_id = ? and project_id = ? order by category, created_at")
                .params(standing.project().tenantId(), standing.project().id())
                .query(LINE)
                .list();
        Map<String, Total> totals = new TreeMap<>();
        for (BudgetLine line : lines) {
            totals.merge(
                    line.currency(),
                    new Total(line.currency(), line.planned(), line.committed(), line.actual()),
                    Total::plus);
        }
        return new Budget(lines, List.copyOf(totals.values()));
    }

    @Transactional
    public BudgetLine add(Standing standing, NewBudgetLine line) {
        requireManager(standing);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into prj_budget_line (id, tenant_id, project_id, category, description, currency,
                                                     planned, committed, actual, created_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        id,
                        standing.project().tenantId(),
                        standing.project().id(),
                        line.category().trim(),
                        line.description(),
                        currency(line.currency()),
                        amount("planned", line.planned()),
                        amount("committed", line.committed()),
                        amount("actual", line.actual()),
                        standing.user().id())
                .update();
        BudgetLine created = find(standing, id);
        publish(standing, null, created, "CREATED");
        return created;
    }

    /** Applies the non-null fields if {@code changes.version()} is still current; 409 otherwise. */
    @Transactional
    public BudgetLine update(Standing standing, UUID lineId, BudgetChanges changes) {
        requireManager(standing);
        BudgetLine line = find(standing, lineId);
        int updated = jdbc.sql("""
                        update prj_budget_line set category = ?, description = ?, currency = ?, planned = ?, committed = ?,
                               actual = ?, version = version + 1, updated_at = now()
                         where id = ? and version = ?
                        """)
                .params(
                        changes.category() != null ? changes.category().trim() : line.category(),
                        changes.description() != null ? changes.description() : line.description(),
                        changes.currency() != null ? currency(changes.currency()) : line.currency(),
                        changes.planned() != null ? amount("planned", changes.planned()) : line.planned(),
                        changes.committed() != null ? amount("committed", changes.committed()) : line.committed(),
                        changes.actual() != null ? amount("actual", changes.actual()) : line.actual(),
                        line.id(),
                        changes.version())
                .update();
        if (updated == 0) {
            throw new ConflictException("This budget line was changed by someone else in the meantime (your version "
                    + changes.version() + ", current " + line.version() + "). Reload it and apply your change again.");
        }
        BudgetLine changed = find(standing, lineId);
        publish(standing, line, changed, "UPDATED");
        return changed;
    }

    /** Removes the line; the audit keeps what it held. 404 for a line the project does not have. */
    @Transactional
    public void delete(Standing standing, UUID lineId) {
        requireManager(standing);
        BudgetLine line = find(standing, lineId);
        jdbc.sql("delete from prj_budget_line where tenant_id = ? and id = ?")
                .params(standing.project().tenantId(), line.id())
                .update();
        publish(standing, line, null, "DELETED");
    }

    private void publish(Standing standing, BudgetLine before, BudgetLine after, String action) {
        Map<String, WorkItemChanged.FieldChange> diff = new LinkedHashMap<>();
        Map<String, Function<BudgetLine, Object>> fields = new LinkedHashMap<>();
        fields.put("category", BudgetLine::category);
        fields.put("description", BudgetLine::description);
        fields.put("currency", BudgetLine::currency);
        fields.put("planned", BudgetLine::planned);
        fields.put("committed", BudgetLine::committed);
        fields.put("actual", BudgetLine::actual);
        fields.forEach((name, field) -> {
            Object from = before == null ? null : field.apply(before);
            Object to = after == null ? null : field.apply(after);
            // compareTo, not equals: 100.0 and 100.00 are the same amount
            boolean same = from instanceof BigDecimal a && to instanceof BigDecimal b
                    ? a.compareTo(b) == 0
                    : Objects.equals(from, to);
            if (!same) {
                diff.put(name, new WorkItemChanged.FieldChange(from, to));
            }
        });
        if (!diff.isEmpty()) {
            events.publishEvent(new PlanStructureChanged(
                    standing.project().tenantId(),
                    standing.project().id(),
                    standing.user().id(),
                    "BUDGET_LINE",
                    after == null ? before.id() : after.id(),
                    action,
                    diff,
                    Instant.now()));
        }
    }

    private BudgetLine find(Standing standing, UUID lineId) {
        return jdbc.sql("select * from prj_budget_line where tenant_id = ? and project_id = ? and id = ?")
                .params(standing.project().tenantId(), standing.project().id(), lineId)
                .query(LINE)
                .optional()
                .orElseThrow(() -> new NotFoundException("Budget line"));
    }

    private static void requireVisible(Standing standing) {
        if (!standing.seesBudgets()) {
            throw new NotFoundException("Budget");
        }
    }

    private static void requireManager(Standing standing) {
        requireVisible(standing);
        if (!standing.managesBudget()) {
            throw new ForbiddenException("Only the project's managers can change its budget.");
        }
    }

    private static String currency(String code) {
        try {
            return Currency.getInstance(code.trim().toUpperCase(Locale.ROOT)).getCurrencyCode();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw InvalidInputException.field("currency", "is not an ISO 4217 currency code such as EUR or CNY");
        }
    }

    private static BigDecimal amount(String field, BigDecimal amount) {
        if (amount == null) {
            return BigDecimal.ZERO;
        }
        if (amount.signum() < 0) {
            throw InvalidInputException.field(field, "must not be negative");
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw InvalidInputException.field(field, "may have at most two decimals");
        }
        if (amount.precision() - amount.scale() > 17) {
            throw InvalidInputException.field(field, "is too large");
        }
        return amount;
    }

    /** The lines and, per currency, the sums of their amounts. */
    public record Budget(List<BudgetLine> lines, List<Total> totals) {}

    public record Total(String currency, BigDecimal planned, BigDecimal committed, BigDecimal actual) {
        Total plus(Total other) {
            return new Total(
                    currency, planned.add(other.planned), committed.add(other.committed), actual.add(other.actual));
        }
    }

    public record NewBudgetLine(
            String category,
            String description,
            String currency,
            BigDecimal planned,
            BigDecimal committed,
            BigDecimal actual) {}

    /** Changes to a budget line; null fields stay as they are. */
    public record BudgetChanges(
            int version,
            String category,
            String description,
            String currency,
            BigDecimal planned,
            BigDecimal committed,
            BigDecimal actual) {}
}
