package io.crossflow.page.web;

import io.crossflow.identity.CurrentUser;
import io.crossflow.identity.CurrentUsers;
import io.crossflow.page.internal.HelpCentre;
import io.crossflow.page.internal.Page;
import io.crossflow.search.HelpSearch;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The help centre: every user of the tenant reads and searches its help pages; internal members mark them. */
@RestController
class HelpController {

    private final HelpCentre help;

    HelpController(HelpCentre help) {
        this.help = help;
    }

    @GetMapping("/api/help/pages")
    List<HelpSummaryDto> list() {
        return help.list(CurrentUsers.require()).stream()
                .map(p -> new HelpSummaryDto(p.id(), p.title(), p.updatedAt()))
                .toList();
    }

    /** Title and content only: a help page's project, sharing, versions and authors stay internal. */
    @GetMapping("/api/help/pages/{pageId}")
    HelpPageDto get(@PathVariable UUID pageId) {
        Page page = help.get(CurrentUsers.require(), pageId);
        return new HelpPageDto(page.id(), page.title(), page.content(), page.updatedAt());
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

    record HelpSummaryDto(UUID id, String title, Instant updatedAt) {}

    record HelpPageDto(UUID id, String title, String content, Instant updatedAt) {}

    record HelpMarkDto(Boolean help) {}
}
