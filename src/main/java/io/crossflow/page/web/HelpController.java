package io.crossflow.page.web;

import io.crossflow.identity.CurrentUser;
import io.crossflow.identity.CurrentUsers;
import io.crossflow.page.internal.HelpAuthoring;
import io.crossflow.page.internal.HelpCentre;
import io.crossflow.page.internal.Page;
import io.crossflow.search.HelpSearch;
import io.crossflow.shared.UserText;
import java.time.Instant;
import java.util.List;
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

/**
 * The help centre: every user of the tenant reads and searches its published help pages; internal
 * members mark project pages as help; the help editors write, publish and order the tenant's own.
 */
@RestController
class HelpController {

    private final HelpCentre help;
    private final HelpAuthoring authoring;

    HelpController(HelpCentre help, HelpAuthoring authoring) {
        this.help = help;
        this.authoring = authoring;
    }

    @GetMapping("/api/help/pages")
    List<HelpSummaryDto> list() {
        return help.list(CurrentUsers.require()).stream()
                .map(HelpSummaryDto::of)
                .toList();
    }

    /** Title and content only: a help page's project, sharing, versions and authors stay internal. */
    @GetMapping("/api/help/pages/{pageId}")
    HelpPageDto get(@PathVariable UUID pageId) {
        HelpCentre.Entry entry = help.get(CurrentUsers.require(), pageId);
        Page page = entry.page();
        return new HelpPageDto(page.id(), page.title(), page.content(), page.updatedAt(), entry.published());
    }

    /** Whether the caller writes the help centre (the help screen shows its editing tools then). */
    @GetMapping("/api/help/editor")
    EditorDto editor() {
        return new EditorDto(help.editor(CurrentUsers.require()));
    }

    /** A new tenant help page, a draft: edited further with {@code PUT /api/pages/{id}}. */
    @PostMapping("/api/help/pages")
    @ResponseStatus(HttpStatus.CREATED)
    HelpSummaryDto create(@RequestBody NewHelpPageDto body) {
        CurrentUser user = CurrentUsers.require();
        Page page = authoring.create(user, body == null ? null : body.title(), body == null ? null : body.content());
        return HelpSummaryDto.of(help.get(user, page.id()));
    }

    @PutMapping("/api/help/pages/{pageId}/published")
    HelpSummaryDto publish(@PathVariable UUID pageId, @RequestBody PublishedDto body) {
        return HelpSummaryDto.of(
                authoring.publish(CurrentUsers.require(), pageId, body == null ? null : body.published()));
    }

    @PutMapping("/api/help/order")
    List<HelpSummaryDto> order(@RequestBody OrderDto body) {
        return authoring.order(CurrentUsers.require(), body == null ? null : body.pageIds()).stream()
                .map(HelpSummaryDto::of)
                .toList();
    }

    @GetMapping("/api/help/search")
    HelpSearch.Results search(
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return help.search(CurrentUsers.require(), q, page, size);
    }

    @PutMapping("/api/pages/{pageId}/help")
    HelpMarkDto mark(@PathVariable UUID pageId, @RequestBody HelpMarkDto body) {
        CurrentUser user = CurrentUsers.require();
        return new HelpMarkDto(help.mark(user, pageId, body != null && Boolean.TRUE.equals(body.help())));
    }

    /**
     * @param source {@code TENANT} for the tenant's own help page, {@code PROJECT} for a project page marked as help
     * @param published false for a draft (only the help editors see drafts)
     */
    record HelpSummaryDto(UUID id, String title, Instant updatedAt, String source, boolean published) {
        static HelpSummaryDto of(HelpCentre.Entry e) {
            return new HelpSummaryDto(
                    e.page().id(),
                    e.page().title(),
                    e.page().updatedAt(),
                    e.tenantPage() ? "TENANT" : "PROJECT",
                    e.published());
        }
    }

    record HelpPageDto(UUID id, String title, String content, Instant updatedAt, boolean published) {}

    record NewHelpPageDto(String title, String content) {

        NewHelpPageDto {
            title = UserText.name("title", title);
        }
    }

    record PublishedDto(Boolean published) {}

    record OrderDto(List<UUID> pageIds) {}

    record EditorDto(boolean editor) {}

    record HelpMarkDto(Boolean help) {}
}
