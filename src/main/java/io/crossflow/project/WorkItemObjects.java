package io.crossflow.project;

import io.crossflow.workflow.BusinessObject;
import io.crossflow.workflow.BusinessObjectChanged;
import io.crossflow.workflow.BusinessObjectSource;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Names the work item a hand-off (or any process keyed by a work item id) is about. */
@Component
class WorkItemObjects implements BusinessObjectSource {

    static final String KIND = "WORK_ITEM";

    private final WorkItems workItems;
    private final ApplicationEventPublisher events;

    WorkItemObjects(WorkItems workItems, ApplicationEventPublisher events) {
        this.workItems = workItems;
        this.events = events;
    }

    @Override
    public Optional<BusinessObject> find(UUID tenantId, UUID id) {
        return workItems
                .find(tenantId, id)
                .map(item -> new BusinessObject(
                        KIND,
                        item.id(),
                        null,
                        item.title(),
                        item.projectId(),
                        item.priority().taskPriority()));
    }

    /** A renamed or re-prioritised work item: its tasks follow. Same transaction as the change. */
    @EventListener
    void on(WorkItemChanged event) {
        if (event.action() == WorkItemChanged.Action.UPDATED && (event.changed("title") || event.changed("priority"))) {
            events.publishEvent(new BusinessObjectChanged(event.tenantId(), event.workItemId()));
        }
    }
}
