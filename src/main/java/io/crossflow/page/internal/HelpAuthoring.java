package io.crossflow.page.internal;

import io.crossflow.identity.CurrentUser;
import io.crossflow.page.PageChanged;
import io.crossflow.search.SearchIndex;
import io.crossflow.search.SearchKinds;
import io.crossflow.shared.ConflictException;
import io.crossflow.shared.ForbiddenException;
import io.crossflow.shared.InvalidInputException;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The help editors ({@link HelpEditors}) at work on the help centre: they write the tenant's own
 * help pages (created here as drafts, then edited through {@link Pages} like every page, with its
 * versions and conflicts), publish and withdraw them, and order the whole help centre, project
 * pages marked as help included. Anyone else gets 403 (404 for a draft it cannot see).
 */
@Service
public class HelpAuthoring {

    static final String EDITORS_ONLY = "Only tenant administrators and the service desk write the help centre.";

    private final Pages pages;
    private final HelpRows help;
    private final HelpEditors editors;
    private final HelpCentre centre;
    private final SearchIndex index;
    private final ApplicationEventPublisher events;

    HelpAuthoring(
            Pages pages,
            HelpRows help,
            HelpEditors editors,
            HelpCentre centre,
            SearchIndex index,
            ApplicationEventPublisher events) {
        this.pages = pages;
        this.help = help;
        this.editors = editors;
        this.centre = centre;
        this.index = index;
        this.events = events;
    }

    /** A new help page of the tenant, a draft last in the order, that partners and customers do not see yet. */
    @Transactional
    public Page create(CurrentUser user, String title, String content) {
        requireEditor(user);
        Page page = pages.createForTenant(user, title, content);
        help.mark(user.tenantId(), page.id(), user.id(), false);
        return page;
    }

    /**
     * Publishes a tenant help page (every user of the tenant reads and finds it) or withdraws it
     * (a draft again). A project page marked as help is published while marked: its project's
     * members unmark it (409).
     */
    @Transactional
    public HelpCentre.Entry publish(CurrentUser user, UUID pageId, Boolean published) {
        HelpCentre.Entry entry = centre.get(user, pageId);
        requireEditor(user);
        if (published == null) {
            throw InvalidInputException.field("published", "is required");
        }
        if (!entry.tenantPage()) {
            throw new ConflictException("This page belongs to a project: its project's internal members take it"
                    + " out of the help centre by unmarking it.");
        }
        Page page = entry.page();
        if (help.publish(user.tenantId(), pageId, published)) {
            if (published) {
                centre.indexHelp(page);
            } else {
                index.remove(user.tenantId(), SearchKinds.HELP, pageId.toString());
            }
            events.publishEvent(new PageChanged(
                    page.tenantId(),
                    null,
                    page.id(),
                    user.id(),
                    published ? "PUBLISHED_AS_HELP" : "WITHDRAWN_FROM_HELP",
                    page.version(),
                    page.title(),
                    page.sharing().organisationIds(),
                    false,
                    Instant.now()));
        }
        return centre.get(user, pageId);
    }

    /** Orders the help centre: {@code pageIds} names every help page of the tenant once, first first. */
    @Transactional
    public List<HelpCentre.Entry> order(CurrentUser user, List<UUID> pageIds) {
        requireEditor(user);
        List<UUID> current = help.lock(user.tenantId());
        if (pageIds == null
                || pageIds.stream().anyMatch(Objects::isNull)
                || pageIds.size() != current.size()
                || !new HashSet<>(pageIds).equals(new HashSet<>(current))) {
            throw InvalidInputException.field(
                    "pageIds", "must name every page of the help centre exactly once (" + current.size() + " pages)");
        }
        help.order(user.tenantId(), pageIds);
        return centre.list(user);
    }

    private void requireEditor(CurrentUser user) {
        if (!editors.may(user)) {
            throw new ForbiddenException(EDITORS_ONLY);
        }
    }
}
