package io.crossflow.ticket;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A ticket's page for one reader ({@link TicketPages#page}).
 *
 * @param reporterName who raised it, by name
 * @param project its project, null when it has none (a support request may not) or the reader takes no part in it
 * @param workItems the affected work items the reader sees
 * @param openSteps the steps its process waits on now, oldest first
 * @param commentable whether the ticket still takes comments (it is not closed)
 */
public record TicketPage(
        TicketDetails details,
        String reporterName,
        ProjectRef project,
        List<WorkItemRef> workItems,
        List<Step> openSteps,
        boolean commentable) {

    public record ProjectRef(UUID id, String name, String key) {}

    public record WorkItemRef(
            UUID id, String title, String status, LocalDate plannedEnd, boolean milestone, int progress) {}

    /**
     * An open step.
     *
     * @param taskId the task, when the reader may work on it (outsiders) or is internal; else null
     * @param yours whether the reader may work on it itself
     * @param assignee who holds it, by name; outsiders learn it only when it is themselves
     * @param holders who may take it (internal readers only): {@code ORGANISATION:<name>}, {@code
     *     USER:<name>}, {@code ROLE:<project role>}, {@code DESK:<capability>}
     */
    public record Step(
            String taskId,
            String name,
            Instant since,
            Instant due,
            boolean yours,
            String assignee,
            List<String> holders) {}
}
