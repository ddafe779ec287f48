package io.crossflow.search.internal;

import io.crossflow.search.HelpSearch;
import io.crossflow.search.SearchKinds;
import io.crossflow.search.SearchProperties;
import io.crossflow.shared.InvalidInputException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@link HelpSearch} over {@code srch_entry}, ranked and highlighted like {@link SearchQueries}. */
@Component
class JdbcHelpSearch implements HelpSearch {

    private static final int MAX_QUERY = 500;
    private static final String WHERE = " from srch_entry e where e.tenant_id = :tenant and e.kind = :kind"
            + " and e.document @@ plainto_tsquery('simple', :query)";

    private final JdbcClient jdbc;
    private final TextAnalyzer analyzer;
    private final Snippets snippets;
    private final SearchProperties settings;

    JdbcHelpSearch(JdbcClient jdbc, TextAnalyzer analyzer, Snippets snippets, SearchProperties settings) {
        this.jdbc = jdbc;
        this.analyzer = analyzer;
        this.snippets = snippets;
        this.settings = settings;
    }

    @Override
    @Transactional(readOnly = true)
    public Results search(UUID tenantId, String q, int page, int size) {
        if (q == null || q.isBlank()) {
            throw InvalidInputException.field("q", "is required");
        }
        if (q.length() > MAX_QUERY) {
            throw InvalidInputException.field("q", "must be at most " + MAX_QUERY + " characters");
        }
        if (page < 0) {
            throw InvalidInputException.field("page", "must be 0 or more");
        }
        if (size < 1 || size > settings.maxPageSize()) {
            throw InvalidInputException.field("size", "must be between 1 and " + settings.maxPageSize());
        }
        Set<String> terms = new LinkedHashSet<>(analyzer.terms(q, MAX_QUERY));
        if (terms.isEmpty()) {
            return new Results(q, page, size, 0, List.of());
        }
        String query = String.join(" ", terms);
        long total = jdbc.sql("select count(*)" + WHERE)
                .param("tenant", tenantId)
                .param("kind", SearchKinds.HELP)
                .param("query", query)
                .query(Long.class)
                .single();
        List<Hit> hits = jdbc.sql("select e.object_id, e.title, e.body, e.updated_at,"
                        + " ts_rank_cd(e.document, plainto_tsquery('simple', :query)) as score" + WHERE
                        + " order by score desc, e.updated_at desc, e.object_id limit :size offset :offset")
                .param("tenant", tenantId)
                .param("kind", SearchKinds.HELP)
                .param("query", query)
                .param("size", size)
                .param("offset", (long) page * size)
                .query((rs, i) -> new Hit(
                        rs.getString("object_id"),
                        rs.getString("title"),
                        snippets.highlightAll(rs.getString("title"), terms),
                        snippets.snippet(rs.getString("body"), terms, settings.snippetChars()),
                        rs.getTimestamp("updated_at").toInstant()))
                .list();
        return new Results(q, page, size, total, hits);
    }
}
