package io.crossflow.page.internal;

import io.crossflow.identity.CurrentUser;
import io.crossflow.page.PageChanged;
import io.crossflow.project.ProjectAccess;
import io.crossflow.project.Standing;
import io.crossflow.search.Audience;
import io.crossflow.search.HelpSearch;
import io.crossflow.search.SearchEntry;
import io.crossflow.search.SearchIndex;
import io.crossflow.search.SearchKinds;
import io.crossflow.shared.ForbiddenException;
import io.crossflow.shared.NotFoundException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tenant's help centre: project pages the project's internal members mark as help are read by
 * every user of the tenant, partners and customers included, whether or not they take part in the
 * page's project. Outsiders read a help page's title and content, nothing else of the page module
 * (its versions, sharing, project and authors stay behind {@link Pages}' own rules). A help page is
 * found through {@link HelpSearch}; a page that is no help page does not exist here (404).
 */
@Service
public class HelpCentre {

    static final String INTERNAL_ONLY = "Only the project's internal members choose which pages are help.";

    private final PageStore store;
    private final HelpRows help;
    private final ProjectAccess access;
    private final SearchIndex index;
    private final HelpSearch search;
    private final ApplicationEventPublisher events;

    HelpCentre(
            PageStore store,
            HelpRows help,
            ProjectAccess access,
            SearchIndex index,
            HelpSearch search,
            ApplicationEventPublisher events) {
        this.store = store;
        this.help = help;
        this.access = access;
        this.index = index;
        this.search = search;
        this.events = events;
    }

    /**
     * Marks a page as help or takes it out of the help centre. The page must be one the caller sees
     * (else 404), and the caller an internal member of its project (else 403).
     */
    @Transactional
    public boolean mark(CurrentUser user, UUID pageId, boolean asHelp) {
        Page page = store.find(user.tenantId(), pageId).orElseThrow(() -> new NotFoundException("Page"));
        Standing standing = access.findStanding(user, page.projectId())
                .filter(s -> s.seesShared(
                        page.sharing().organisationIds(), page.sharing().customers()))
                .orElseThrow(() -> new NotFoundException("Page"));
        if (!standing.internal()) {
            throw new ForbiddenException(INTERNAL_ONLY);
        }
        boolean changed = asHelp ? help.mark(user.tenantId(), pageId, user.id()) : help.unmark(user.tenantId(), pageId);
        if (asHelp) {
            indexHelp(page);
        } else {
            index.remove(user.tenantId(), SearchKinds.HELP, pageId.toString());
        }
        if (changed) {
            events.publishEvent(new PageChanged(
                    page.tenantId(),
                    page.projectId(),
                    page.id(),
                    user.id(),
                    asHelp ? "MARKED_AS_HELP" : "UNMARKED_AS_HELP",
                    page.version(),
                    page.title(),
                    page.sharing().organisationIds(),
                    page.sharing().customers(),
                    Instant.now()));
        }
        return asHelp;
    }

    /** Whether the page is a help page (for the page's own screen). */
    @Transactional(readOnly = true)
    public boolean isHelp(CurrentUser user, UUID pageId) {
        return help.isHelp(user.tenantId(), pageId);
    }

    /** Every help page of the caller's tenant, most recently changed first. */
    @Transactional(readOnly = true)
    public List<Page> list(CurrentUser user) {
        return help.pages(user.tenantId()).stream()
                .map(id -> store.find(user.tenantId(), id).orElseThrow())
                .toList();
    }

    /** A help page of the caller's tenant; any other page, or one of another tenant, is 404. */
    @Transactional(readOnly = true)
    public Page get(CurrentUser user, UUID pageId) {
        if (!help.isHelp(user.tenantId(), pageId)) {
            throw new NotFoundException("Help page");
        }
        return store.find(user.tenantId(), pageId).orElseThrow(() -> new NotFoundException("Help page"));
    }

    public HelpSearch.Results search(CurrentUser user, String q, int page, int size) {
        return search.search(user.tenantId(), q, page, size);
    }

    /** A saved help page is found by what it says now. */
    @EventListener
    void on(PageChanged event) {
        if (!event.action().equals("SAVED") || !help.isHelp(event.tenantId(), event.pageId())) {
            return;
        }
        store.find(event.tenantId(), event.pageId()).ifPresent(this::indexHelp);
    }

    private void indexHelp(Page page) {
        index.put(new SearchEntry(
                page.tenantId(),
                page.projectId(),
                SearchKinds.HELP,
                page.id().toString(),
                page.title(),
                HtmlContent.text(page.content()),
                Audience.INTERNAL,
                page.updatedAt()));
    }
}
