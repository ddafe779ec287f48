package io.crossflow.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crossflow.identity.CurrentUser;
import io.crossflow.project.ProjectAccess;
import io.crossflow.project.Standing;
import io.crossflow.shared.NotFoundException;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A project's activity, newest first, scoped like the objects it describes: the project's
 * internal users see every entry; partners the entries about objects assigned or routed to their
 * organisation (or to themselves); customers the entries about milestones and about their own
 * organisation's tickets. The caller's {@link Standing} decides; the audience was stored with each
 * entry when it was written.
 */
@Service
public class ActivityLog {

    private final JdbcClient jdbc;
    private final ProjectAccess access;
    private final ObjectMapper json;

    ActivityLog(JdbcClient jdbc, ProjectAccess access, ObjectMapper json) {
        this.jdbc = jdbc;
        this.access = access;
        this.json = json;
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> page(CurrentUser user, UUID projectId, int page, int size) {
        Standing standing = access.standing(user, projectId);
        String scope;
        if (standing.internal()) {
            scope = "";
        } else if (standing.partner()) {
            scope = " and (:organisation = any(audience_organisations) or :user = any(audience_users))";
        } else if (standing.customer()) {
            scope =
                    " and (customer_visible or (object_type = 'TICKET' and :organisation = any(audience_organisations)))";
        } else {
            throw new NotFoundException("Project");
        }
        var statement = jdbc.sql("select id, project_id, object_type, object_id, action, actor_id, at, changes::text"
                        + " from aud_event where project_id = :project and tenant_id = :tenant" + scope
                        + " order by at desc, id desc limit :size offset :offset")
                .param("project", projectId)
                .param("tenant", user.tenantId())
                .param("size", size)
                .param("offset", (long) page * size);
        if (!scope.isEmpty()) {
            statement = statement.param("organisation", user.organisationId()).param("user", user.id());
        }
        return statement
                .query((rs, i) -> new AuditEntry(
                        rs.getLong("id"),
                        rs.getObject("project_id", UUID.class),
                        rs.getString("object_type"),
                        rs.getString("object_id"),
                        rs.getString("action"),
                        rs.getObject("actor_id", UUID.class),
                        rs.getTimestamp("at").toInstant(),
                        tree(rs.getString("changes"))))
                .list();
    }

    private com.fasterxml.jackson.databind.JsonNode tree(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
