package io.crossflow.search;

import java.util.UUID;

/**
 * The write side of search. Modules call it in their own transaction when a searchable object is
 * created, changed or deleted, so the index never shows what the object no longer says.
 */
public interface SearchIndex {

    /** Adds the entry, or replaces the one with the same tenant, kind and object id. */
    void put(SearchEntry entry);

    /** Removes the entry if it is there. */
    void remove(UUID tenantId, String kind, String objectId);
}
