package io.crossflow.project;

import io.crossflow.identity.CurrentUser;
import java.util.Map;
import java.util.UUID;

/**
 * The work items the caller's open tasks are about (a review of a delivery, an approval of a work
 * item), for {@link MyWork}. The project module holds no task read model: the inbox implements this
 * from its own rows, under the same rule its task list applies, so "my work" and the inbox agree.
 */
public interface OpenTaskWorkItems {

    /** Each work item one of the caller's open tasks is about, with the id of its soonest-due such task. */
    Map<UUID, String> openTaskWorkItems(CurrentUser user);
}
