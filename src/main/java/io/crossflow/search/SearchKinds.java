package io.crossflow.search;

/** The kinds of objects in the search index. */
public final class SearchKinds {

    public static final String DOCUMENT = "document";
    public static final String PAGE = "page";
    public static final String WORK_ITEM = "work-item";
    public static final String TICKET = "ticket";
    /** A page marked as help: found through {@link HelpSearch} by everyone of the tenant, never by {@code /api/search}. */
    public static final String HELP = "help";

    private SearchKinds() {}
}
