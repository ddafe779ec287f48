package io.crossflow.search.internal;

import io.crossflow.search.SearchEntry;
import io.crossflow.search.SearchIndex;
import io.crossflow.search.SearchProperties;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code srch_entry} in step with the modules' objects. The original title and body are kept
 * for display and snippets; the analysed terms ({@link TextAnalyzer}) go to {@code title_terms},
 * {@code body_terms} and the weighted {@code document} vector that queries match. The character
 * n-grams go to their own table, {@code srch_gram} (one row per entry with CJK text), so the
 * whole-word query never reads them.
 */
@Component
class JdbcSearchIndex implements SearchIndex {

    static final String DOCUMENT =
            "setweight(to_tsvector('simple', :titleTerms), 'A')" + " || to_tsvector('simple', :bodyTerms)";

    /** The character n-grams ({@link TextAnalyzer#grams}) of title and body, without positions. */
    static final String GRAMS = "strip(to_tsvector('simple', :grams))";

    private final JdbcClient jdbc;
    private final TextAnalyzer analyzer;
    private final SearchProperties settings;

    JdbcSearchIndex(JdbcClient jdbc, TextAnalyzer analyzer, SearchProperties settings) {
        this.jdbc = jdbc;
        this.analyzer = analyzer;
        this.settings = settings;
    }

    @Override
    public void put(SearchEntry entry) {
        put(entry, Set.of());
    }

    /** Also lets the given users (e.g. a work item's assignee) find the entry. */
    void put(SearchEntry entry, Collection<UUID> users) {
        jdbc.sql("""
                        insert into srch_entry (tenant_id, kind, object_id, project_id, title, body, audience_orgs,
                                                audience_customers, audience_users, updated_at, title_terms, body_terms,
                                                analyzer_version, document)
                        values (:tenant, :kind, :object, :project, :title, :body, cast(:orgs as uuid[]), :customers,
                                cast(:users as uuid[]), :updated, :titleTerms, :bodyTerms, :version,
                        """ + DOCUMENT + """
                        )
                        on conflict (tenant_id, kind, object_id) do update
                           set project_id = excluded.project_id, title = excluded.title, body = excluded.body,
                               audience_orgs = excluded.audience_orgs, audience_customers = excluded.audience_customers,
                               audience_users = excluded.audience_users, updated_at = excluded.updated_at,
                               title_terms = excluded.title_terms, body_terms = excluded.body_terms,
                               analyzer_version = excluded.analyzer_version, document = excluded.document
                        """)
                .param("tenant", entry.tenantId())
                .param("kind", entry.kind())
                .param("object", entry.objectId())
                .param("project", entry.projectId())
                .param("title", entry.title())
                .param("body", entry.body())
                .param("orgs", array(entry.audience().organisations()))
                .param("customers", entry.audience().customers())
                .param("users", array(users))
                .param("updated", Timestamp.from(entry.updatedAt()))
                .param("titleTerms", analyzer.termText(entry.title(), settings.maxIndexedChars()))
                .param("bodyTerms", analyzer.termText(entry.body(), settings.maxIndexedChars()))
                .param("version", TextAnalyzer.VERSION)
                .update();
        putGrams(entry.tenantId(), entry.kind(), entry.objectId(), grams(entry.title(), entry.body()));
    }

    /** Replaces the entry's n-grams; an entry without any (no CJK text) has no {@code srch_gram} row. */
    private void putGrams(UUID tenantId, String kind, String objectId, String grams) {
        if (grams.isEmpty()) {
            jdbc.sql("delete from srch_gram where tenant_id = ? and kind = ? and object_id = ?")
                    .params(tenantId, kind, objectId)
                    .update();
            return;
        }
        jdbc.sql("insert into srch_gram (tenant_id, kind, object_id, grams) values (:tenant, :kind, :object, " + GRAMS
                        + ") on conflict (tenant_id, kind, object_id) do update set grams = excluded.grams")
                .param("tenant", tenantId)
                .param("kind", kind)
                .param("object", objectId)
                .param("grams", grams)
                .update();
    }

    /** The n-grams of title and body together, at most {@code maxIndexedChars} of the body read. */
    private String grams(String title, String body) {
        var grams = analyzer.grams(title, settings.maxIndexedChars());
        grams.addAll(analyzer.grams(body, settings.maxIndexedChars()));
        return String.join(" ", grams);
    }

    @Override
    public void remove(UUID tenantId, String kind, String objectId) {
        // its srch_gram row goes with it (on delete cascade)
        jdbc.sql("delete from srch_entry where tenant_id = ? and kind = ? and object_id = ?")
                .params(tenantId, kind, objectId)
                .update();
    }

    /**
     * Analyses up to {@code batch} entries stored by an older analysis (or before there was one)
     * again from their own title and body; returns how many it did.
     */
    int reanalyse(int batch) {
        record Stale(UUID tenantId, String kind, String objectId, String title, String body) {}
        var stale = jdbc.sql("select tenant_id, kind, object_id, title, body from srch_entry"
                        + " where analyzer_version < ? limit ? for update skip locked")
                .params(TextAnalyzer.VERSION, batch)
                .query((rs, i) -> new Stale(
                        rs.getObject("tenant_id", UUID.class),
                        rs.getString("kind"),
                        rs.getString("object_id"),
                        rs.getString("title"),
                        rs.getString("body")))
                .list();
        for (Stale s : stale) {
            jdbc.sql("update srch_entry set title_terms = :titleTerms, body_terms = :bodyTerms,"
                            + " analyzer_version = :version, document = " + DOCUMENT
                            + " where tenant_id = :tenant and kind = :kind and object_id = :object")
                    .param("titleTerms", analyzer.termText(s.title(), settings.maxIndexedChars()))
                    .param("bodyTerms", analyzer.termText(s.body(), settings.maxIndexedChars()))
                    .param("version", TextAnalyzer.VERSION)
                    .param("tenant", s.tenantId())
                    .param("kind", s.kind())
                    .param("object", s.objectId())
                    .update();
            putGrams(s.tenantId(), s.kind(), s.objectId(), grams(s.title(), s.body()));
        }
        return stale.size();
    }

    static String array(Collection<UUID> ids) {
        return ids.stream().filter(Objects::nonNull).map(UUID::toString).collect(Collectors.joining(",", "{", "}"));
    }
}
