package io.crossflow.search.internal;

import io.crossflow.identity.CurrentUser;
import io.crossflow.project.ProjectAccess;
import io.crossflow.project.Standing;
import io.crossflow.search.SearchKinds;
import io.crossflow.search.SearchProperties;
import io.crossflow.shared.InvalidInputException;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers searches from {@code srch_entry}, scoped by the access policy: only projects the caller
 * sees ({@link ProjectAccess#visibleProjectIds}); within them internal users find every entry,
 * partners the entries shared with their organisation (or with themselves), customers those
 * shared with the project's customers or with their own organisation. Ranked by
 * {@code ts_rank_cd} with titles weighted above bodies; snippets are highlighted on the original
 * text.
 */
@Service
public class SearchQueries {

    static final List<String> KINDS =
            List.of(SearchKinds.DOCUMENT, SearchKinds.PAGE, SearchKinds.WORK_ITEM, SearchKinds.TICKET);
    private static final int MAX_QUERY = 500;

    private final JdbcClient jdbc;
    private final ProjectAccess access;
    private final TextAnalyzer analyzer;
    private final Snippets snippets;
    private final SearchProperties settings;

    SearchQueries(
            JdbcClient jdbc,
            ProjectAccess access,
            TextAnalyzer analyzer,
            Snippets snippets,
            SearchProperties settings) {
        this.jdbc = jdbc;
        this.access = access;
        this.analyzer = analyzer;
        this.snippets = snippets;
        this.settings = settings;
    }

    @Transactional(readOnly = true)
    public Results search(CurrentUser user, String q, UUID projectId, String kind, int page, int size) {
        validate(q, kind, page, size);
        List<UUID> projects = access.projectsFor(user, projectId);
        Set<String> terms = new LinkedHashSet<>(analyzer.terms(q, MAX_QUERY));
        Map<String, Long> facets = new LinkedHashMap<>();
        KINDS.forEach(k -> facets.put(k, 0L));
        if (projects.isEmpty() || terms.isEmpty()) {
            return new Results(q, page, size, 0, facets, List.of());
        }
        String scope = scope(user);
        String where = " from srch_entry e where e.tenant_id = :tenant and e.project_id in (:projects)"
                + " and e.kind in (:kinds) and e.document @@ plainto_tsquery('simple', :query)" + scope;
        Map<String, Object> params = new HashMap<>();
        params.put("tenant", user.tenantId());
        params.put("projects", projects);
        params.put("kinds", KINDS);
        params.put("query", String.join(" ", terms));
        if (!scope.isEmpty()) {
            params.put("organisation", user.organisationId());
            params.put("user", user.id());
        }
        jdbc.sql("select e.kind, count(*) as n" + where + " group by e.kind")
                .params(params)
                .query((rs, i) -> facets.put(rs.getString("kind"), rs.getLong("n")))
                .list();
        long total = kind == null
                ? facets.values().stream().mapToLong(Long::longValue).sum()
                : facets.getOrDefault(kind, 0L);
        if (kind != null) {
            params.put("kind", kind);
        }
        params.put("size", size);
        params.put("offset", (long) page * size);
        List<Row> rows = jdbc.sql("select e.kind, e.object_id, e.project_id, e.title, e.body, e.updated_at,"
                        + " ts_rank_cd(e.document, plainto_tsquery('simple', :query)) as score"
                        + where + (kind == null ? "" : " and e.kind = :kind")
                        + " order by score desc, e.updated_at desc, e.object_id limit :size offset :offset")
                .params(params)
                .query((rs, i) -> new Row(
                        rs.getString("kind"),
                        rs.getString("object_id"),
                        rs.getObject("project_id", UUID.class),
                        rs.getString("title"),
                        rs.getString("body"),
                        rs.getTimestamp("updated_at").toInstant(),
                        rs.getDouble("score")))
                .list();
        Map<UUID, String> projectNames = new HashMap<>();
        List<Hit> hits = rows.stream()
                .map(r -> new Hit(
                        r.kind(),
                        r.objectId(),
                        r.projectId(),
                        projectNames.computeIfAbsent(
                                r.projectId(),
                                id -> access.findStanding(user, id)
                                        .map(Standing::project)
                                        .map(p -> p.name())
                                        .orElse(null)),
                        r.title(),
                        snippets.highlightAll(r.title(), terms),
                        snippets.snippet(r.body(), terms, settings.snippetChars()),
                        r.score(),
                        r.updatedAt()))
                .toList();
        return new Results(q, page, size, total, facets, hits);
    }

    /** The extra condition for callers outside the host company; internal users see every entry. */
    private static String scope(CurrentUser user) {
        if (user.internal()) {
            return "";
        }
        if (user.partner()) {
            return " and (:organisation = any(e.audience_orgs) or :user = any(e.audience_users))";
        }
        if (user.customer()) {
            return " and (e.audience_customers or :organisation = any(e.audience_orgs))";
        }
        return " and false";
    }

    private void validate(String q, String kind, int page, int size) {
        if (q == null || q.isBlank()) {
            throw InvalidInputException.field("q", "is required");
        }
        if (q.length() > MAX_QUERY) {
            throw InvalidInputException.field("q", "must be at most " + MAX_QUERY + " characters");
        }
        if (kind != null && !KINDS.contains(kind)) {
            throw InvalidInputException.field("kind", "must be one of " + String.join(", ", KINDS));
        }
        if (page < 0) {
            throw InvalidInputException.field("page", "must be 0 or more");
        }
        if (size < 1 || size > settings.maxPageSize()) {
            throw InvalidInputException.field("size", "must be between 1 and " + settings.maxPageSize());
        }
    }

    private record Row(
            String kind, String objectId, UUID projectId, String title, String body, Instant updatedAt, double score) {}

    /** One page of results; {@code facets}: hits per kind, whatever {@code kind} filtered. */
    public record Results(String query, int page, int size, long total, Map<String, Long> facets, List<Hit> hits) {}

    /**
     * One found object.
     *
     * @param highlightedTitle the title, HTML-escaped, hits in {@code <mark>}
     * @param snippet part of the body around the first hit, HTML-escaped, hits in {@code <mark>}
     */
    public record Hit(
            String kind,
            String objectId,
            UUID projectId,
            String projectName,
            String title,
            String highlightedTitle,
            String snippet,
            double score,
            Instant updatedAt) {}
}
