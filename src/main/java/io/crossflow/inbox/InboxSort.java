package io.crossflow.inbox;

import java.util.Arrays;
import java.util.Optional;

/**
 * The orders an inbox page can take, by their API names ({@code due}, {@code -due}, …; a leading
 * {@code -} is descending). Ties always fall back to the task id so pages never overlap.
 */
public enum InboxSort {
    DUE("due", "i.due asc nulls last, i.priority desc, i.created, i.task_id"),
    DUE_DESC("-due", "i.due desc nulls last, i.priority desc, i.created, i.task_id"),
    PRIORITY("priority", "i.priority asc, i.due asc nulls last, i.created, i.task_id"),
    PRIORITY_DESC("-priority", "i.priority desc, i.due asc nulls last, i.created, i.task_id"),
    CREATED("created", "i.created asc, i.task_id"),
    CREATED_DESC("-created", "i.created desc, i.task_id");

    private final String apiName;
    private final String orderBy;

    InboxSort(String apiName, String orderBy) {
        this.apiName = apiName;
        this.orderBy = orderBy;
    }

    public String apiName() {
        return apiName;
    }

    String orderBy() {
        return orderBy;
    }

    public static Optional<InboxSort> of(String apiName) {
        return Arrays.stream(values()).filter(s -> s.apiName.equals(apiName)).findFirst();
    }
}
