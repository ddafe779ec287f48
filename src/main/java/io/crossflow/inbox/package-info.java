/**
 * The inbox: a read model of open user tasks, kept in the engine's transaction from
 * {@link io.crossflow.workflow.TaskChanged}, the task list built on it, and working on one task
 * (form, claim, complete). Who may work on a task is decided here, from the read model and
 * {@link io.crossflow.project.ProjectAccess#candidateKeys}; the engine's task query is never used.
 */
package io.crossflow.inbox;
