package io.crossflow.page.internal;

import io.crossflow.identity.CurrentUser;
import io.crossflow.identity.UserSummary;
import io.crossflow.identity.Users;
import io.crossflow.page.PageChanged;
import io.crossflow.page.PageProperties;
import io.crossflow.project.ParticipantRole;
import io.crossflow.project.ProjectAccess;
import io.crossflow.project.Standing;
import io.crossflow.search.Audience;
import io.crossflow.search.SearchEntry;
import io.crossflow.search.SearchIndex;
import io.crossflow.search.SearchKinds;
import io.crossflow.shared.ConflictException;
import io.crossflow.shared.ForbiddenException;
import io.crossflow.shared.InvalidInputException;
import io.crossflow.shared.NotFoundException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, reads and saves pages under the access policy ({@link Standing#seesShared}): internal
 * users of the project see and edit every page and alone create pages and change their sharing;
 * partners and customers see and edit the pages shared with them. A save names the version it
 * started from; if someone saved since, it is refused with a 409 that carries the current version,
 * who saved it and the diff from the caller's version to it.
 *
 * <p>A page without a project is one of the tenant's own help pages ({@link HelpCentre}): only the
 * help editors ({@link HelpEditors}) see it here and edit it, with the same versions and conflicts;
 * everyone else reads it, once published, through the help centre.
 */
@Service
public class Pages {

    private final PageStore store;
    private final ProjectAccess access;
    private final SearchIndex index;
    private final Users users;
    private final ApplicationEventPublisher events;
    private final PageProperties settings;
    private final HelpEditors helpEditors;

    Pages(
            PageStore store,
            ProjectAccess access,
            SearchIndex index,
            Users users,
            ApplicationEventPublisher events,
            PageProperties settings,
            HelpEditors helpEditors) {
        this.helpEditors = helpEditors;
        this.store = store;
        this.access = access;
        this.index = index;
        this.users = users;
        this.events = events;
        this.settings = settings;
    }

    @Transactional(readOnly = true)
    public List<Page> list(CurrentUser user, UUID projectId) {
        Standing standing = access.standing(user, projectId);
        return store.inProject(user.tenantId(), projectId).stream()
                .filter(p -> sees(standing, p))
                .toList();
    }

    @Transactional
    public Page create(CurrentUser user, UUID projectId, String title, String content, Sharing sharing) {
        Standing standing = access.standing(user, projectId);
        if (!standing.internal()) {
            throw new ForbiddenException("Only the project's internal members create pages.");
        }
        Sharing scope = sharing == null ? Sharing.INTERNAL : sharing;
        String sanitised = validate(title, content, 1);
        checkParticipants(standing, scope);
        Instant now = now();
        Page page = new Page(
                UUID.randomUUID(),
                user.tenantId(),
                projectId,
                title.strip(),
                sanitised,
                1,
                scope,
                user.id(),
                now,
                user.id(),
                now);
        store.insert(page);
        indexAndAnnounce(page, user, "CREATED");
        return page;
    }

    /**
     * Creates one of the tenant's own help pages (no project, shared with nobody: the help centre
     * decides who reads it). The caller is a help editor; {@link HelpCentre} checked it.
     */
    Page createForTenant(CurrentUser user, String title, String content) {
        String sanitised = validate(title, content, 1);
        Instant now = now();
        Page page = new Page(
                UUID.randomUUID(),
                user.tenantId(),
                null,
                title.strip(),
                sanitised,
                1,
                Sharing.INTERNAL,
                user.id(),
                now,
                user.id(),
                now);
        store.insert(page);
        indexAndAnnounce(page, user, "CREATED");
        return page;
    }

    @Transactional(readOnly = true)
    public Page get(CurrentUser user, UUID pageId) {
        return visible(user, pageId).page();
    }

    /**
     * Saves a new version. {@code sharing} null keeps the page's sharing; only internal users may
     * change it (403 for others).
     */
    @Transactional
    public Page save(
            CurrentUser user, UUID pageId, String title, String content, Sharing sharing, Integer baseVersion) {
        Visible visible = visible(user, pageId);
        Page current = visible.page();
        if (baseVersion == null || baseVersion < 1 || baseVersion > current.version()) {
            throw InvalidInputException.field(
                    "baseVersion", "must be a version of this page (1 to " + current.version() + ")");
        }
        Sharing scope = sharing == null ? current.sharing() : sharing;
        if (!scope.equals(current.sharing()) && current.projectId() == null) {
            throw InvalidInputException.field(
                    "sharing", "is not used: every user of the tenant reads a published help page");
        }
        if (!scope.equals(current.sharing())) {
            if (!visible.standing().internal()) {
                throw new ForbiddenException("Only the project's internal members change who a page is shared with.");
            }
            checkParticipants(visible.standing(), scope);
        }
        String sanitised = validate(title, content, baseVersion);
        Page saved = new Page(
                current.id(),
                current.tenantId(),
                current.projectId(),
                title.strip(),
                sanitised,
                baseVersion + 1,
                scope,
                current.createdBy(),
                current.createdAt(),
                user.id(),
                now());
        if (baseVersion != current.version() || !store.saveIfAt(saved, baseVersion)) {
            throw conflict(pageId, user.tenantId(), baseVersion);
        }
        indexAndAnnounce(saved, user, "SAVED");
        return saved;
    }

    @Transactional(readOnly = true)
    public List<PageVersion> versions(CurrentUser user, UUID pageId) {
        visible(user, pageId);
        return store.versions(pageId);
    }

    @Transactional(readOnly = true)
    public PageVersion version(CurrentUser user, UUID pageId, int version) {
        visible(user, pageId);
        return store.version(pageId, version).orElseThrow(() -> new NotFoundException("Page version"));
    }

    /** The diff between two versions; {@code to} defaults to the current one, {@code from} to the one before it. */
    @Transactional(readOnly = true)
    public PageDiffs.Diff diff(CurrentUser user, UUID pageId, Integer from, Integer to) {
        Page page = visible(user, pageId).page();
        int newer = to == null ? page.version() : to;
        int older = from == null ? Math.max(1, newer - 1) : from;
        PageVersion a = store.version(pageId, older).orElseThrow(() -> new NotFoundException("Page version"));
        PageVersion b = store.version(pageId, newer).orElseThrow(() -> new NotFoundException("Page version"));
        return PageDiffs.diff(a, b);
    }

    /** Who a user is, for display; null when unknown. */
    public UserSummary user(UUID tenantId, UUID userId) {
        return userId == null ? null : users.find(tenantId, userId).orElse(null);
    }

    private ConflictException conflict(UUID pageId, UUID tenantId, int baseVersion) {
        Page now = store.find(tenantId, pageId).orElseThrow(() -> new NotFoundException("Page"));
        PageVersion base = store.version(pageId, baseVersion).orElseThrow();
        UserSummary savedBy = user(tenantId, now.updatedBy());
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("currentVersion", now.version());
        properties.put(
                "savedBy",
                savedBy == null
                        ? Map.of("id", now.updatedBy())
                        : Map.of("id", savedBy.id(), "displayName", savedBy.displayName()));
        properties.put("savedAt", now.updatedAt());
        properties.put("diff", PageDiffs.diff(base, now.current()));
        String who = savedBy == null ? "Someone else" : savedBy.displayName();
        return new ConflictException(
                who + " saved version " + now.version() + " of this page after your version " + baseVersion
                        + ". Review their change and apply yours to the current version.",
                properties);
    }

    private void indexAndAnnounce(Page page, CurrentUser user, String action) {
        if (page.projectId() != null) { // a tenant help page is found as help only (HelpCentre)
            putInIndex(page);
        }
        events.publishEvent(new PageChanged(
                page.tenantId(),
                page.projectId(),
                page.id(),
                user.id(),
                action,
                page.version(),
                page.title(),
                page.sharing().organisationIds(),
                page.sharing().customers(),
                page.updatedAt()));
    }

    private void putInIndex(Page page) {
        index.put(new SearchEntry(
                page.tenantId(),
                page.projectId(),
                SearchKinds.PAGE,
                page.id().toString(),
                page.title(),
                HtmlContent.text(page.content()),
                Audience.of(page.sharing().organisationIds(), page.sharing().customers()),
                page.updatedAt()));
    }

    private Visible visible(CurrentUser user, UUID pageId) {
        Page page = store.find(user.tenantId(), pageId).orElseThrow(() -> new NotFoundException("Page"));
        if (page.projectId() == null) {
            if (!helpEditors.may(user)) {
                throw new NotFoundException("Page");
            }
            return new Visible(null, page);
        }
        Standing standing = access.findStanding(user, page.projectId())
                .filter(s -> sees(s, page))
                .orElseThrow(() -> new NotFoundException("Page"));
        return new Visible(standing, page);
    }

    private static boolean sees(Standing standing, Page page) {
        return standing.seesShared(
                page.sharing().organisationIds(), page.sharing().customers());
    }

    private String validate(String title, String content, int baseVersion) {
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        if (title == null || title.isBlank()) {
            errors.add(new InvalidInputException.FieldError("title", "is required"));
        } else if (title.strip().length() > settings.maxTitleChars()) {
            errors.add(new InvalidInputException.FieldError(
                    "title", "must be at most " + settings.maxTitleChars() + " characters"));
        }
        if (content != null && content.length() > settings.maxContentChars()) {
            errors.add(new InvalidInputException.FieldError(
                    "content", "must be at most " + settings.maxContentChars() + " characters"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("Please correct the highlighted fields.", errors);
        }
        return HtmlContent.sanitise(content);
    }

    private void checkParticipants(Standing standing, Sharing sharing) {
        Set<UUID> participants = new HashSet<>();
        for (ParticipantRole role : ParticipantRole.values()) {
            participants.addAll(access.organisationsInRole(
                    standing.project().tenantId(), standing.project().id(), role));
        }
        if (!participants.containsAll(sharing.organisationIds())) {
            throw InvalidInputException.field(
                    "sharing.organisationIds", "must name organisations taking part in the project");
        }
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    /** A page the caller sees; {@code standing} null for a tenant help page (its editors see it). */
    record Visible(Standing standing, Page page) {}
}
