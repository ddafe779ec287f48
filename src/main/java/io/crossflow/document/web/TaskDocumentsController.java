package io.crossflow.document.web;

import io.crossflow.document.TaskDocuments;
import io.crossflow.document.web.DocumentDtos.DocumentDto;
import io.crossflow.document.web.DocumentDtos.RequiredDto;
import io.crossflow.document.web.DocumentDtos.TaskDocumentsDto;
import io.crossflow.identity.CurrentUsers;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The task's documents and the types its step requires before it completes (kept apart from the inbox's task API). */
@RestController
class TaskDocumentsController {

    private final TaskDocuments taskDocuments;

    TaskDocumentsController(TaskDocuments taskDocuments) {
        this.taskDocuments = taskDocuments;
    }

    @GetMapping("/api/tasks/{taskId}/documents")
    TaskDocumentsDto get(@PathVariable String taskId) {
        TaskDocuments.View view = taskDocuments.of(CurrentUsers.require(), taskId);
        return new TaskDocumentsDto(
                view.required().stream()
                        .map(r -> new RequiredDto(r.type().name(), r.attached()))
                        .toList(),
                view.documents().stream().map(DocumentDto::of).toList(),
                view.attachable());
    }
}
