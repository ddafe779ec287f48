/**
 * The audit trail: an append-only record of every state change of a tenant's projects (work items,
 * tickets, tasks, memberships), written in the changing transaction, and the project activity
 * read from it, scoped by {@link io.crossflow.project.Standing} like the objects it describes.
 */
package io.crossflow.audit;
