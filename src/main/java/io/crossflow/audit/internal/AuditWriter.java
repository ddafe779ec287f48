package io.crossflow.audit.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Appends audit entries. There is deliberately no method to change or remove one. */
@Component
class AuditWriter {

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    AuditWriter(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void write(Entry entry) {
        String changes;
        try {
            changes = json.writeValueAsString(entry.changes());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Audit changes are not serialisable", e);
        }
        jdbc.sql("""
                        insert into aud_event (tenant_id, project_id, object_type, object_id, action, actor_id, at, changes,
                                               audience_organisations, audience_users, customer_visible)
                        values (:tenant, :project, :type, :object, :action, :actor, :at, cast(:changes as jsonb),
                                cast(:organisations as uuid[]), cast(:users as uuid[]), :customerVisible)
                        """)
                .param("tenant", entry.tenantId())
                .param("project", entry.projectId())
                .param("type", entry.objectType())
                .param("object", entry.objectId())
                .param("action", entry.action())
                .param("actor", entry.actorId())
                .param("at", Timestamp.from(entry.at() == null ? Instant.now() : entry.at()))
                .param("changes", changes)
                .param("organisations", Audience.array(entry.audience().organisations()))
                .param("users", Audience.array(entry.audience().users()))
                .param("customerVisible", entry.audience().customerVisible())
                .update();
    }

    /** The task's assignee as last recorded, to show who a re-assignment took it from. */
    Optional<String> lastAssignee(String taskId) {
        return jdbc.sql("""
                        select changes -> 'assignee' ->> 'to' from aud_event
                         where object_type = 'TASK' and object_id = ? and jsonb_exists(changes, 'assignee')
                         order by id desc limit 1
                        """).param(taskId).query(String.class).optional();
    }

    record Entry(
            UUID tenantId,
            UUID projectId,
            String objectType,
            String objectId,
            String action,
            UUID actorId,
            Instant at,
            Map<String, ?> changes,
            Audience audience) {}
}
