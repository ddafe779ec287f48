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
import io.crossflow.shared.ConflictException;
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
 * The tenant's help centre. Two kinds of help page live in it side by side: project pages the
 * project's internal members mark as help (published while marked), and the tenant's own help pages
 * (no project) that its help editors ({@link HelpEditors}) write with the page editor, publish and
 * withdraw ({@link HelpAuthoring}). Every user of the tenant, partners and customers included, reads
 * the published ones in the editors' order; outsiders read a help page's title and content, nothing
 * else of the page module (its versions, sharing, project and authors stay behind {@link Pages}' own
 * rules). Help pages are found through {@link HelpSearch}, only while published; a page that is no
 * (published) help page does not exist here (404), except for the editors, who see the drafts.
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
    private final HelpEditors editors;

    HelpCentre(
            PageStore store,
            HelpRows help,
            ProjectAccess access,
            SearchIndex index,
            HelpSearch search,
            ApplicationEventPublisher events,
            HelpEditors editors) {
        this.editors = editors;
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
        if (page.projectId() == null) {
            if (!editors.may(user)) {
                throw new NotFoundException("Page");
            }
            throw new ConflictException("A help page of the tenant always belongs to the help centre:"
                    + " withdraw it (unpublish) to hide it from partners and customers.");
        }
        Standing standing = access.findStanding(user, page.projectId())
                .filter(s -> s.seesShared(
                        page.sharing().organisationIds(), page.sharing().customers()))
                .orElseThrow(() -> new NotFoundException("Page"));
        if (!standing.internal()) {
            throw new ForbiddenException(INTERNAL_ONLY);
        }
        boolean changed =
                asHelp ? help.mark(user.tenantId(), pageId, user.id(), true) : help.unmark(user.tenantId(), pageId);
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

    /** A help page with its place in the help centre. */
    public record Entry(Page page, boolean published, int position) {

        /** Whether it is one of the tenant's own help pages (else a project page marked as help). */
        public boolean tenantPage() {
            return page.projectId() == null;
        }
    }

    /** Whether the caller writes the tenant's help pages. */
    public boolean editor(CurrentUser user) {
        return editors.may(user);
    }

    /** The help centre in its order: the published pages, and for the help editors the drafts too. */
    @Transactional(readOnly = true)
    public List<Entry> list(CurrentUser user) {
        return help.pages(user.tenantId(), editors.may(user)).stream()
                .map(r -> new Entry(store.find(user.tenantId(), r.pageId()).orElseThrow(), r.published(), r.position()))
                .toList();
    }

    /** A published help page of the caller's tenant (a draft too for editors); anything else is 404. */
    @Transactional(readOnly = true)
    public Entry get(CurrentUser user, UUID pageId) {
        HelpRows.Row row = help.find(user.tenantId(), pageId)
                .filter(r -> r.published() || editors.may(user))
                .orElseThrow(() -> new NotFoundException("Help page"));
        Page page = store.find(user.tenantId(), pageId).orElseThrow(() -> new NotFoundException("Help page"));
        return new Entry(page, row.published(), row.position());
    }

    public HelpSearch.Results search(CurrentUser user, String q, int page, int size) {
        return search.search(user.tenantId(), q, page, size);
    }

    /** A saved published help page is found by what it says now. */
    @EventListener
    void on(PageChanged event) {
        if (!event.action().equals("SAVED")
                || !help.find(event.tenantId(), event.pageId())
                        .map(HelpRows.Row::published)
                        .orElse(false)) {
            return;
        }
        store.find(event.tenantId(), event.pageId()).ifPresent(this::indexHelp);
    }

    void indexHelp(Page page) {
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
