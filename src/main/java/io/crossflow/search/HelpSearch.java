package io.crossflow.search;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Searches a tenant's help centre: the entries of kind {@link SearchKinds#HELP}, analysed like
 * every other entry (Chinese segmented into words). Every user of the tenant may find every help
 * entry; the caller (the page module) decides who may search.
 */
public interface HelpSearch {

    /** One page of help entries matching {@code q}, best first; 400 for a blank or over-long query. */
    Results search(UUID tenantId, String q, int page, int size);

    /**
     * @param objectId the help page's id
     * @param highlightedTitle the title, HTML-escaped, hits in {@code <mark>}
     * @param snippet part of the body around the first hit, HTML-escaped, hits in {@code <mark>}
     */
    record Hit(String objectId, String title, String highlightedTitle, String snippet, Instant updatedAt) {}

    record Results(String query, int page, int size, long total, List<Hit> hits) {}
}
