package io.crossflow.automation.internal;

import io.crossflow.automation.Rule;
import io.crossflow.automation.RuleAction;
import io.crossflow.identity.CurrentUser;
import io.crossflow.identity.Users;
import io.crossflow.notification.NotificationRequested;
import io.crossflow.project.Dependencies;
import io.crossflow.project.WorkItem;
import io.crossflow.project.WorkItemStatus;
import io.crossflow.project.WorkItems;
import io.crossflow.shared.NotFoundException;
import io.crossflow.workflow.CandidateGroups;
import io.crossflow.workflow.Processes;
import io.crossflow.workflow.StartProcess;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Performs a rule's action. Changes to the plan are made as the rule's author, through the same
 * service and checks as the author's own edits: a rule can do nothing its author could not.
 */
@Component
class RuleActions {

    static final String NOTIFICATION_TYPE = "AUTOMATION_RULE";

    private final ApplicationEventPublisher events;
    private final WorkItems workItems;
    private final Users users;
    private final Processes processes;
    private final Dependencies dependencies;

    RuleActions(
            ApplicationEventPublisher events,
            WorkItems workItems,
            Users users,
            Processes processes,
            Dependencies dependencies) {
        this.dependencies = dependencies;
        this.events = events;
        this.workItems = workItems;
        this.users = users;
        this.processes = processes;
    }

    void perform(Rule rule, RuleEvent event) {
        RuleAction action = rule.action();
        switch (action.kind()) {
            case NOTIFY -> notify(rule, event);
            case ASSIGN -> change(rule, event, action.assigneeUserId(), action.assigneeOrganisationId(), null);
            case SET_STATUS -> change(rule, event, null, null, WorkItemStatus.valueOf(action.status()));
            case START_PROCESS ->
                processes.start(new StartProcess(
                        event.tenantId(),
                        action.processKey(),
                        event.objectId(),
                        event.projectId(),
                        rule.createdBy(),
                        Map.of("automationRuleId", rule.id().toString())));
        }
    }

    private void notify(Rule rule, RuleEvent event) {
        RuleAction action = rule.action();
        Set<UUID> userIds = new HashSet<>(action.userIds());
        Set<UUID> organisationIds = new HashSet<>(action.organisationIds());
        Set<String> groups = new HashSet<>();
        for (String recipient : action.recipients()) {
            switch (RuleAction.Recipient.valueOf(recipient)) {
                case MANAGERS -> groups.add(CandidateGroups.projectRole(event.projectId(), "MANAGER"));
                case MEMBERS -> groups.add(CandidateGroups.projectRole(event.projectId(), "MEMBER"));
                case ASSIGNEE ->
                    addAssignee(event.assigneeUserId(), event.assigneeOrganisationId(), userIds, organisationIds);
                case SUCCESSOR_ASSIGNEES -> {
                    if (event.workItemId() != null) {
                        for (WorkItem successor : dependencies.successorsOf(event.tenantId(), event.workItemId())) {
                            addAssignee(
                                    successor.assigneeUserId(),
                                    successor.assigneeOrganisationId(),
                                    userIds,
                                    organisationIds);
                        }
                    }
                }
            }
        }
        if (userIds.isEmpty() && organisationIds.isEmpty() && groups.isEmpty()) {
            return;
        }
        events.publishEvent(new NotificationRequested(
                event.tenantId(),
                userIds,
                organisationIds,
                groups,
                NOTIFICATION_TYPE,
                Map.of(
                        "rule", rule.name(),
                        "trigger", event.trigger().name(),
                        "title", event.title() == null ? "" : event.title()),
                event.workItemId() == null ? "/projects/" + event.projectId() : "/work-items/" + event.workItemId(),
                "rule:" + rule.id() + ":" + event.eventId()));
    }

    /** A work item's assignee: the person if there is one, else the whole organisation. */
    private static void addAssignee(UUID user, UUID organisation, Set<UUID> userIds, Set<UUID> organisationIds) {
        if (user != null) {
            userIds.add(user);
        } else if (organisation != null) {
            organisationIds.add(organisation);
        }
    }

    private void change(
            Rule rule, RuleEvent event, UUID assigneeUser, UUID assigneeOrganisation, WorkItemStatus status) {
        CurrentUser author = users.currentUser(rule.createdBy())
                .orElseThrow(() -> new IllegalStateException("The rule's author no longer exists"));
        WorkItem item = workItems
                .find(event.tenantId(), event.workItemId())
                .orElseThrow(() -> new NotFoundException("Work item"));
        workItems.update(
                author,
                item.id(),
                new WorkItems.WorkItemChanges(
                        item.version(),
                        null,
                        null,
                        assigneeUser,
                        assigneeOrganisation,
                        null,
                        null,
                        status,
                        null,
                        null,
                        null));
    }
}
