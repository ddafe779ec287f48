package io.crossflow.search.internal;

import io.crossflow.search.HelpSearch;
import io.crossflow.search.SearchKinds;
import io.crossflow.search.SearchProperties;
import io.crossflow.shared.InvalidInputException;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link HelpSearch} through the one matcher of {@link SearchQueries}: whole words first, then
 * parts of words (a single Chinese character, 轮箱 in 齿轮箱), over the tenant's help entries
 * whatever their project (a tenant help page has none).
 */
@Component
class JdbcHelpSearch implements HelpSearch {

    private static final int MAX_QUERY = 500;

    private final SearchQueries queries;
    private final SearchProperties settings;

    JdbcHelpSearch(SearchQueries queries, SearchProperties settings) {
        this.queries = queries;
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
        SearchQueries.Results found = queries.anywhere(tenantId, List.of(SearchKinds.HELP), q, page, size);
        return new Results(
                q,
                page,
                size,
                found.total(),
                found.hits().stream()
                        .map(h -> new Hit(h.objectId(), h.title(), h.highlightedTitle(), h.snippet(), h.updatedAt()))
                        .toList());
    }
}
