package io.crossflow.automation;

import java.util.List;
import java.util.Map;

/**
 * What a rule reacts to, and the fields its conditions may test. Work-item triggers allow actions
 * on the work item (assign, set status); the others only notify or start a process.
 */
public enum Trigger {
    /** A work item's status changed. */
    WORK_ITEM_STATUS_CHANGED(true, RuleField.WORK_ITEM),
    /** A work item's planned end passed and it is not done; once per item and day. */
    WORK_ITEM_OVERDUE(true, RuleField.WORK_ITEM),
    /** A ticket was raised. */
    TICKET_CREATED(false, RuleField.TICKET),
    /** A user task was completed. */
    TASK_COMPLETED(false, RuleField.TASK);

    private final boolean workItem;
    private final Map<String, RuleField> fields;

    Trigger(boolean workItem, List<RuleField> fields) {
        this.workItem = workItem;
        this.fields = fields.stream().collect(java.util.stream.Collectors.toUnmodifiableMap(RuleField::name, f -> f));
    }

    /** Whether the event is about a work item, so actions on the work item apply. */
    public boolean aboutWorkItem() {
        return workItem;
    }

    /** The fields conditions of this trigger may test, by name. */
    public Map<String, RuleField> fields() {
        return fields;
    }
}
