package io.crossflow.document.web;

import io.crossflow.document.internal.DocumentLibrary;
import io.crossflow.document.web.DocumentDtos.LibraryEntryDto;
import io.crossflow.identity.CurrentUsers;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class LibraryController {

    private final DocumentLibrary library;

    LibraryController(DocumentLibrary library) {
        this.library = library;
    }

    /** The documents library of one project, or of every project the caller sees (portal, customer view). */
    @GetMapping("/api/documents")
    List<LibraryEntryDto> list(@RequestParam(required = false) UUID projectId) {
        return library.list(CurrentUsers.require(), projectId).stream()
                .map(LibraryEntryDto::of)
                .toList();
    }
}
