package io.crossflow.workflow;

/**
 * A check another module contributes to the completion of user tasks whose model asks for it
 * ({@link TaskRequirements}). Every guard bean is asked when such a task completes, by whatever path
 * (the inbox, Cockpit, a process test), inside the completing transaction: throwing refuses the
 * completion and the task stays open. Throw {@code shared.InvalidInputException} (400) or {@code
 * shared.ConflictException} (409) with a message the person understands.
 */
public interface CompletionGuard {

    void check(TaskRequirement requirement);
}
