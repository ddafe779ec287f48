package io.crossflow.search.internal;

import io.crossflow.search.SearchEntry;
import io.crossflow.search.SearchIndex;
import java.sql.Timestamp;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Keeps {@code srch_entry} in step with the modules' objects. */
@Component
class JdbcSearchIndex implements SearchIndex {

    private final JdbcClient jdbc;

    JdbcSearchIndex(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void put(SearchEntry entry) {
        jdbc.sql("""
                        insert into srch_entry (tenant_id, kind, object_id, project_id, title, body, audience_orgs,
                                                audience_customers, updated_at, document)
                        values (:tenant, :kind, :object, :project, :title, :body, cast(:orgs as uuid[]), :customers,
                                :updated, setweight(to_tsvector('simple', :title), 'A') || to_tsvector('simple', :body))
                        on conflict (tenant_id, kind, object_id) do update
                           set project_id = excluded.project_id, title = excluded.title, body = excluded.body,
                               audience_orgs = excluded.audience_orgs, audience_customers = excluded.audience_customers,
                               updated_at = excluded.updated_at, document = excluded.document
                        """)
                .param("tenant", entry.tenantId())
                .param("kind", entry.kind())
                .param("object", entry.objectId())
                .param("project", entry.projectId())
                .param("title", entry.title())
                .param("body", entry.body())
                .param(
                        "orgs",
                        entry.audience().organisations().stream()
                                .map(UUID::toString)
                                .collect(Collectors.joining(",", "{", "}")))
                .param("customers", entry.audience().customers())
                .param("updated", Timestamp.from(entry.updatedAt()))
                .update();
    }

    @Override
    public void remove(UUID tenantId, String kind, String objectId) {
        jdbc.sql("delete from srch_entry where tenant_id = ? and kind = ? and object_id = ?")
                .params(tenantId, kind, objectId)
                .update();
    }
}
