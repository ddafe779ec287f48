package io.crossflow.page.web;

import io.crossflow.identity.CurrentUser;
import io.crossflow.identity.CurrentUsers;
import io.crossflow.identity.UserSummary;
import io.crossflow.page.internal.HelpCentre;
import io.crossflow.page.internal.Page;
import io.crossflow.page.internal.PageDiffs;
import io.crossflow.page.internal.PageVersion;
import io.crossflow.page.internal.Pages;
import io.crossflow.page.internal.Sharing;
import io.crossflow.shared.UserText;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class PageController {

    private final Pages pages;
    private final HelpCentre help;

    PageController(Pages pages, HelpCentre help) {
        this.pages = pages;
        this.help = help;
    }

    @GetMapping("/api/projects/{projectId}/pages")
    List<PageSummaryDto> list(@PathVariable UUID projectId) {
        CurrentUser user = CurrentUsers.require();
        return pages.list(user, projectId).stream()
                .map(p -> PageSummaryDto.of(p, author(user, p.updatedBy()), help.isHelp(user, p.id())))
                .toList();
    }

    @PostMapping("/api/projects/{projectId}/pages")
    @ResponseStatus(HttpStatus.CREATED)
    PageDto create(@PathVariable UUID projectId, @RequestBody NewPageDto body) {
        CurrentUser user = CurrentUsers.require();
        Page page = pages.create(user, projectId, body.title(), body.content(), SharingDto.toSharing(body.sharing()));
        return dto(user, page);
    }

    @GetMapping("/api/pages/{pageId}")
    PageDto get(@PathVariable UUID pageId) {
        CurrentUser user = CurrentUsers.require();
        return dto(user, pages.get(user, pageId));
    }

    @PutMapping("/api/pages/{pageId}")
    PageDto save(@PathVariable UUID pageId, @RequestBody SavePageDto body) {
        CurrentUser user = CurrentUsers.require();
        Page page = pages.save(
                user, pageId, body.title(), body.content(), SharingDto.toSharing(body.sharing()), body.baseVersion());
        return dto(user, page);
    }

    @GetMapping("/api/pages/{pageId}/versions")
    List<VersionSummaryDto> versions(@PathVariable UUID pageId) {
        CurrentUser user = CurrentUsers.require();
        return pages.versions(user, pageId).stream()
                .map(v -> new VersionSummaryDto(v.version(), v.title(), author(user, v.savedBy()), v.savedAt()))
                .toList();
    }

    @GetMapping("/api/pages/{pageId}/versions/{version}")
    VersionDto version(@PathVariable UUID pageId, @PathVariable int version) {
        CurrentUser user = CurrentUsers.require();
        PageVersion v = pages.version(user, pageId, version);
        return new VersionDto(v.version(), v.title(), v.content(), author(user, v.savedBy()), v.savedAt());
    }

    @GetMapping("/api/pages/{pageId}/diff")
    PageDiffs.Diff diff(
            @PathVariable UUID pageId,
            @RequestParam(required = false) Integer from,
            @RequestParam(required = false) Integer to) {
        return pages.diff(CurrentUsers.require(), pageId, from, to);
    }

    private PageDto dto(CurrentUser user, Page page) {
        return new PageDto(
                page.id(),
                page.projectId(),
                page.title(),
                page.content(),
                page.version(),
                SharingDto.of(page.sharing()),
                author(user, page.createdBy()),
                page.createdAt(),
                author(user, page.updatedBy()),
                page.updatedAt(),
                help.isHelp(user, page.id()));
    }

    private UserDto author(CurrentUser user, UUID id) {
        UserSummary summary = pages.user(user.tenantId(), id);
        return summary == null ? new UserDto(id, null) : new UserDto(id, summary.displayName());
    }

    record NewPageDto(String title, String content, SharingDto sharing) {

        NewPageDto {
            title = UserText.name("title", title);
        }
    }

    record SavePageDto(String title, String content, SharingDto sharing, Integer baseVersion) {

        SavePageDto {
            title = UserText.name("title", title);
        }
    }

    record SharingDto(boolean customers, Set<UUID> organisationIds) {
        static SharingDto of(Sharing sharing) {
            return new SharingDto(sharing.customers(), sharing.organisationIds());
        }

        static Sharing toSharing(SharingDto dto) {
            return dto == null ? null : new Sharing(dto.customers(), dto.organisationIds());
        }
    }

    record UserDto(UUID id, String displayName) {}

    record PageDto(
            UUID id,
            UUID projectId,
            String title,
            String content,
            int version,
            SharingDto sharing,
            UserDto createdBy,
            Instant createdAt,
            UserDto updatedBy,
            Instant updatedAt,
            boolean help) {}

    record PageSummaryDto(
            UUID id,
            UUID projectId,
            String title,
            int version,
            SharingDto sharing,
            UserDto updatedBy,
            Instant updatedAt,
            boolean help) {
        static PageSummaryDto of(Page p, UserDto updatedBy, boolean help) {
            return new PageSummaryDto(
                    p.id(),
                    p.projectId(),
                    p.title(),
                    p.version(),
                    SharingDto.of(p.sharing()),
                    updatedBy,
                    p.updatedAt(),
                    help);
        }
    }

    record VersionSummaryDto(int version, String title, UserDto savedBy, Instant savedAt) {}

    record VersionDto(int version, String title, String content, UserDto savedBy, Instant savedAt) {}
}
