package io.crossflow.audit.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crossflow.identity.Capability;
import io.crossflow.identity.CurrentUser;
import io.crossflow.identity.UserSummary;
import io.crossflow.identity.Users;
import io.crossflow.shared.ForbiddenException;
import io.crossflow.shared.InvalidInputException;
import io.crossflow.shared.InvalidInputException.FieldError;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tenant admin's audit screen and export (docs/administration.md, "Audit"): the administrative
 * entries of its own tenant (organisations, users, invitations, password resets, API tokens) and
 * the staffing of its projects (participants and members). Only tenant admins read it (403 for
 * anyone else); another tenant's entries do not exist for it. Newest first.
 */
@Service
public class AdminAudit {

    static final String ADMINS_ONLY = "Only tenant admins read the audit trail.";
    static final int MAX_PAGE = 200;
    static final int MAX_TEXT = 200;

    /** What the screen shows: administration, and who takes part in which project. */
    private static final String SCOPE = " from aud_event e where e.tenant_id = :tenant"
            + " and (e.project_id is null or e.object_type in ('PARTICIPANT', 'MEMBER'))";

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final Users users;

    AdminAudit(JdbcClient jdbc, ObjectMapper json, Users users) {
        this.jdbc = jdbc;
        this.json = json;
        this.users = users;
    }

    /** One page of entries matching the filter, with the total that match. */
    @Transactional(readOnly = true)
    public Page search(CurrentUser caller, Filter filter, int page, int size) {
        requireAdmin(caller);
        List<FieldError> errors = validate(filter);
        if (page < 0) {
            errors.add(new FieldError("page", "must be 0 or more"));
        }
        if (size < 1 || size > MAX_PAGE) {
            errors.add(new FieldError("size", "must be between 1 and " + MAX_PAGE));
        }
        throwIfAny(errors);
        Map<String, Object> params = new HashMap<>();
        String where = where(caller, filter, params);
        long total = jdbc.sql("select count(*)" + where)
                .params(params)
                .query(Long.class)
                .single();
        params.put("size", size);
        params.put("offset", (long) page * size);
        Map<UUID, String> names = new HashMap<>();
        List<Row> rows = jdbc.sql(SELECT + where + " order by e.at desc, e.id desc limit :size offset :offset")
                .params(params)
                .query((rs, i) -> row(rs, caller.tenantId(), names))
                .list();
        return new Page(rows, page, size, total);
    }

    /** Every entry matching the filter, newest first, one at a time (the CSV export streams them). */
    @Transactional(readOnly = true)
    public void export(CurrentUser caller, Filter filter, Consumer<Row> out) {
        requireAdmin(caller);
        throwIfAny(validate(filter));
        Map<String, Object> params = new HashMap<>();
        String where = where(caller, filter, params);
        Map<UUID, String> names = new HashMap<>();
        jdbc.sql(SELECT + where + " order by e.at desc, e.id desc")
                .params(params)
                .query(rs -> {
                    out.accept(row(rs, caller.tenantId(), names));
                });
    }

    /** Checks who asks before anything is read or streamed. */
    public void requireAdmin(CurrentUser caller) {
        if (!caller.has(Capability.TENANT_ADMIN)) {
            throw new ForbiddenException(ADMINS_ONLY);
        }
    }

    private static final String SELECT =
            "select e.id, e.project_id, e.object_type, e.object_id, e.action, e.actor_id, e.at, e.changes::text";

    private static String where(CurrentUser caller, Filter filter, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(SCOPE);
        params.put("tenant", caller.tenantId());
        if (filter.actorId() != null) {
            where.append(" and e.actor_id = :actor");
            params.put("actor", filter.actorId());
        }
        if (present(filter.action())) {
            where.append(" and e.action = :action");
            params.put("action", filter.action().strip());
        }
        if (present(filter.objectType())) {
            where.append(" and e.object_type = :objectType");
            params.put("objectType", filter.objectType().strip());
        }
        if (present(filter.objectId())) {
            where.append(" and e.object_id = :objectId");
            params.put("objectId", filter.objectId().strip());
        }
        if (filter.from() != null) {
            where.append(" and e.at >= :from");
            params.put("from", Timestamp.from(filter.from()));
        }
        if (filter.to() != null) {
            where.append(" and e.at < :to");
            params.put("to", Timestamp.from(filter.to()));
        }
        if (present(filter.q())) {
            // the changed values (names, addresses, organisations), the object's id and the action
            where.append(" and (e.changes::text ilike :q escape '\\' or e.object_id ilike :q escape '\\'"
                    + " or e.action ilike :q escape '\\')");
            params.put("q", "%" + like(filter.q().strip()) + "%");
        }
        return where.toString();
    }

    private Row row(ResultSet rs, UUID tenantId, Map<UUID, String> names) throws SQLException {
        UUID actor = rs.getObject("actor_id", UUID.class);
        String actorName = actor == null
                ? null
                : names.computeIfAbsent(
                        actor,
                        id -> users.find(tenantId, id)
                                .map(UserSummary::displayName)
                                .orElse(id.toString()));
        return new Row(
                rs.getLong("id"),
                rs.getObject("project_id", UUID.class),
                rs.getString("object_type"),
                rs.getString("object_id"),
                rs.getString("action"),
                actor,
                actorName,
                rs.getTimestamp("at").toInstant(),
                tree(rs.getString("changes")));
    }

    private static List<FieldError> validate(Filter filter) {
        List<FieldError> errors = new ArrayList<>();
        if (filter.from() != null && filter.to() != null && !filter.from().isBefore(filter.to())) {
            errors.add(new FieldError("to", "must be after the start of the time range"));
        }
        if (filter.q() != null && filter.q().length() > MAX_TEXT) {
            errors.add(new FieldError("q", "must be at most " + MAX_TEXT + " characters"));
        }
        return errors;
    }

    private static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInputException("Please correct the highlighted fields.", errors);
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static String like(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private JsonNode tree(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What to look for; every field is optional. {@code to} is exclusive. */
    public record Filter(
            UUID actorId, String action, String objectType, String objectId, Instant from, Instant to, String q) {}

    /** One audit entry as the admin reads it; {@code actorName} null when a process or an anonymous caller acted. */
    public record Row(
            long id,
            UUID projectId,
            String objectType,
            String objectId,
            String action,
            UUID actorId,
            String actorName,
            Instant at,
            JsonNode changes) {}

    public record Page(List<Row> items, int page, int size, long total) {}
}
