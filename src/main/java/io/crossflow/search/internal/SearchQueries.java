package io.crossflow.search.internal;

import io.crossflow.identity.CurrentUser;
import io.crossflow.project.ProjectAccess;
import io.crossflow.project.Standing;
import io.crossflow.search.SearchKinds;
import io.crossflow.search.SearchProperties;
import io.crossflow.shared.InvalidInputException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
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
        if (projects.isEmpty()) {
            return new Results(q, page, size, 0, zero(KINDS), List.of());
        }
        String scope = scope(user);
        Map<String, Object> params = new HashMap<>();
        params.put("projects", projects);
        if (!scope.isEmpty()) {
            params.put("organisation", user.organisationId());
            params.put("user", user.id());
        }
        Map<UUID, String> projectNames = new HashMap<>();
        return matching(
                user.tenantId(),
                KINDS,
                " and e.project_id in (:projects)" + scope,
                params,
                q,
                kind,
                page,
                size,
                id -> projectNames.computeIfAbsent(
                        id,
                        p -> access.findStanding(user, p)
                                .map(Standing::project)
                                .map(found -> found.name())
                                .orElse(null)));
    }

    /**
     * The tenant's entries of the given kinds matching {@code q}, whatever their project and
     * audience (the caller decided who may find them): the help centre ({@link JdbcHelpSearch})
     * matches exactly as {@code /api/search} does, words first, then parts of words.
     */
    Results anywhere(UUID tenantId, List<String> kinds, String q, int page, int size) {
        return matching(tenantId, kinds, "", new HashMap<>(), q, null, page, size, id -> null);
    }

    /**
     * The matcher itself. {@code scope} narrows the entries (SQL on {@code e}, its parameters in
     * {@code params}); whole words rank first, parts of words (the CJK n-grams) after them.
     */
    private Results matching(
            UUID tenantId,
            List<String> kinds,
            String scope,
            Map<String, Object> params,
            String q,
            String kind,
            int page,
            int size,
            Function<UUID, String> projectName) {
        Set<String> terms = new LinkedHashSet<>(analyzer.terms(q, MAX_QUERY));
        Set<String> grams = analyzer.queryGrams(q, MAX_QUERY);
        List<String> parts = analyzer.cjkRuns(q, MAX_QUERY);
        Map<String, Long> facets = zero(kinds);
        if (terms.isEmpty() && grams.isEmpty()) {
            return new Results(q, page, size, 0, facets, List.of());
        }
        String base = " from srch_entry e where e.tenant_id = :tenant and e.kind in (:kinds)" + scope;
        String words = base + " and e.document @@ plainto_tsquery('simple', :query)";
        params.put("tenant", tenantId);
        params.put("kinds", kinds);
        params.put("query", String.join(" ", terms));
        if (kind != null) {
            params.put("kind", kind);
        }
        String ofKind = kind == null ? "" : " and e.kind = :kind";
        long offset = (long) page * size;

        // 1. whole words, exactly as before the n-grams existed
        Map<String, Long> wordFacets = terms.isEmpty() ? zero(kinds) : count(words, params, kinds);
        long wordTotal = total(wordFacets, kind);
        List<Row> rows = new ArrayList<>();
        if (offset < wordTotal) {
            params.put("size", size);
            params.put("offset", offset);
            rows.addAll(jdbc.sql("select e.kind, e.object_id, e.project_id, e.title, e.body, e.updated_at,"
                            + " ts_rank_cd(e.document, plainto_tsquery('simple', :query)) as score"
                            + words + ofKind
                            + " order by score desc, e.updated_at desc, e.object_id limit :size offset :offset")
                    .params(params)
                    .query(SearchQueries::row)
                    .list());
        }

        // 2. parts of words (CJK characters the words do not cover), ranked after every word hit
        Map<String, Long> partFacets = zero(kinds);
        if (wantsParts(terms, grams, wordFacets)) {
            List<String> latin = terms.stream().filter(t -> !hasCjk(t)).toList();
            // the n-grams live in srch_gram, which only this tier reads
            String partsOnly = base
                    + " and exists (select 1 from srch_gram g where g.tenant_id = e.tenant_id and g.kind = e.kind"
                    + " and g.object_id = e.object_id and g.grams @@ plainto_tsquery('simple', :grams))"
                    + (latin.isEmpty() ? "" : " and e.document @@ plainto_tsquery('simple', :latin)")
                    + (terms.isEmpty() ? "" : " and not (e.document @@ plainto_tsquery('simple', :query))");
            params.put("grams", String.join(" ", grams));
            params.put("latin", String.join(" ", latin));
            partFacets.putAll(count(partsOnly, params, kinds));
            long partTotal = total(partFacets, kind);
            int wanted = size - rows.size();
            long partOffset = Math.max(0, offset - wordTotal);
            if (wanted > 0 && partOffset < partTotal) {
                params.put("size", wanted);
                params.put("offset", partOffset);
                rows.addAll(jdbc.sql("select e.kind, e.object_id, e.project_id, e.title, e.body, e.updated_at,"
                                + " 0.0 as score" + partsOnly + ofKind
                                + " order by e.updated_at desc, e.object_id limit :size offset :offset")
                        .params(params)
                        .query(SearchQueries::row)
                        .list());
            }
        }
        kinds.forEach(k -> facets.put(k, wordFacets.get(k) + partFacets.get(k)));
        long total = total(facets, kind);
        List<Hit> hits = rows.stream()
                .map(r -> new Hit(
                        r.kind(),
                        r.objectId(),
                        r.projectId(),
                        r.projectId() == null ? null : projectName.apply(r.projectId()),
                        r.title(),
                        snippets.highlightAll(r.title(), terms, parts),
                        snippets.snippet(r.body(), terms, parts, settings.snippetChars()),
                        r.score(),
                        r.updatedAt()))
                .toList();
        return new Results(q, page, size, total, facets, hits);
    }

    /**
     * Whether the n-grams are asked as well: when the query holds CJK that the segmenter left as
     * single characters (焊, 砂, 轮 箱: not words of its dictionary, so most likely part of one), or
     * when its CJK words found nothing. A query of whole words that finds something is answered
     * by the word index alone, exactly as fast as without the n-grams.
     */
    private static boolean wantsParts(Set<String> terms, Set<String> grams, Map<String, Long> wordFacets) {
        if (grams.isEmpty()) {
            return false;
        }
        boolean singleCharacter = terms.stream().anyMatch(t -> t.length() == 1 && TextAnalyzer.isCjk(t.charAt(0)));
        return singleCharacter || total(wordFacets, null) == 0;
    }

    private Map<String, Long> count(String where, Map<String, Object> params, List<String> kinds) {
        Map<String, Long> facets = zero(kinds);
        jdbc.sql("select e.kind, count(*) as n" + where + " group by e.kind")
                .params(params)
                .query((rs, i) -> facets.put(rs.getString("kind"), rs.getLong("n")))
                .list();
        return facets;
    }

    private static Map<String, Long> zero(List<String> kinds) {
        Map<String, Long> facets = new LinkedHashMap<>();
        kinds.forEach(k -> facets.put(k, 0L));
        return facets;
    }

    private static long total(Map<String, Long> facets, String kind) {
        return kind == null
                ? facets.values().stream().mapToLong(Long::longValue).sum()
                : facets.getOrDefault(kind, 0L);
    }

    private static boolean hasCjk(String term) {
        return term.chars().anyMatch(c -> TextAnalyzer.isCjk((char) c));
    }

    private static Row row(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new Row(
                rs.getString("kind"),
                rs.getString("object_id"),
                rs.getObject("project_id", UUID.class),
                rs.getString("title"),
                rs.getString("body"),
                rs.getTimestamp("updated_at").toInstant(),
                rs.getDouble("score"));
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
