package io.crossflow.inbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crossflow.identity.CurrentUser;
import io.crossflow.project.OpenTaskWorkItems;
import io.crossflow.project.ProjectAccess;
import io.crossflow.workflow.LocalizedNames;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The caller's task list: open tasks of its tenant assigned to it, or unassigned with one of its
 * {@link ProjectAccess#candidateKeys candidate keys} among their candidates. The query starts from
 * the caller's few keys on the {@code inbox_candidate_key} index, never from the tenant's items
 * (docs/inbox.md).
 */
@Service
public class Inbox implements OpenTaskWorkItems {

    static final String COLUMNS = """
            i.task_id, i.tenant_id, i.title, i.project_id, i.project_name, i.process_key, i.process_name, i.due,
            i.priority, i.assignee, i.created, i.process_instance_id, i.task_definition_key, i.business_key,
            i.title_names::text as title_names, i.process_names::text as process_names,
            i.project_key, i.object_kind, i.object_id, i.object_number, i.object_title""";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The row with the model's default names. */
    static final RowMapper<InboxItem> ITEM = item(null);

    /** The row with the task's and the process's names in {@code locale} (exact tag, then language, then default). */
    static RowMapper<InboxItem> item(Locale locale) {
        return (rs, i) -> new InboxItem(
                rs.getString("task_id"),
                rs.getObject("tenant_id", UUID.class),
                LocalizedNames.pick(names(rs.getString("title_names")), locale, rs.getString("title")),
                rs.getObject("project_id", UUID.class),
                rs.getString("project_name"),
                rs.getString("process_key"),
                LocalizedNames.pick(names(rs.getString("process_names")), locale, rs.getString("process_name")),
                instant(rs.getTimestamp("due")),
                rs.getInt("priority"),
                rs.getString("assignee"),
                instant(rs.getTimestamp("created")),
                rs.getString("process_instance_id"),
                rs.getString("task_definition_key"),
                rs.getString("business_key"),
                rs.getString("project_key"),
                rs.getObject("object_id", UUID.class) == null
                        ? null
                        : new InboxItem.ObjectRef(
                                rs.getString("object_kind"),
                                rs.getObject("object_id", UUID.class),
                                rs.getString("object_number"),
                                rs.getString("object_title")));
    }

    /** The reader's language: the request's, else the user's own setting ({@link LocalizedNames#readerLocale}). */
    static Locale locale(CurrentUser user) {
        return LocalizedNames.readerLocale(user.language());
    }

    private static Map<String, String> names(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        try {
            return JSON.readValue(json, new TypeReference<Map<String, String>>() {});
        } catch (JsonProcessingException e) {
            return Map.of();
        }
    }

    private static final String MINE = """
            with mine as (
                select c.task_id from inbox_candidate c
                 where c.tenant_id = :tenant and c.candidate in (:keys)
                union
                select a.task_id from inbox_item a
                 where a.tenant_id = :tenant and a.assignee = :user
            )
            """;

    private final JdbcClient jdbc;
    private final ProjectAccess access;

    Inbox(JdbcClient jdbc, ProjectAccess access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    @Transactional(readOnly = true)
    public InboxPage page(CurrentUser user, InboxQuery query) {
        if (query.projectId() != null) {
            access.projectsFor(user, query.projectId()); // 404 for a project the caller does not see
        }
        Set<String> keys = access.candidateKeys(user);
        StringBuilder where = new StringBuilder("""
                 where i.task_id in (select task_id from mine)
                   and i.tenant_id = :tenant
                   and (i.assignee is null or i.assignee = :user)
                """);
        if (query.projectId() != null) {
            where.append(" and i.project_id = :project");
        }
        if (query.dueBefore() != null) {
            where.append(" and i.due <= :dueBefore");
        }
        if (query.dueFrom() != null) {
            where.append(" and i.due > :dueFrom");
        }
        if (query.assignedToMe()) {
            where.append(" and i.assignee = :user");
        }
        if (query.minPriority() != null) {
            where.append(" and i.priority >= :minPriority");
        }
        boolean text = query.text() != null && !query.text().isBlank();
        if (text) {
            where.append(" and (i.title ilike :text escape '\\' or i.project_name ilike :text escape '\\'")
                    .append(" or i.process_name ilike :text escape '\\' or i.business_key ilike :text escape '\\'")
                    .append(" or i.object_title ilike :text escape '\\' or i.object_number ilike :text escape '\\'")
                    .append(" or i.project_key ilike :text escape '\\')");
        }
        List<InboxItem> items = bind(
                        jdbc.sql(MINE + "select " + COLUMNS + " from inbox_item i" + where
                                + " order by " + query.sort().orderBy()
                                + " limit :size offset :offset"),
                        user,
                        keys,
                        query,
                        text)
                .param("size", query.size())
                .param("offset", (long) query.page() * query.size())
                .query(item(locale(user)))
                .list();
        long total = items.size() < query.size() && (query.page() == 0 || !items.isEmpty())
                ? (long) query.page() * query.size() + items.size()
                : bind(jdbc.sql(MINE + "select count(*) from inbox_item i" + where), user, keys, query, text)
                        .query(Long.class)
                        .single();
        return new InboxPage(items, total);
    }

    private static JdbcClient.StatementSpec bind(
            JdbcClient.StatementSpec spec, CurrentUser user, Set<String> keys, InboxQuery query, boolean text) {
        spec = spec.param("tenant", user.tenantId())
                .param("keys", List.copyOf(keys))
                .param("user", user.id().toString());
        if (query.projectId() != null) {
            spec = spec.param("project", query.projectId());
        }
        if (query.dueBefore() != null) {
            spec = spec.param("dueBefore", Timestamp.from(query.dueBefore()));
        }
        if (query.dueFrom() != null) {
            spec = spec.param("dueFrom", Timestamp.from(query.dueFrom()));
        }
        if (query.minPriority() != null) {
            spec = spec.param("minPriority", query.minPriority());
        }
        if (text) {
            spec = spec.param("text", "%" + escapeLike(query.text().trim()) + "%");
        }
        return spec;
    }

    /**
     * The caller's tasks counted in one pass of the same query: all, assigned to the caller,
     * overdue (its due moment has come: a due instant is the end of the time given, so a task due
     * on the 8th in Shanghai, stored as 16:00Z on the 8th, is overdue from 16:00Z on), due today (due
     * after now, by the start of tomorrow in {@code zone}, the reader's zone). A task is never both.
     */
    @Transactional(readOnly = true)
    public InboxCounts counts(CurrentUser user, Instant now, ZoneId zone) {
        Instant tomorrow =
                now.atZone(zone).toLocalDate().plusDays(1).atStartOfDay(zone).toInstant();
        return jdbc.sql(MINE + """
                        select count(*) as all_tasks,
                               count(*) filter (where i.assignee = :user) as assigned,
                               count(*) filter (where i.due <= :now) as overdue,
                               count(*) filter (where i.due > :now and i.due <= :tomorrow) as due_today
                          from inbox_item i
                         where i.task_id in (select task_id from mine)
                           and i.tenant_id = :tenant
                           and (i.assignee is null or i.assignee = :user)
                        """)
                .param("tenant", user.tenantId())
                .param("keys", List.copyOf(access.candidateKeys(user)))
                .param("user", user.id().toString())
                .param("now", Timestamp.from(now))
                .param("tomorrow", Timestamp.from(tomorrow))
                .query((rs, i) -> new InboxCounts(
                        rs.getLong("all_tasks"),
                        rs.getLong("assigned"),
                        rs.getLong("overdue"),
                        rs.getLong("due_today")))
                .single();
    }

    /**
     * The work items the caller's open tasks are about ("my work"), under the task list's own rule:
     * the same tasks {@link #page} lists, those whose business object is a work item.
     */
    @Override
    @Transactional(readOnly = true)
    public Map<UUID, String> openTaskWorkItems(CurrentUser user) {
        Map<UUID, String> items = new LinkedHashMap<>();
        jdbc.sql(MINE + """
                        select i.object_id, i.task_id
                          from inbox_item i
                         where i.task_id in (select task_id from mine)
                           and i.tenant_id = :tenant
                           and (i.assignee is null or i.assignee = :user)
                           and i.object_kind = 'WORK_ITEM' and i.object_id is not null
                         order by i.due nulls last, i.created
                        """)
                .param("tenant", user.tenantId())
                .param("keys", List.copyOf(access.candidateKeys(user)))
                .param("user", user.id().toString())
                .query(rs -> {
                    items.putIfAbsent(rs.getObject("object_id", UUID.class), rs.getString("task_id"));
                });
        return items;
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
