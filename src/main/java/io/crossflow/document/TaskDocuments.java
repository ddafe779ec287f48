package io.crossflow.document;

import io.crossflow.document.internal.DocumentPolicy;
import io.crossflow.document.internal.DocumentRecords;
import io.crossflow.identity.CurrentUser;
import io.crossflow.inbox.InboxItem;
import io.crossflow.inbox.TaskWork;
import io.crossflow.project.ProjectAccess;
import io.crossflow.project.Standing;
import io.crossflow.shared.InvalidInputException;
import io.crossflow.workflow.CompletionGuard;
import io.crossflow.workflow.TaskRequirement;
import io.crossflow.workflow.TaskRequirements;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The documents of a task and the ones its model requires ({@code crossflow:requiresDocument}): the
 * task's view lists them, and the task cannot complete until each required type is attached to it
 * (or to an earlier task of the same process instance).
 */
@Service
public class TaskDocuments implements CompletionGuard {

    private final DocumentRecords records;
    private final TaskWork tasks;
    private final TaskRequirements requirements;
    private final ProjectAccess access;

    TaskDocuments(DocumentRecords records, TaskWork tasks, TaskRequirements requirements, ProjectAccess access) {
        this.records = records;
        this.tasks = tasks;
        this.requirements = requirements;
        this.access = access;
    }

    /** One required type and whether a document of it is attached. */
    public record Required(DocumentType type, boolean attached) {}

    /**
     * @param attachable whether the caller may attach documents to the task ({@link DocumentUploads#attaches}):
     *     a task of a project, for internal users and partners who may work on it
     */
    public record View(List<Required> required, List<Document> documents, boolean attachable) {}

    /** For a task the caller may work on (else 404): what it requires, the documents it sees, and whether it may add one. */
    @Transactional(readOnly = true)
    public View of(CurrentUser user, String taskId) {
        InboxItem task = tasks.open(user, taskId).task();
        List<String> requiredTypes = requirements
                .of(user.tenantId(), taskId)
                .map(TaskRequirement::requiredDocumentTypes)
                .orElse(List.of());
        List<Document> all = records.forTask(user.tenantId(), taskId, task.processInstanceId());
        Standing standing = task.projectId() == null
                ? null
                : access.findStanding(user, task.projectId()).orElse(null);
        List<Document> visible = all.stream()
                .filter(d -> standing != null && DocumentPolicy.sees(standing, d))
                .toList();
        List<Required> required = requiredTypes.stream()
                .map(t -> new Required(
                        type(t), all.stream().anyMatch(d -> d.type().name().equals(t))))
                .toList();
        return new View(required, visible, standing != null && DocumentUploads.attaches(standing));
    }

    @Override
    public void check(TaskRequirement requirement) {
        if (!requirement.requiresDocuments()) {
            return;
        }
        List<Document> attached =
                records.forTask(requirement.tenantId(), requirement.taskId(), requirement.processInstanceId());
        for (String type : requirement.requiredDocumentTypes()) {
            if (attached.stream().noneMatch(d -> d.type().name().equals(type))) {
                throw new InvalidInputException(
                        "This step needs a " + label(type) + " document before it can be completed. Upload it to"
                                + " the task first.",
                        List.of(new InvalidInputException.FieldError(
                                "documents", "a " + label(type) + " document must be attached to this step")));
            }
        }
    }

    private static DocumentType type(String name) {
        try {
            return DocumentType.valueOf(name);
        } catch (IllegalArgumentException e) {
            return DocumentType.OTHER;
        }
    }

    private static String label(String type) {
        return type.replace('_', ' ').toLowerCase().replace("qc ", "QC ");
    }
}
