package io.crossflow.inbox.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crossflow.project.Project;
import io.crossflow.project.Projects;
import io.crossflow.workflow.BusinessObject;
import io.crossflow.workflow.BusinessObjectChanged;
import io.crossflow.workflow.BusinessObjects;
import io.crossflow.workflow.CandidateGroups;
import io.crossflow.workflow.LocalizedNames;
import io.crossflow.workflow.TaskChanged;
import io.crossflow.workflow.TaskSnapshot;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code inbox_item} and {@code inbox_candidate} equal to the engine's open tasks. Runs
 * synchronously inside the engine's transaction, so the read model and the engine commit or roll
 * back together. Every open-task event rewrites the whole row from the snapshot: events are
 * idempotent and their order within a command does not matter.
 */
@Component
class InboxProjection {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final Projects projects;
    private final LocalizedNames names;
    private final ObjectMapper json;
    private final BusinessObjects objects;

    InboxProjection(
            JdbcClient jdbc,
            JdbcTemplate template,
            Projects projects,
            LocalizedNames names,
            ObjectMapper json,
            BusinessObjects objects) {
        this.jdbc = jdbc;
        this.template = template;
        this.projects = projects;
        this.names = names;
        this.json = json;
        this.objects = objects;
    }

    /** A renamed (or renumbered) object: the rows of its open tasks name it anew. */
    @EventListener
    void on(BusinessObjectChanged event) {
        Optional<BusinessObject> object =
                objects.resolve(event.tenantId(), event.objectId().toString());
        if (object.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        update inbox_item set object_number = :number, object_title = :title
                         where tenant_id = :tenant and object_id = :id
                        """)
                .param("number", object.get().number())
                .param("title", object.get().title())
                .param("tenant", event.tenantId())
                .param("id", event.objectId())
                .update();
    }

    @EventListener
    @Order(0) // before the listeners that read the inbox for the same task (a notification's link check)
    void on(TaskChanged event) {
        TaskSnapshot task = event.task();
        if (event.kind().ends()) {
            jdbc.sql("delete from inbox_item where task_id = ?")
                    .param(task.id())
                    .update();
            return;
        }
        if (task.tenantId() == null) {
            // Crossflow deploys every model per tenant; a task outside a tenant is no one's to list
            return;
        }
        Optional<Project> project =
                task.projectId() == null ? Optional.empty() : projects.find(task.tenantId(), task.projectId());
        BusinessObject object = task.object();
        jdbc.sql("""
                        insert into inbox_item (task_id, tenant_id, project_id, project_name, title, process_key, process_name,
                                                due, priority, assignee, created, process_instance_id, task_definition_key,
                                               business_key, title_names, process_names, project_key, object_kind,
                                               object_id, object_number, object_title)
                        values (:id, :tenant, :project, :projectName, :title, :processKey, :processName, :due, :priority,
                                :assignee, :created, :instance, :definitionKey, :businessKey,
                                cast(:titleNames as jsonb), cast(:processNames as jsonb), :projectKey, :objectKind,
                                :objectId, :objectNumber, :objectTitle)
                        on conflict (task_id) do update set
                          project_id = excluded.project_id, project_name = excluded.project_name, title = excluded.title,
                          process_key = excluded.process_key, process_name = excluded.process_name, due = excluded.due,
                          priority = excluded.priority, assignee = excluded.assignee,
                          task_definition_key = excluded.task_definition_key, business_key = excluded.business_key,
                          title_names = excluded.title_names, process_names = excluded.process_names,
                          project_key = excluded.project_key, object_kind = excluded.object_kind,
                          object_id = excluded.object_id, object_number = excluded.object_number,
                          object_title = excluded.object_title
                        """)
                .param("id", task.id())
                .param("tenant", task.tenantId())
                .param("project", task.projectId())
                .param("projectName", project.map(Project::name).orElse(null))
                .param("projectKey", project.map(Project::key).orElse(null))
                .param("objectKind", object == null ? null : object.kind())
                .param("objectId", object == null ? null : object.id())
                .param("objectNumber", object == null ? null : object.number())
                .param("objectTitle", object == null ? null : object.title())
                .param("title", task.name() == null ? task.taskDefinitionKey() : task.name())
                .param("processKey", task.processDefinitionKey())
                .param("processName", task.processDefinitionName())
                .param("due", timestamp(task.due()))
                .param("priority", task.priority())
                .param("assignee", task.assignee())
                .param("created", timestamp(task.created() == null ? Instant.now() : task.created()))
                .param("instance", task.processInstanceId())
                .param("definitionKey", task.taskDefinitionKey())
                .param("businessKey", task.businessKey())
                .param("titleNames", json(task.names()))
                .param("processNames", json(names.names(task.processDefinitionId(), task.processDefinitionKey())))
                .update();
        jdbc.sql("delete from inbox_candidate where task_id = ?")
                .param(task.id())
                .update();
        List<String> candidates = List.copyOf(candidates(task));
        if (candidates.isEmpty()) {
            return;
        }
        template.batchUpdate(
                "insert into inbox_candidate (task_id, tenant_id, candidate) values (?, ?, ?)",
                candidates,
                candidates.size(),
                (ps, candidate) -> {
                    ps.setString(1, task.id());
                    ps.setObject(2, task.tenantId());
                    ps.setString(3, candidate);
                });
    }

    private static Set<String> candidates(TaskSnapshot task) {
        Set<String> keys = new LinkedHashSet<>(task.candidateGroups());
        task.candidateUsers().forEach(user -> keys.add(CandidateGroups.user(user)));
        return keys;
    }

    private String json(Map<String, String> names) {
        if (names.isEmpty()) {
            return null;
        }
        try {
            return json.writeValueAsString(names);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Names per language are not serialisable", e);
        }
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
