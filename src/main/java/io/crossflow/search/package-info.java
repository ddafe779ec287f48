/**
 * Search across a tenant's projects: every module puts its searchable objects (documents, pages,
 * work items, tickets) into one index with the audience that may find them, and
 * {@code GET /api/search} answers from it, scoped by {@link io.crossflow.project.Standing}.
 */
package io.crossflow.search;
