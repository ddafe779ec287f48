package io.crossflow.search.web;

import io.crossflow.identity.CurrentUsers;
import io.crossflow.search.internal.SearchQueries;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class SearchController {

    private final SearchQueries queries;

    SearchController(SearchQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/api/search")
    SearchQueries.Results search(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) UUID projectId,
            @RequestParam(required = false) String kind,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return queries.search(CurrentUsers.require(), q, projectId, kind, page, size);
    }
}
