package io.crossflow.document.web;

import io.crossflow.document.DocumentComments;
import io.crossflow.document.web.DocumentDtos.CommentDto;
import io.crossflow.document.web.DocumentDtos.NewComment;
import io.crossflow.identity.CurrentUsers;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class CommentController {

    private final DocumentComments comments;

    CommentController(DocumentComments comments) {
        this.comments = comments;
    }

    @GetMapping("/api/documents/{documentId}/comments")
    List<CommentDto> list(@PathVariable UUID documentId) {
        return comments.list(CurrentUsers.require(), documentId).stream()
                .map(CommentDto::of)
                .toList();
    }

    @PostMapping("/api/documents/{documentId}/comments")
    @ResponseStatus(HttpStatus.CREATED)
    CommentDto add(@PathVariable UUID documentId, @RequestBody NewComment comment) {
        return CommentDto.of(comments.add(CurrentUsers.require(), documentId, comment.version(), comment.body()));
    }
}
